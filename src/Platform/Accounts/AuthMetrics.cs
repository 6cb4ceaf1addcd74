using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;
using Quartet.Platform.Observability;

namespace Quartet.Platform.Accounts;

/// <summary>
/// Meter <c>Quartet.Platform</c>: sign-ins by method and result, and the accounts signed in within one session
/// lifetime (an upper bound on live sessions: sessions are cookies and tokens, and sign-outs are not recorded).
/// </summary>
public sealed class AuthMetrics
{
    public const string MeterName = "Quartet.Platform";

    private readonly Counter<long> signIns;

    public AuthMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, IOptions<QuartetOptions> options)
    {
        var meter = meters.Create(MeterName);
        signIns = meter.CreateCounter<long>("auth.sign_ins", "{sign-in}", "Sign-ins by method (password, external) and result (success or the failure code).");
        var lifetime = options.Value.Auth.SessionLifetime;
        _ = new DatabaseGauge(meter, "auth.sessions.active", "{session}", "Active accounts that signed in within one session lifetime.",
            scopes, clock, TimeSpan.FromSeconds(30), async (services, ct) =>
            {
                var since = clock.GetUtcNow().UtcDateTime - lifetime;
                return await services.GetRequiredService<PlatformDb>().Users.CountAsync(u => u.IsActive && u.LastLoginAt > since, ct);
            });
    }

    public void SignIn(string method, string result) => signIns.Add(1, new("method", method), new("result", result));
}
