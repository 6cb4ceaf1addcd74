using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Http;

namespace Quartet.Meals.Common;

/// <summary>The per-user limits of spec §7, counted from rows in the database so they hold across instances.</summary>
public static class RateLimits
{
    /// <summary>
    /// Throws the platform's 429 <c>RATE_LIMITED</c> problem (<see cref="RetryLater"/>) when <paramref name="eventTimes"/> (one user's) hold <paramref name="limit"/>
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
            throw RetryLater.Problem(at + window - now, "RATE_LIMITED", detail);
        }
    }
}
