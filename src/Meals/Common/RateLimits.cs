using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Http;

namespace Quartet.Meals.Common;

/// <summary>
/// Ends a request with 429 <c>RATE_LIMITED</c>, a <c>Retry-After</c> header and <c>retryAfterSeconds</c>; turned into that
/// response by <see cref="MealsAccess.FilterAsync"/> (the exception handler would drop the header).
/// </summary>
public sealed class RateLimitedException(TimeSpan retryAfter, string detail) : Exception(detail)
{
    public int RetryAfterSeconds { get; } = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    public IResult ToResult(HttpResponse response)
    {
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Problems.Create(StatusCodes.Status429TooManyRequests, "RATE_LIMITED", Message,
            new Dictionary<string, object?> { ["retryAfterSeconds"] = RetryAfterSeconds });
    }
}

/// <summary>The per-user limits of spec §7, counted from rows in the database so they hold across instances.</summary>
public static class RateLimits
{
    /// <summary>
    /// Throws <see cref="RateLimitedException"/> when <paramref name="eventTimes"/> (one user's) hold <paramref name="limit"/>
    /// or more times inside the sliding <paramref name="window"/> ending at <paramref name="now"/>; the wait is until the
    /// oldest of the newest <paramref name="limit"/> leaves the window. One index seek when the times are indexed.
    /// </summary>
    public static async Task EnsureAllowedAsync(IQueryable<DateTime> eventTimes, int limit, TimeSpan window, DateTime now, string detail, CancellationToken ct)
    {
        var since = now - window;
        var limiting = await eventTimes.Where(t => t > since).OrderByDescending(t => t).Skip(Math.Max(0, limit - 1))
            .Select(t => (DateTime?)t).FirstOrDefaultAsync(ct);
        if (limiting is { } at)
        {
            throw new RateLimitedException(at + window - now, detail);
        }
    }
}
