using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Quartet.Platform.Hosting;
using Quartet.Platform.Observability;

namespace Quartet.Platform.Accounts;

public static class AuthSchemes
{
    /// <summary>The default scheme: picks one of the three below for each request.</summary>
    public const string Quartet = "Quartet";
    public const string Cookie = "Cookie";
    public const string Bearer = "Bearer";
    public const string External = "External";
    public const string CookieName = "quartet.auth";
}

public static class AuthSetup
{
    /// <summary>Distinct session cookies whose unprotected tickets are kept (<see cref="CookieTickets"/>).</summary>
    public const int CookieTicketCacheSize = 10_000;

    public static IServiceCollection AddQuartetAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(QuartetOptions.Section).Get<QuartetOptions>() ?? new QuartetOptions();
        services.AddScoped<AccountService>();
        services.AddScoped<EmailVerification>();
        services.AddScoped<AccountDeletion>();
        services.AddInstrumentOwner<AuthMetrics>();
        services.AddSingleton<SessionValidator>();
        services.AddSingleton<AccountCache>();
        services.AddHostedService<AccountChangeListener>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.Configure<PasswordHasherOptions>(configuration.GetSection("Quartet:Auth:PasswordHasher"));

        var auth = services.AddAuthentication(AuthSchemes.Quartet)
            .AddPolicyScheme(AuthSchemes.Quartet, "Cookie or bearer token", o => o.ForwardDefaultSelector = context => SelectScheme(context, options))
            .AddCookie(AuthSchemes.Cookie, o =>
            {
                o.Cookie.Name = AuthSchemes.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = options.Auth.SessionLifetime;
                o.SlidingExpiration = false;
                o.Events.OnRedirectToLogin = c => SetStatus(c.Response, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => SetStatus(c.Response, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = async c =>
                {
                    var validator = c.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
                    var fresh = c.Principal is null ? null : await validator.ValidateLocalAsync(c.Principal, AuthSchemes.Cookie, c.HttpContext.RequestServices, c.HttpContext.RequestAborted);
                    if (fresh is null)
                    {
                        c.RejectPrincipal();
                        await c.HttpContext.SignOutAsync(AuthSchemes.Cookie);
                    }
                    else
                    {
                        c.ReplacePrincipal(fresh);
                    }
                };
            })
            .AddJwtBearer(AuthSchemes.Bearer, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Auth.Issuer,
                    ValidAudience = options.Auth.Audience,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = QuartetClaims.Name,
                    RoleClaimType = QuartetClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async c =>
                    {
                        var validator = c.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
                        var fresh = await validator.ValidateLocalAsync(c.Principal!, AuthSchemes.Bearer, c.HttpContext.RequestServices, c.HttpContext.RequestAborted);
                        if (fresh is null)
                        {
                            c.Fail("The account is inactive or the token was revoked.");
                        }
                        else
                        {
                            c.Principal = fresh;
                        }
                    },
                };
            });
        services.AddOptions<JwtBearerOptions>(AuthSchemes.Bearer)
            .Configure<TokenIssuer, TimeProvider>((o, issuer, clock) =>
            {
                o.TokenValidationParameters.IssuerSigningKey = issuer.Key;
                o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
                {
                    // The platform clock, not the wall clock, so tokens and their checks agree under a test clock.
                    var now = clock.GetUtcNow().UtcDateTime;
                    return (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
                        && expires is not null && expires.Value >= now - parameters.ClockSkew;
                };
            });
        services.AddOptions<CookieAuthenticationOptions>(AuthSchemes.Cookie).Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>>(new CookieTickets.Setup(CookieTicketCacheSize));

        var external = options.Auth.External;
        if (!string.IsNullOrWhiteSpace(external.Authority))
        {
            auth.AddJwtBearer(AuthSchemes.External, o =>
            {
                o.Authority = external.Authority;
                o.Audience = external.Audience;
                o.RequireHttpsMetadata = external.RequireHttpsMetadata;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.ValidAudience = external.Audience;
                o.TokenValidationParameters.ValidateAudience = !string.IsNullOrEmpty(external.Audience);
                o.TokenValidationParameters.AudienceValidator = (audiences, token, _) => AudienceMatches(audiences, token, external.Audience);
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async c =>
                    {
                        var validator = c.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
                        var fresh = await validator.ValidateExternalAsync(c.Principal!, external.Authority.TrimEnd('/'), c.HttpContext.RequestServices, c.HttpContext.RequestAborted);
                        if (fresh is null)
                        {
                            c.Fail("The external identity has no active account.");
                        }
                        else
                        {
                            c.Principal = fresh;
                        }
                    },
                };
            });
        }

        if (BrowserSignIn.IsEnabled(external))
        {
            auth.AddBrowserSignIn(external);
        }

        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// Cognito access tokens name the app client in <c>client_id</c> and carry no <c>aud</c>; ID tokens and other
    /// issuers' access tokens use <c>aud</c>. Either must be the configured audience.
    /// </summary>
    private static bool AudienceMatches(IEnumerable<string> audiences, SecurityToken token, string? expected)
    {
        var listed = audiences.ToList();
        return listed.Contains(expected!, StringComparer.Ordinal)
            || (listed.Count == 0 && token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("client_id", out var client) && client == expected);
    }

    private static string SelectScheme(HttpContext context, QuartetOptions options)
    {
        string? authorization = context.Request.Headers.Authorization;
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthSchemes.Cookie;
        }

        var authority = options.Auth.External.Authority;
        if (string.IsNullOrWhiteSpace(authority))
        {
            return AuthSchemes.Bearer;
        }

        var raw = authorization["Bearer ".Length..].Trim();
        var handler = new JsonWebTokenHandler();
        if (handler.CanReadToken(raw))
        {
            var issuer = handler.ReadJsonWebToken(raw).Issuer;
            if (string.Equals(issuer?.TrimEnd('/'), authority.TrimEnd('/'), StringComparison.Ordinal))
            {
                return AuthSchemes.External;
            }
        }

        return AuthSchemes.Bearer;
    }

    private static Task SetStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
