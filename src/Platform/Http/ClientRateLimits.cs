using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Quartet.Platform.Http;

/// <summary>
/// Rate-limit partitions per client IP (the forwarded address behind a trusted proxy). Refusals become 429 problem+json
/// with code <c>RATE_LIMITED</c> and Retry-After in the platform's rate limiter options.
/// </summary>
public static class ClientRateLimits
{
    public static RateLimitPartition<string> PerMinute(HttpContext http, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
