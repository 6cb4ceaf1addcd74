using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Quartet.Platform.Http;

public static class ProblemHandling
{
    public static IServiceCollection AddQuartetProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Status = status;
            problem.Title ??= Problems.TitleFor(status);
            problem.Type ??= $"https://httpstatuses.io/{status}";
            if (!problem.Extensions.ContainsKey("code"))
            {
                problem.Extensions["code"] = problem is HttpValidationProblemDetails ? "VALIDATION_FAILED" : Problems.CodeFor(status);
            }

            problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            problem.Instance ??= context.HttpContext.Request.Path;
        });
        services.AddExceptionHandler<QuartetExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>
    /// Exceptions become problem+json; empty 4xx/5xx responses (unknown route, wrong method, challenges) get a body too.
    /// </summary>
    public static IApplicationBuilder UseQuartetProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}

internal sealed class QuartetExceptionHandler(IProblemDetailsService problems, ILogger<QuartetExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail, errors) = Classify(exception);
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            logger.LogInformation("Request refused with {Status} {Code}: {Detail}", status, code, detail);
        }

        if (httpContext.Response.HasStarted)
        {
            return true;
        }

        httpContext.Response.StatusCode = status;
        var retryAfter = (exception as ProblemException)?.RetryAfter ?? (status == 503 ? TimeSpan.FromSeconds(2) : null);
        if (retryAfter is { } wait)
        {
            httpContext.Response.Headers.RetryAfter = RetryLater.HeaderValue(wait);
        }

        ProblemDetails problem = errors is null
            ? new ProblemDetails { Status = status, Detail = detail }
            : new HttpValidationProblemDetails(errors) { Status = status, Detail = detail };
        problem.Extensions["code"] = code;
        if (exception is ProblemException { Extensions: var extensions })
        {
            foreach (var (key, value) in extensions)
            {
                problem.Extensions[key] = value;
            }
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Connection failures, an exhausted pool, retries used up or a locked SQLite file: the client may retry.</summary>
    private static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException:
                case Npgsql.NpgsqlException { IsTransient: true }:
                case Npgsql.PostgresException { SqlState: "53300" or "57P01" or "57P03" }:
                case Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }

    private static (int Status, string Code, string? Detail, IDictionary<string, string[]>? Errors) Classify(Exception exception) => exception switch
    {
        ProblemException p => (p.Status, p.Code, p.Detail, p.Errors),
        BadHttpRequestException { InnerException: JsonException json } =>
            (400, "MALFORMED_JSON", $"The request body is not valid JSON for this operation: {json.Message}", null),
        BadHttpRequestException { StatusCode: 413 } => (413, "PAYLOAD_TOO_LARGE", "The request body is larger than this endpoint accepts.", null),
        BadHttpRequestException { StatusCode: 415 } => (415, "UNSUPPORTED_MEDIA_TYPE", exception.Message, null),
        BadHttpRequestException bad when bad.Message.Contains("body was not provided", StringComparison.OrdinalIgnoreCase) =>
            (400, "BODY_REQUIRED", "A JSON request body is required.", null),
        BadHttpRequestException bad => (bad.StatusCode, Problems.CodeFor(bad.StatusCode), bad.Message, null),
        JsonException json => (400, "MALFORMED_JSON", json.Message, null),
        DbUpdateConcurrencyException => (409, "CONCURRENT_UPDATE", "The item was changed by someone else; reload and try again.", null),
        _ when IsDatabaseUnavailable(exception) => (503, "SERVICE_UNAVAILABLE", "The database is busy or unreachable; try again shortly.", null),
        OperationCanceledException => (499, "CLIENT_CLOSED_REQUEST", "The request was cancelled.", null),
        _ => (500, "INTERNAL_ERROR", "An unexpected error occurred. It has been logged.", null),
    };
}
