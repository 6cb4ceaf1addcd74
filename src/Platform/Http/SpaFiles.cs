using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Quartet.Platform.Http;

/// <summary>
/// Serves the built SPA: Vite's content-hashed <c>/assets/*</c> are cached for a year, <c>index.html</c> is revalidated
/// on every load (it names the current hashes), and only client-side routes fall back to it, so a missing file is a 404.
/// An asset the build compressed ahead (web/precompress.ts writes <c>x.js.br</c> and <c>x.js.gz</c> beside <c>x.js</c>)
/// is answered with the best copy the browser accepts and its <c>Content-Encoding</c>, so the response compression
/// middleware leaves it alone.
/// </summary>
public static class SpaFiles
{
    public const string AssetsPath = "/assets";

    public const string ImmutableCaching = "public, max-age=31536000, immutable";

    /// <summary>The build's compressed copies, best first, with the file name ending each is stored under.</summary>
    private static readonly (string Encoding, string Extension)[] Precompressed = [("br", ".br"), ("gzip", ".gz")];

    public static IApplicationBuilder UseSpaStaticFiles(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        app.Use((context, next) => ServePrecompressed(context, next, files));
        return app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = SetCaching,
            ContentTypeProvider = new PrecompressedContentTypes(),
        });
    }

    public static void MapSpaFallback(this IEndpointRouteBuilder app) =>
        app.MapFallbackToFile("{*path:spa}", "index.html", new StaticFileOptions { OnPrepareResponse = SetCaching });

    /// <summary>
    /// Points an asset request at the build's compressed copy the browser accepts (Brotli before gzip), if there is
    /// one; a copy is never served by its own name, since it would go out without its encoding.
    /// </summary>
    private static Task ServePrecompressed(HttpContext context, RequestDelegate next, IFileProvider files)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !request.Path.StartsWithSegments(AssetsPath))
        {
            return next(context);
        }

        var path = request.Path.Value!;
        if (Precompressed.Any(p => path.EndsWith(p.Extension, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var copies = Precompressed.Where(p => files.GetFileInfo(path + p.Extension).Exists).ToList();
        if (copies.Count == 0)
        {
            return next(context);
        }

        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        foreach (var (encoding, extension) in copies)
        {
            if (accepted.Any(a => StringSegment.Equals(a.Value, encoding, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0))
            {
                request.Path = path + extension;
                context.Response.Headers.ContentEncoding = encoding;
                break;
            }
        }

        return next(context);
    }

    private static void SetCaching(StaticFileResponseContext file) =>
        file.Context.Response.Headers.CacheControl = file.Context.Request.Path.StartsWithSegments(AssetsPath) ? ImmutableCaching : "no-cache";
}

/// <summary>A compressed copy (<c>x.js.br</c>) has the type of the file it was made from (<c>x.js</c>).</summary>
internal sealed class PrecompressedContentTypes : IContentTypeProvider
{
    private readonly FileExtensionContentTypeProvider types = new();

    public bool TryGetContentType(string subpath, out string contentType) =>
        types.TryGetContentType(Path.GetExtension(subpath) is ".br" or ".gz" ? subpath[..^3] : subpath, out contentType!);
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
