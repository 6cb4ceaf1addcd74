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
                foreach (var role in linked.Roles())
                {
                    await accounts.GrantRoleAsync(userId, role, ct);
                }

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
        // Ends the Quartet session, then the provider's where it has an end-session endpoint (which sends the browser back to "/").
        auth.MapGet("/external/logout", async (HttpContext http, IOptionsMonitor<OpenIdConnectOptions> oidc) =>
        {
            var provider = await oidc.Get(Scheme).ConfigurationManager!.GetConfigurationAsync(http.RequestAborted);
            string[] schemes = string.IsNullOrEmpty(provider.EndSessionEndpoint) ? [AuthSchemes.Cookie] : [AuthSchemes.Cookie, Scheme];
            return TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/" }, schemes);
        });
    }

    private static bool IsLocal(string? url) => url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
