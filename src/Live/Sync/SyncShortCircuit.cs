using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;

namespace Quartet.Live.Sync;

/// <summary>
/// A participant's sync poll runs straight after routing: it authenticates with the participant token in its own filter
/// and answers from memory, so the platform's rate limiter, account authentication, anti-forgery check and authorization
/// (the middleware after routing) have nothing to decide for it. The request log still writes its line (it runs before
/// routing), with no platform user, as for any participant call. When cross-origin callers are configured the endpoint
/// keeps the full pipeline, because CORS headers are written after routing.
/// </summary>
public static class SyncShortCircuit
{
    public static IEndpointConventionBuilder AfterRoutingUnlessCors(this IEndpointConventionBuilder sync, IEndpointRouteBuilder routes)
    {
        var security = routes.ServiceProvider.GetRequiredService<IOptions<QuartetOptions>>().Value.Security;
        return security.CorsOrigins.Count == 0 ? sync.ShortCircuit() : sync;
    }
}
