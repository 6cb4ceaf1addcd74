using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Sync;
using Quartet.Platform.Hosting;

namespace Quartet.Live.Presenter;

/// <summary>The big screen's server-sent event stream of changes.</summary>
public static class StreamAsPresenter
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/present/{sid:guid}/stream", async (Guid sid, SyncHub hub, SigningKeys keys, SyncResponder responder, HttpContext http, CancellationToken ct) =>
        {
            var state = await PresenterAccess.PresenterStateAsync(sid, hub, keys, http, ct);
            await responder.StreamAsync(http, state, Viewer.Presenter);
        }).WithSummary("Stream as presenter").WithStreamResponses().ProducesProblem(StatusCodes.Status401Unauthorized).AllowAnonymous();
}
