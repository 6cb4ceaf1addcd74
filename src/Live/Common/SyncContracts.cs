using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Quartet.Live.Common;

/// <summary>
/// What the sync and stream endpoints answer, for the OpenAPI documents: they write the session's changes themselves
/// (JSON from memory, or server-sent events), so only the statuses and media types are declared.
/// </summary>
public static class SyncContracts
{
    /// <summary>200 with the changes since the cursor, 304 when nothing changed (If-None-Match).</summary>
    public static RouteHandlerBuilder WithSyncResponses(this RouteHandlerBuilder builder) =>
        builder.Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status304NotModified);

    /// <summary>200 with a text/event-stream of changes, 503 when the server holds too many streams.</summary>
    public static RouteHandlerBuilder WithStreamResponses(this RouteHandlerBuilder builder) =>
        builder.Produces(StatusCodes.Status200OK, contentType: "text/event-stream").ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
