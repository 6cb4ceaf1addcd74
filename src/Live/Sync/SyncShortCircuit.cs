using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Live.Participants;
using Quartet.Platform.Hosting;

namespace Quartet.Live.Sync;

/// <summary>
/// A participant's sync poll skips what the platform's pipeline has to decide for other requests, unless cross-origin
/// callers are configured (CORS headers are written after routing, so then it keeps the full pipeline):
/// <list type="bullet">
/// <item>The endpoint runs straight after routing: it authenticates with the participant token in its own filter and
/// answers from memory, so the rate limiter, account authentication, anti-forgery and authorization have nothing to
/// decide for it.</item>
/// <item>A poll that will be answered 304 (GET, valid token, no long-poll wait, <c>If-None-Match</c> at the session's
/// current version) is answered before routing, with the same token, revocation, sync limit and presence checks as the
/// endpoint. It still has its request log line (with the endpoint's route), security headers and problem answers
/// (a 429 from the sync limit, a 400 for a bad <c>since</c>), which run before it. Any other poll, and any that fails
/// a check, goes on through the pipeline to the endpoint, which answers it (or its error) as before.</item>
/// </list>
/// </summary>
public static class SyncShortCircuit
{
    private static readonly PathString ParticipantsPrefix = "/api/live/p";

    public static IEndpointConventionBuilder AfterRoutingUnlessCors(this IEndpointConventionBuilder sync, IEndpointRouteBuilder routes)
    {
        sync.WithMetadata(SyncEndpoint.Marker);
        return CorsConfigured(routes.ServiceProvider) ? sync : sync.ShortCircuit();
    }

    public static void UseNotModifiedBeforeRouting(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        if (CorsConfigured(services))
        {
            return;
        }

        // Resolved on the first poll, not while the pipeline is built: a host that never serves (`quartet openapi`)
        // has no signing key, which the token check needs.
        var auth = new Lazy<ParticipantAuth>(services.GetRequiredService<ParticipantAuth>);
        var limits = new Lazy<RateLimits>(services.GetRequiredService<RateLimits>);
        var endpoint = new SyncEndpoint(services.GetRequiredService<EndpointDataSource>());
        app.Use(async (http, next) =>
        {
            if (!IsConditionalPoll(http.Request, out var sessionId)
                || await auth.Value.TryAuthenticateAsync(http, sessionId) is not { } caller
                || SyncResponder.ParseTag(http.Request.Headers.IfNoneMatch.ToString()) is not { } held
                || held < caller.State.Version)
            {
                await next(http);
                return;
            }

            // In the endpoint's order: its filter marks presence, then its handler counts the poll and reads since.
            auth.Value.Seen(caller);
            limits.Value.Sync(caller.ParticipantId);
            SyncResponder.ParseSince(http.Request.Query["since"]);
            http.SetEndpoint(endpoint.Value);
            SyncResponder.NotModified(http, held);
        });
    }

    /// <summary><c>GET /api/live/p/{sid}/sync</c> with <c>If-None-Match</c> and no <c>wait</c>.</summary>
    private static bool IsConditionalPoll(HttpRequest request, out Guid sessionId)
    {
        sessionId = Guid.Empty;
        if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments(ParticipantsPrefix, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            return false;
        }

        var tail = rest.Value.AsSpan();
        var slash = tail.LastIndexOf('/');
        return slash > 1
            && tail[slash..].Equals("/sync", StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(tail[1..slash], out sessionId)
            && request.Headers.IfNoneMatch.Count > 0
            && !request.Query.ContainsKey("wait");
    }

    private static bool CorsConfigured(IServiceProvider services) =>
        services.GetRequiredService<IOptions<QuartetOptions>>().Value.Security.CorsOrigins.Count > 0;

    /// <summary>The routed sync endpoint, set on requests answered before routing so their log line and metrics name its route.</summary>
    private sealed class SyncEndpoint(EndpointDataSource endpoints)
    {
        public static readonly object Marker = new();

        private Endpoint? value;

        public Endpoint Value => value ??= endpoints.Endpoints.Single(e => e.Metadata.Contains(Marker));
    }
}
