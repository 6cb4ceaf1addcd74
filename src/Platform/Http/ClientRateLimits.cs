using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Quartet.Platform.Http;

/// <summary>
/// The one place rate-limit policies are declared: per client IP (the forwarded address behind a trusted proxy), per
/// minute. Refusals become the 429 of <see cref="RetryLater"/> (code <c>RATE_LIMITED</c>, Retry-After, retryAfterMs).
/// </summary>
public static class ClientRateLimits
{
    public static RateLimitPartition<string> PerMinute(HttpContext http, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    /// <summary>Declares the policy <paramref name="name"/>: <paramref name="permits"/> requests per client and minute, read per request.</summary>
    public static IServiceCollection AddPerClientRateLimit(this IServiceCollection services, string name, Func<IServiceProvider, int> permits) =>
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(name, http => PerMinute(http, permits(http.RequestServices))));

    /// <summary>The rate limiter with the platform's 429 answer; policies come from <see cref="AddPerClientRateLimit"/>.</summary>
    public static IServiceCollection AddQuartetRateLimiter(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                TimeSpan? wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null;
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = RetryLater.RateLimited(context.HttpContext, wait),
                });
            };
        });
}
