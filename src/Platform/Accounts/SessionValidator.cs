using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Accounts;

/// <summary>
/// Runs on every authenticated request (cookie or token): refuses deactivated accounts and stale security stamps, and
/// puts the account's current roles on the principal — so role changes apply on the next request. The account comes
/// from <see cref="AccountCache"/> when it holds the same security stamp, else from the database.
/// </summary>
public sealed class SessionValidator(AccountCache cache, IOptions<QuartetOptions> options)
{
    /// <param name="requestServices">The request's services, for the database read on a cache miss.</param>
    public async ValueTask<ClaimsPrincipal?> ValidateLocalAsync(ClaimsPrincipal principal, string authenticationType, IServiceProvider requestServices, CancellationToken ct)
    {
        if (principal.TryGetUserId() is not { } id)
        {
            return null;
        }

        var stamp = principal.FindFirst(QuartetClaims.SecurityStamp)?.Value;
        var account = cache.Find(id) is { } cached && cached.SecurityStamp == stamp
            ? cached
            : await LoadAsync(id, requestServices.GetRequiredService<PlatformDb>(), ct);
        if (account is null || !account.IsActive || account.SecurityStamp != stamp)
        {
            return null;
        }

        return account.ToPrincipal(authenticationType);
    }

    private async Task<AccountSnapshot?> LoadAsync(Guid id, PlatformDb db, CancellationToken ct)
    {
        var generation = cache.Generation;
        var row = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Email, u.DisplayName, u.SecurityStamp, u.IsActive, Roles = u.Roles.Select(r => r.Role).ToList() })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var account = AccountSnapshot.Of(id, row.Email, row.DisplayName, row.SecurityStamp, row.IsActive, row.Roles);
        cache.Store(account, generation);
        return account;
    }

    public async Task<ClaimsPrincipal?> ValidateExternalAsync(ClaimsPrincipal principal, string issuer, IServiceProvider requestServices, CancellationToken ct)
    {
        var accounts = requestServices.GetRequiredService<AccountService>();
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

        var mapped = GroupRoles(principal, external);
        var managed = ProviderManagedRoles(external);
        var roles = user.Roles.Select(r => r.Role).Where(r => !managed.Contains(r)).Concat(mapped);
        return AccountService.PrincipalFor(user, roles, "External");
    }

    /// <summary>The roles the principal's groups map to (<c>Quartet:Auth:External:GroupRoles</c>).</summary>
    public static HashSet<string> GroupRoles(ClaimsPrincipal principal, ExternalIssuerOptions external) =>
        principal.FindAll(external.GroupsClaim)
            .SelectMany(c => GroupNames(c.Value))
            .SelectMany(g => external.GroupRoles.TryGetValue(g, out var roles) ? roles : [])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The roles some group maps to: the provider owns them, so an account holds one only while its groups say so. Roles
    /// no group maps to are granted and revoked in Quartet alone.
    /// </summary>
    public static HashSet<string> ProviderManagedRoles(ExternalIssuerOptions external) =>
        external.GroupRoles.Values.SelectMany(r => r).ToHashSet(StringComparer.Ordinal);

    // Groups arrive as repeated claims, or as one JSON array claim depending on the token handler.
    private static IEnumerable<string> GroupNames(string value) =>
        value.StartsWith('[')
            ? System.Text.Json.JsonSerializer.Deserialize<string[]>(value) ?? []
            : [value];
}
