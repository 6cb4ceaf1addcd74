using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Http;

/// <summary>
/// CSP, nosniff, referrer policy and framing rules on every response. Paths listed in
/// <c>Quartet:Security:Framing</c> may be framed by the listed origins (no X-Frame-Options there); nothing else may.
/// </summary>
public static class SecurityHeaders
{
    private const string BasePolicy =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

    private const string UnframablePolicy = BasePolicy + "; frame-ancestors 'none'";

    // Swagger UI bootstraps itself with an inline script.
    private const string DocsPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseQuartetSecurityHeaders(this IApplicationBuilder app)
    {
        var security = app.ApplicationServices.GetRequiredService<IOptions<QuartetOptions>>().Value.Security;
        var framable = security.Framing
            .Where(rule => rule.Path.StartsWith('/') && rule.Origins.Count > 0)
            .Select(rule => (Prefix: new PathString(rule.Path.TrimEnd('/')), Policy: $"{BasePolicy}; frame-ancestors {string.Join(' ', rule.Origins)}"))
            .ToList();

        return app.Use((context, next) =>
        {
            // Captured now: the SPA fallback rewrites the request path to /index.html before the response starts.
            var path = context.Request.Path;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (path.StartsWithSegments("/docs"))
                {
                    headers.ContentSecurityPolicy = DocsPolicy;
                    headers.XFrameOptions = "DENY";
                    return Task.CompletedTask;
                }

                var framing = FramingPolicy(framable, path);
                if (framing is not null)
                {
                    headers.ContentSecurityPolicy = framing;
                    headers.Remove("X-Frame-Options");
                }
                else
                {
                    headers.ContentSecurityPolicy = UnframablePolicy;
                    headers.XFrameOptions = "DENY";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static string? FramingPolicy(List<(PathString Prefix, string Policy)> framable, PathString path)
    {
        foreach (var (prefix, policy) in framable)
        {
            if (path.StartsWithSegments(prefix))
            {
                return policy;
            }
        }

        return null;
    }
}
