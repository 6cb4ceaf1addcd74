using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Quartet.Platform.Accounts;

/// <summary>
/// Double-submit protection for cookie-authenticated API calls: the SPA reads the <c>XSRF-TOKEN</c> cookie and sends it
/// back as <c>X-XSRF-TOKEN</c>. Bearer-token requests carry no ambient credentials and are exempt.
/// </summary>
public static class AntiforgerySetup
{
    public const string HeaderName = "X-XSRF-TOKEN";
    public const string ReadableCookieName = "XSRF-TOKEN";

    public static IServiceCollection AddQuartetAntiforgery(this IServiceCollection services) =>
        services.AddAntiforgery(o =>
        {
            o.HeaderName = HeaderName;
            o.Cookie.Name = "quartet.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true;
        });

    /// <summary>Issues a request token for the current user in the readable cookie.</summary>
    public static void IssueToken(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(ReadableCookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }

    public static IApplicationBuilder UseQuartetAntiforgery(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (NeedsCheck(context))
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    throw new Http.ProblemException(StatusCodes.Status403Forbidden, "CSRF_TOKEN_INVALID",
                        "The anti-forgery token is missing or invalid. Fetch /api/auth/csrf and send its cookie value in the X-XSRF-TOKEN header.");
                }
            }

            await next();
        });

    private static bool NeedsCheck(HttpContext context) =>
        !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
        && context.Request.Path.StartsWithSegments("/api")
        && context.Request.Cookies.ContainsKey(AuthSchemes.CookieName)
        && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
