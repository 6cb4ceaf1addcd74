using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Sync;

namespace Quartet.Live.Presenter;

/// <summary>The host console's server-sent event stream of changes.</summary>
public static class StreamAsHost
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapGet("/stream", async (Guid id, SyncHub hub, SyncResponder responder, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        {
            var state = await PresenterAccess.OwnerStateAsync(id, hub, user, ct);
            await responder.StreamAsync(http, state, Viewer.Host);
        }).WithSummary("Stream as host").WithStreamResponses();
}
