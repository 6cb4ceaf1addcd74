using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Accounts;

/// <summary>A module's use of the provider's claims when someone signs in through it (e.g. the shop's employee number).</summary>
public interface IExternalSignInListener
{
    Task SignedInAsync(Guid userId, ClaimsPrincipal providerClaims, CancellationToken cancellationToken);
}

/// <summary>How the sign-in page offers to sign in: a Quartet password, an external provider, or both.</summary>
public sealed record SignInMethods(bool Password, ExternalSignIn? External);

public sealed record ExternalSignIn(string DisplayName, string LoginUrl, string LogoutUrl);

/// <summary>The answer to an external sign-out: where the browser goes next (the provider's end-session URL, or "/").</summary>
public sealed record ExternalSignOut(string RedirectUrl);

/// <summary>
/// "Sign in with …" through the external issuer (e.g. Cognito's hosted UI): OpenID Connect authorization code + PKCE.
/// The returning user gets an ordinary Quartet cookie session for the local account linked by issuer + subject (the
/// first time, by verified e-mail), exactly as the issuer's Bearer tokens are linked; the roles its groups map to are
/// granted to the account, so the session keeps them.
/// </summary>
public static class BrowserSignIn
{
    public const string Scheme = "Oidc";
    public const string LoginPath = "/api/auth/external/login";
    public const string LogoutPath = "/api/auth/external/logout";

    public static bool IsEnabled(ExternalIssuerOptions external) => !string.IsNullOrWhiteSpace(external.Authority) && !string.IsNullOrWhiteSpace(external.ClientId);

    public static void AddBrowserSignIn(this AuthenticationBuilder auth, ExternalIssuerOptions external)
    {
        auth.AddOpenIdConnect(Scheme, o =>
        {
            o.Authority = external.Authority;
            o.ClientId = external.ClientId;
            o.ClientSecret = external.ClientSecret;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            // The code comes back in the query: a cross-site form post would arrive without the SameSite=Lax correlation cookie.
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.RequireHttpsMetadata = external.RequireHttpsMetadata;
            o.MapInboundClaims = false;
            o.SignInScheme = AuthSchemes.Cookie;
            // Lax suffices for a query-mode return (a top-level GET), and plain http behind nothing stays possible.
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SignOutScheme = AuthSchemes.Cookie;
            o.SignedOutRedirectUri = "/";
            o.Scope.Clear();
            foreach (var scope in external.Scopes)
            {
                o.Scope.Add(scope);
            }

            o.Events.OnTokenValidated = async context =>
            {
                var services = context.HttpContext.RequestServices;
                var metrics = services.GetRequiredService<AuthMetrics>();
                var ct = context.HttpContext.RequestAborted;
                var linked = await services.GetRequiredService<SessionValidator>().ValidateExternalAsync(context.Principal!, external.Authority!.TrimEnd('/'), services, ct);
                if (linked is null)
                {
                    metrics.SignIn("external", "inactive");
                    context.Fail("The external identity has no active account.");
                    return;
                }

                var accounts = services.GetRequiredService<AccountService>();
                var userId = linked.UserId();
                await ApplyGroupRolesAsync(accounts, userId, context.Principal!, external, ct);
                foreach (var listener in services.GetServices<IExternalSignInListener>())
                {
                    await listener.SignedInAsync(userId, context.Principal!, ct);
                }

                var user = (await accounts.FindAsync(userId, ct))!;
                context.Principal = AccountService.PrincipalFor(user, user.Roles.Select(r => r.Role), AuthSchemes.Cookie);
                context.Properties!.IsPersistent = false;
                metrics.SignIn("external", "success");
            };
            // No ID token is kept for an id_token_hint, so the provider needs the client to accept post_logout_redirect_uri.
            o.Events.OnRedirectToIdentityProviderForSignOut = context =>
            {
                context.ProtocolMessage.ClientId = external.ClientId;
                return Task.CompletedTask;
            };
            o.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<AuthMetrics>().SignIn("external", "failure");
                context.Response.Redirect("/signin?error=external");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>
    /// Makes the account's provider-managed roles (those some group maps to) exactly the ones its groups map to now:
    /// grants the new, revokes those whose group it left. Roles granted in Quartet that no group maps to are kept. The
    /// last active platform admin keeps <c>admin</c> (revoking it is refused) until another admin exists.
    /// </summary>
    public static async Task ApplyGroupRolesAsync(AccountService accounts, Guid userId, ClaimsPrincipal providerClaims, ExternalIssuerOptions external, CancellationToken ct)
    {
        var mapped = SessionValidator.GroupRoles(providerClaims, external);
        foreach (var role in mapped)
        {
            await accounts.GrantRoleAsync(userId, role, ct);
        }

        var held = (await accounts.FindAsync(userId, ct))?.Roles.Select(r => r.Role).ToList() ?? [];
        foreach (var role in held.Where(r => SessionValidator.ProviderManagedRoles(external).Contains(r) && !mapped.Contains(r)))
        {
            try
            {
                await accounts.RevokeRoleAsync(userId, role, ct);
            }
            catch (Http.ProblemException e) when (e.Code == "LAST_ADMIN")
            {
                // Kept: an organisation is never left without an active admin by a group change.
            }
        }
    }

    public static void MapBrowserSignIn(this RouteGroupBuilder auth, QuartetOptions options)
    {
        var external = options.Auth.External;
        auth.MapGet("/methods", () => TypedResults.Ok(new SignInMethods(options.Auth.PasswordSignIn,
            IsEnabled(external) ? new ExternalSignIn(external.DisplayName, LoginPath, LogoutPath) : null)));
        if (!IsEnabled(external))
        {
            return;
        }

        auth.MapGet("/external/login", (string? returnUrl) =>
            TypedResults.Challenge(new AuthenticationProperties { RedirectUri = IsLocal(returnUrl) ? returnUrl : "/" }, [Scheme]));
        // A POST (the antiforgery check applies to it, as to every cookie-authenticated POST): ends the Quartet session,
        // then answers where the browser goes next — the provider's end-session endpoint when it has one (which sends the
        // browser back to "/"), else "/".
        auth.MapPost("/external/logout", async (HttpContext http, IOptionsMonitor<OpenIdConnectOptions> oidc) =>
        {
            await http.SignOutAsync(AuthSchemes.Cookie);
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
            AntiforgerySetup.IssueToken(http);
            var provider = await oidc.Get(Scheme).ConfigurationManager!.GetConfigurationAsync(http.RequestAborted);
            if (string.IsNullOrEmpty(provider.EndSessionEndpoint))
            {
                return TypedResults.Ok(new ExternalSignOut("/"));
            }

            // The handler builds the end-session URL (client id, post-logout return, protected state) as a redirect; the
            // SPA follows it itself, so the redirect becomes the answer's body.
            await http.SignOutAsync(Scheme, new AuthenticationProperties { RedirectUri = "/" });
            var next = http.Response.Headers.Location.ToString();
            http.Response.Headers.Remove("Location");
            return TypedResults.Ok(new ExternalSignOut(next));
        });
    }

    private static bool IsLocal(string? url) => url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
