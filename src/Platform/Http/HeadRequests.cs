using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Quartet.Platform.Http;

/// <summary>
/// <c>HEAD</c> answers like <c>GET</c> without a body (RFC 9110 §9.3.2): the request runs as a GET, so the status and
/// headers (ETag, Content-Type, caching) are the GET's, and the body is discarded.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        context.Request.Method = HttpMethods.Get;
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, original));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
            context.Request.Method = HttpMethods.Head;
        }
    });
}
