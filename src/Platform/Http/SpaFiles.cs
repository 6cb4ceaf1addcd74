using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace Quartet.Platform.Http;

/// <summary>
/// Serves the built SPA: Vite's content-hashed <c>/assets/*</c> are cached for a year, <c>index.html</c> is revalidated
/// on every load (it names the current hashes), and only client-side routes fall back to it, so a missing file is a 404.
/// </summary>
public static class SpaFiles
{
    public const string AssetsPath = "/assets";

    public const string ImmutableCaching = "public, max-age=31536000, immutable";

    public static IApplicationBuilder UseSpaStaticFiles(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetCaching });

    public static void MapSpaFallback(this IEndpointRouteBuilder app) =>
        app.MapFallbackToFile("{*path:spa}", "index.html", new StaticFileOptions { OnPrepareResponse = SetCaching });

    private static void SetCaching(StaticFileResponseContext file) =>
        file.Context.Response.Headers.CacheControl = file.Context.Request.Path.StartsWithSegments(AssetsPath) ? ImmutableCaching : "no-cache";
}

/// <summary>
/// Matches client-side routes of the SPA; never server paths (they keep their own 404 and 405 answers), nor the
/// assets folder or a top-level file name such as <c>/favicon.ico</c>, which exist as files or not at all.
/// </summary>
public sealed class SpaPathConstraint : IRouteConstraint
{
    private static readonly string[] ServerPrefixes = ["/api", "/health", "/openapi", "/docs", "/blobs", SpaFiles.AssetsPath];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        var path = httpContext?.Request.Path ?? PathString.Empty;
        return !ServerPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) && !IsTopLevelFile(path);
    }

    private static bool IsTopLevelFile(PathString path) =>
        path.Value is { } value && value.LastIndexOf('/') == 0 && value.Contains('.', StringComparison.Ordinal);
}
