using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Quartet.Platform.Http;

/// <summary>
/// The one shape of "try again later" (429, and 503 where a server is busy): problem+json with a <c>Retry-After</c> header
/// in whole seconds and the member <c>retryAfterMs</c> with the precise wait, both at least one second.
/// </summary>
public static class RetryLater
{
    /// <summary>The problem member that carries the wait in milliseconds.</summary>
    public const string Member = "retryAfterMs";

    public static ProblemException Problem(TimeSpan wait, string code, string detail, int status = StatusCodes.Status429TooManyRequests)
    {
        var atLeastASecond = AtLeastASecond(wait);
        return new ProblemException(status, code, detail)
        {
            RetryAfter = atLeastASecond,
            Extensions = { [Member] = (int)atLeastASecond.TotalMilliseconds },
        };
    }

    /// <summary>The 429 of the ASP.NET Core rate limiter, in the same shape as <see cref="Problem"/>.</summary>
    public static ProblemDetails RateLimited(HttpContext http, TimeSpan? wait)
    {
        var atLeastASecond = AtLeastASecond(wait ?? TimeSpan.Zero);
        http.Response.Headers.RetryAfter = HeaderValue(atLeastASecond);
        return new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Detail = "Too many requests; wait a little and try again.",
            Extensions = { ["code"] = "RATE_LIMITED", [Member] = (int)atLeastASecond.TotalMilliseconds },
        };
    }

    /// <summary>The <c>Retry-After</c> value: whole seconds, rounded up, at least 1.</summary>
    public static string HeaderValue(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static TimeSpan AtLeastASecond(TimeSpan wait) => wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
}
