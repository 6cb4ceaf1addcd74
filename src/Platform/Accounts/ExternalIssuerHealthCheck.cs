using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Accounts;

/// <summary>
/// <c>external-issuer</c>: the configured issuer's discovery document and signing keys can be read (the same fetch the
/// token check makes); when not, the description names <c>Quartet:Auth:External:Authority</c>. Users of local accounts
/// are unaffected either way.
/// </summary>
public sealed class ExternalIssuerHealthCheck(IOptionsMonitor<JwtBearerOptions> bearer, IOptions<QuartetOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var authority = options.Value.Auth.External.Authority;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            var configuration = await bearer.Get(AuthSchemes.External).ConfigurationManager!.GetConfigurationAsync(timeout.Token);
            return configuration.SigningKeys.Count > 0
                ? HealthCheckResult.Healthy($"issuer {authority} answers with {configuration.SigningKeys.Count} signing key(s)")
                : HealthCheckResult.Unhealthy($"Quartet:Auth:External:Authority: issuer {authority} publishes no signing keys");
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Quartet:Auth:External:Authority: issuer {authority} is unreachable or not an OpenID issuer ({e.GetBaseException().Message})");
        }
    }
}
