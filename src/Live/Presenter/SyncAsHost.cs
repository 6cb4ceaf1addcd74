using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Sync;

namespace Quartet.Live.Presenter;

/// <summary>The host console's sync (poll / long-poll / 304), answered from memory.</summary>
public static class SyncAsHost
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapGet("/sync", async (Guid id, SyncHub hub, SyncResponder responder, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        {
            var state = await PresenterAccess.OwnerStateAsync(id, hub, user, ct);
            await responder.SyncAsync(http, state, Viewer.Host, "host:" + http.Connection.Id);
        }).WithSummary("Sync as host").WithSyncResponses();
}
