using System.Security.Claims;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Accounts;

/// <summary>
/// Runs on every authenticated request (cookie or token): reloads the account, refuses deactivated accounts and
/// stale security stamps, and puts the current roles on the principal — so role changes apply on the next request.
/// </summary>
public sealed class SessionValidator(AccountService accounts, IOptions<QuartetOptions> options)
{
    public async Task<ClaimsPrincipal?> ValidateLocalAsync(ClaimsPrincipal principal, string authenticationType, CancellationToken ct)
    {
        if (principal.TryGetUserId() is not { } id)
        {
            return null;
        }

        var user = await accounts.FindAsync(id, ct);
        if (user is null || !user.IsActive || user.SecurityStamp != principal.FindFirst(QuartetClaims.SecurityStamp)?.Value)
        {
            return null;
        }

        return AccountService.PrincipalFor(user, user.Roles.Select(r => r.Role), authenticationType);
    }

    public async Task<ClaimsPrincipal?> ValidateExternalAsync(ClaimsPrincipal principal, string issuer, CancellationToken ct)
    {
        var external = options.Value.Auth.External;
        var subject = principal.FindFirst(external.SubjectClaim)?.Value;
        if (string.IsNullOrEmpty(subject))
        {
            return null;
        }

        var email = principal.FindFirst(external.EmailClaim)?.Value;
        var verified = string.Equals(principal.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase);
        var user = await accounts.LinkExternalAsync($"{issuer}|{subject}", email, verified, ct);
        if (!user.IsActive)
        {
            return null;
        }

        var mapped = principal.FindAll(external.GroupsClaim)
            .SelectMany(c => GroupNames(c.Value))
            .SelectMany(g => external.GroupRoles.TryGetValue(g, out var roles) ? roles : []);
        var roles = user.Roles.Select(r => r.Role).Concat(mapped);
        var result = AccountService.PrincipalFor(user, roles, "External");
        return result;
    }

    // Groups arrive as repeated claims, or as one JSON array claim depending on the token handler.
    private static IEnumerable<string> GroupNames(string value) =>
        value.StartsWith('[')
            ? System.Text.Json.JsonSerializer.Deserialize<string[]>(value) ?? []
            : [value];
}
