using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;

namespace Quartet.Meals.Tests;

/// <summary>Spec §7: at most <c>Meals:ReceiptUploadsPerHour</c> receipt uploads per user and hour (5 in these hosts).</summary>
public abstract class ReceiptLimitTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private const int Limit = 5;

    [Fact]
    public async Task Uploads_past_the_hourly_limit_are_refused_with_retry_after_even_when_they_replaced_or_removed_receipts()
    {
        var user = await fixture.Host.CreateUserAsync();
        var other = await fixture.Host.CreateUserAsync();
        var expense = await NewExpenseAsync(user);
        for (var i = 0; i < Limit; i++)
        {
            (await UploadAsync(user, expense, i)).EnsureSuccessStatusCode();
        }

        (await user.Client.DeleteAsync($"/api/meals/expenses/{expense}/receipt")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var refused = await UploadAsync(user, expense, 99);

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        var retryAfter = refused.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldNotBeNull();
        retryAfter.ShouldBeInRange(TimeSpan.FromMinutes(55), TimeSpan.FromHours(1));
        (await user.Client.GetAsync($"/api/meals/expenses/{expense}/receipt")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await UploadAsync(other, await NewExpenseAsync(other), 1)).EnsureSuccessStatusCode();

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        (await db.ReceiptUploads.CountAsync(u => u.UserId == user.Id)).ShouldBe(Limit);
        var oldest = await db.ReceiptUploads.Where(u => u.UserId == user.Id).OrderBy(u => u.At).Select(u => u.Id).FirstAsync();
        await db.ReceiptUploads.Where(u => u.Id == oldest).ExecuteUpdateAsync(s => s.SetProperty(u => u.At, u => u.At.AddMinutes(-61)));

        (await UploadAsync(user, expense, 100)).EnsureSuccessStatusCode();
        await UnreferencedReceiptBlobsShouldBeEmptyAsync(db, scope.ServiceProvider.GetRequiredService<ReceiptBlobs>());
    }

    [Fact]
    public async Task A_concurrent_burst_of_uploads_never_passes_the_limit()
    {
        var user = await fixture.Host.CreateUserAsync();
        var expenses = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            expenses.Add(await NewExpenseAsync(user));
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => UploadAsync(user, expenses[i % 3], i))));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.TooManyRequests);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(Limit);
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        (await db.ReceiptUploads.CountAsync(u => u.UserId == user.Id)).ShouldBe(Limit);
        await UnreferencedReceiptBlobsShouldBeEmptyAsync(db, scope.ServiceProvider.GetRequiredService<ReceiptBlobs>());
    }

    private static async Task<Guid> NewExpenseAsync(TestUser user)
    {
        var restaurant = await user.Client.CreateRestaurantAsync("Limit Grill " + Guid.NewGuid().ToString("N")[..8]);
        return (await user.Client.CreateExpenseAsync(restaurant, 1500, "2025-04-01")).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> UploadAsync(TestUser user, Guid expense, int n) =>
        user.Client.UploadAsync($"/api/meals/expenses/{expense}/receipt", [.. "%PDF-1.4 "u8, (byte)n], $"r{n}.pdf", "application/pdf");

    /// <summary>Refused and replaced uploads leave no blob behind (the in-flight grace period of the sweep is not needed for them).</summary>
    private static async Task UnreferencedReceiptBlobsShouldBeEmptyAsync(MealsDb db, ReceiptBlobs blobs)
    {
        var stored = await blobs.Store.ListAsync(ReceiptBlobs.ReceiptPrefix, CancellationToken.None).Select(b => b.Key).ToListAsync();
        var referenced = await db.Receipts.Select(r => r.BlobKey).ToListAsync();
        stored.Except(referenced).ShouldBeEmpty();
    }
}

public sealed class ReceiptLimitSqliteHost : SqliteHost
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Meals:ReceiptUploadsPerHour"] = "5" };
}

public sealed class ReceiptLimitPostgresHost : PostgresHost
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Meals:ReceiptUploadsPerHour"] = "5" };
}

public sealed class ReceiptLimitMySqlHost : MySqlHost
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Meals:ReceiptUploadsPerHour"] = "5" };
}

public sealed class ReceiptLimitS3Host : S3Host
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Meals:ReceiptUploadsPerHour"] = "5" };
}

public sealed class ReceiptLimitTestsOnSqlite(ReceiptLimitSqliteHost fixture) : ReceiptLimitTests<ReceiptLimitSqliteHost>(fixture);

public sealed class ReceiptLimitTestsOnPostgres(ReceiptLimitPostgresHost fixture) : ReceiptLimitTests<ReceiptLimitPostgresHost>(fixture);

public sealed class ReceiptLimitTestsOnMySql(ReceiptLimitMySqlHost fixture) : ReceiptLimitTests<ReceiptLimitMySqlHost>(fixture);

public sealed class ReceiptLimitTestsOnS3(ReceiptLimitS3Host fixture) : ReceiptLimitTests<ReceiptLimitS3Host>(fixture);
