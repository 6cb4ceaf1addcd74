using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Quartet.Platform.Http;

namespace Quartet.Platform.Tests;

/// <summary>A database that is down, full or locked is the server's problem: 503 with Retry-After, never 500.</summary>
public sealed class DatabaseUnavailableTests
{
    public static TheoryData<Exception> Unavailable => new()
    {
        new SqliteException("database is locked", 5),
        new PostgresException("too many clients", "FATAL", "FATAL", "53300"),
        new RetryLimitExceededException("retries used up", new TimeoutException()),
        new InvalidOperationException("wrapped", new NpgsqlException("connection refused", new System.Net.Sockets.SocketException(111))),
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public async Task Database_unavailability_becomes_503_service_unavailable(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddQuartetProblems().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = ActivatorUtilities.CreateInstance<QuartetExceptionHandler>(services, NullLogger<QuartetExceptionHandler>.Instance);

        (await handler.TryHandleAsync(context, exception, CancellationToken.None)).ShouldBeTrue();

        context.Response.StatusCode.ShouldBe(503);
        context.Response.Headers.RetryAfter.ToString().ShouldNotBeEmpty();
        context.Response.Body.Position = 0;
        JsonDocument.Parse(context.Response.Body).RootElement.GetProperty("code").GetString().ShouldBe("SERVICE_UNAVAILABLE");
    }

    [Fact]
    public async Task Other_failures_stay_500_without_details()
    {
        var services = new ServiceCollection().AddLogging().AddQuartetProblems().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = ActivatorUtilities.CreateInstance<QuartetExceptionHandler>(services, NullLogger<QuartetExceptionHandler>.Instance);
        await handler.TryHandleAsync(context, new InvalidOperationException("secret internals"), CancellationToken.None);
        context.Response.StatusCode.ShouldBe(500);
        context.Response.Body.Position = 0;
        new StreamReader(context.Response.Body).ReadToEnd().ShouldNotContain("secret internals");
    }
}
