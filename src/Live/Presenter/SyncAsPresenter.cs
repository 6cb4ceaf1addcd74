using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Sync;
using Quartet.Platform.Hosting;

namespace Quartet.Live.Presenter;

/// <summary>The big screen's sync (poll / long-poll / 304), answered from memory like participant sync.</summary>
public static class SyncAsPresenter
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/present/{sid:guid}/sync", async (Guid sid, SyncHub hub, SigningKeys keys, SyncResponder responder, HttpContext http, CancellationToken ct) =>
        {
            var state = await PresenterAccess.PresenterStateAsync(sid, hub, keys, http, ct);
            await responder.SyncAsync(http, state, Viewer.Presenter, "presenter:" + http.Connection.Id);
        }).WithSummary("Sync as presenter").WithSyncResponses().ProducesProblem(StatusCodes.Status401Unauthorized).AllowAnonymous();
}
