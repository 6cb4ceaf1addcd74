using System.Text.RegularExpressions;

namespace Quartet.Hardening.Tests;

/// <summary>What an operation demands of its caller, from the role tables in the specs (shared/specs/*.md §2).</summary>
public abstract record Access
{
    /// <summary>Anyone, signed in or not.</summary>
    public sealed record Public : Access;

    /// <summary>Any signed-in account.</summary>
    public sealed record SignedIn : Access;

    /// <summary>Any one of these roles.</summary>
    public sealed record Roles(params string[] Any) : Access;

    /// <summary>
    /// A resource owned by the <see cref="Identities.Owner"/> of its app: the owner (with one of the roles) may; another
    /// caller with the role gets <paramref name="NotOwner"/>; <paramref name="AlsoAllowed"/> roles may act on anyone's.
    /// </summary>
    public sealed record Owned(string[] Any, int NotOwner, params string[] AlsoAllowed) : Access;

    /// <summary>A participant token of this live session; platform logins do not count.</summary>
    public sealed record Participant : Access;

    /// <summary>The owner's login or a presenter cookie; anyone else is not identified as a presenter (401).</summary>
    public sealed record Presenter : Access;

    /// <summary>Open, but the body must carry a secret (a presenter key); without it everybody gets 401.</summary>
    public sealed record Credential : Access;
}

/// <summary>The identities every operation is tried with.</summary>
public static class Identities
{
    public const string Anonymous = "anonymous";
    public const string NoRole = "signed in, no role";
    public const string Owner = "owner";
    public const string Participant = "participant";
    public const string OtherParticipant = "participant of another session";

    /// <summary>Every role of the platform and the four apps; one identity holds exactly one of them.</summary>
    public static readonly string[] Roles =
        ["admin", "shop.employee", "shop.products", "shop.points", "shop.admin", "meals.admin", "live.host", "parks.admin"];
}

/// <summary>
/// The expectation table: the first rule whose method and path pattern match an OpenAPI operation decides. One
/// line per capability row of the specs; an operation no rule matches fails the test (new endpoints must be placed).
/// </summary>
public static class AuthorizationMatrix
{
    private const string Any = "GET|POST|PUT|PATCH|DELETE";

    private static readonly string[] ProductAdmin = ["shop.products", "shop.admin"];
    private static readonly string[] PointsAdmin = ["shop.points", "shop.admin"];

    public static readonly (string Methods, string Path, Access Access, string Spec)[] Rules =
    [
        // Platform (DESIGN.md accounts): sign-up and sign-in are open, the admin API is for the platform admin.
        ("GET", "^/api/auth/(csrf|session|methods)$", new Access.Public(), "platform: CSRF token; who is signed in (null for a visitor); sign-in methods for the sign-in page"),
        ("POST", "^/api/auth/(register|login|token|logout|external/logout)$", new Access.Public(), "platform: sign up / in / out (external/logout: ExternalLogoutMatrixTests, the host needs an OIDC provider)"),
        ("GET|POST", "^/api/auth/(me|password)$", new Access.SignedIn(), "platform: own account"),
        ("POST", "^/api/auth/(password/forgot|password/reset|email/verify|email/change/confirm)$", new Access.Public(), "issue 19: forgot / reset password, confirm an address or an address change by the mailed token"),
        ("GET|POST|PUT|DELETE", "^/api/auth/(me|email|email/verification|email/change|mail-preferences)$", new Access.SignedIn(), "issue 19: own address and its change, notifications, deleting the own account"),
        ("GET", "^/api/apps$", new Access.Public(), "platform: app list"),
        (Any, "^/api/admin/", new Access.Roles("admin"), "platform: only the platform admin grants roles"),

        // shop §2
        (Any, "^/api/shop/admin/audit", new Access.Roles("shop.admin"), "shop §2: audit log viewer"),
        (Any, "^/api/shop/admin/stats", new Access.Roles("shop.products", "shop.points", "shop.admin"), "shop §2: stats dashboard"),
        (Any, "^/api/shop/admin/exports/orders", new Access.Roles(ProductAdmin), "shop §2: CSV export (orders)"),
        (Any, "^/api/shop/admin/exports/ledger", new Access.Roles(PointsAdmin), "shop §2: CSV export (ledger)"),
        (Any, "^/api/shop/admin/(products|orders)", new Access.Roles(ProductAdmin), "shop §2: products; all orders"),
        (Any, "^/api/shop/admin/(points|ledger|employees|allocations)", new Access.Roles(PointsAdmin), "shop §2: employees; points"),
        (Any, "^/api/shop/orders/{id}", new Access.Owned(["shop.employee"], 403), "shop §2: own orders (403 when not owned)"),
        (Any, "^/api/shop/", new Access.Roles("shop.employee"), "shop §2: catalogue, balance, redeem"),

        // meals §2
        (Any, "^/api/meals/admin/", new Access.Roles("meals.admin"), "meals §2: meal users, audit"),
        (Any, "^/api/meals/(restaurants|expenses)/{id}", new Access.Owned([], 404), "meals §2: another user's data is 404"),
        (Any, "^/api/meals/", new Access.SignedIn(), "meals §2: own data, any signed-in account"),

        // live §2
        ("GET", "^/api/live/(health|join/{code}|join/{code}/qr\\.svg)$", new Access.Public(), "live §2: visitor looks up a code (and its QR code)"),
        ("POST", "^/api/live/join$", new Access.Public(), "live §2: visitor joins"),
        ("POST", "^/api/live/present/{sid}/key$", new Access.Credential(), "live §2: presenter key exchange"),
        ("GET", "^/api/live/present/{sid}/sync$", new Access.Presenter(), "live §2: presenter view (owner login or key)"),
        (Any, "^/api/live/p/{sid}", new Access.Participant(), "live §2: participant token of that session"),
        ("GET", "^/api/live/sessions/{id}/(summary|export)$", new Access.Owned(["live.host"], 403, "admin"), "live §2: admin reads summary/export of any session"),
        ("DELETE", "^/api/live/sessions/{id}$", new Access.Owned(["live.host"], 403, "admin"), "live §2: admin deletes any session"),
        (Any, "^/api/live/sessions/{id}", new Access.Owned(["live.host"], 403), "live §2: own sessions only (403 NOT_OWNER)"),
        (Any, "^/api/live/sessions$", new Access.Roles("live.host"), "live §2: hosts create and list sessions"),

        // parks §2
        (Any, "^/api/parks/admin/", new Access.Roles("parks.admin"), "parks §2: run log, edits"),
        ("GET", "^/api/parks/", new Access.Public(), "parks §2: reading is public"),
    ];

    public static (Access Access, string Spec)? Find(string method, string path)
    {
        foreach (var (methods, pattern, access, spec) in Rules)
        {
            if (methods.Split('|').Contains(method) && Regex.IsMatch(path, pattern))
            {
                return (access, spec);
            }
        }

        return null;
    }

    /// <summary>
    /// The expected answer class for one identity: "allowed" (anything but 401/403/5xx), an exact status, or "refused"
    /// for another user's resource: 403/404 as the spec says, or a 400/422 when the body is checked before the
    /// ownership (neither reveals nor changes anything). Reading the resource itself must give the exact status.
    /// </summary>
    public static string Expected(Access access, string identity, IReadOnlyCollection<string> identityRoles, bool exactRead) => access switch
    {
        Access.Public => "allowed",
        Access.Credential => "401",
        Access.Presenter => identity == Identities.Owner ? "allowed" : "401",
        _ when identity is Identities.Participant or Identities.OtherParticipant => access is Access.Participant
            ? identity == Identities.Participant ? "allowed" : "403"
            : "401",
        _ when identity == Identities.Anonymous => "401",
        Access.Participant => "401",
        Access.SignedIn => "allowed",
        Access.Roles roles => roles.Any.Any(identityRoles.Contains) ? "allowed" : "403",
        Access.Owned owned when owned.AlsoAllowed.Any(identityRoles.Contains) => "allowed",
        Access.Owned owned when owned.Any.Length > 0 && !owned.Any.Any(identityRoles.Contains) => "403",
        Access.Owned owned when identity == Identities.Owner => "allowed",
        Access.Owned owned => exactRead ? owned.NotOwner.ToString(System.Globalization.CultureInfo.InvariantCulture) : "refused",
        _ => throw new InvalidOperationException($"No expectation for {access}"),
    };

    public static bool Matches(string expected, int status) => expected switch
    {
        "allowed" => status is not (401 or 403) and < 500,
        "refused" => status is 400 or 403 or 404 or 422,
        _ => expected == status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
