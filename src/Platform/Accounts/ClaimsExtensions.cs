using System.Security.Claims;

namespace Quartet.Platform.Accounts;

public static class QuartetClaims
{
    public const string Subject = "sub";
    public const string Email = "email";
    public const string Name = "name";
    public const string Role = "role";
    public const string SecurityStamp = "stamp";

    /// <summary>The platform account id of the caller; throws when unauthenticated (use only behind authorization).</summary>
    public static Guid UserId(this ClaimsPrincipal principal) =>
        principal.TryGetUserId() ?? throw new InvalidOperationException("The request is not authenticated.");

    public static Guid? TryGetUserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(Subject)?.Value, out var id) ? id : null;

    public static IReadOnlyList<string> Roles(this ClaimsPrincipal principal) =>
        principal.FindAll(Role).Select(c => c.Value).ToList();
}
