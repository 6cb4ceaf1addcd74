using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Activities;

/// <summary>Edits an activity (If-Match with its ETag); the type never changes and the configuration freezes once someone answered.</summary>
public static class EditActivity
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPatch("/activities/{aid:guid}", async Task<Ok<ActivityView>> (
            Guid id, Guid aid, ActivityRequest request, ClaimsPrincipal user, Publisher publisher, HttpContext http, CancellationToken ct) =>
        {
            var activity = await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                HostAccess.EnsureNotEnded(session);
                var activity = await ActivityLookup.FindAsync(db, id, aid, t);
                DefinitionRevisions.ActivityMatch.Require(http.Request, DefinitionRevisions.ActivityTag(activity.Revision));
                if (request.Type is { } type && type != activity.Type)
                {
                    throw new ProblemException(400, "TYPE_IMMUTABLE", "The type of an activity cannot change.");
                }

                var hasResponses = await ActivityLookup.HasResponsesAsync(db, aid, t);
                if (request.Config is not null)
                {
                    if (hasResponses)
                    {
                        throw new ProblemException(409, "ACTIVITY_HAS_RESPONSES", "The configuration is frozen once someone answered.");
                    }

                    var config = request.Config.Normalized(activity.Type);
                    if (config.Validate(activity.Type) is { Count: > 0 } errors)
                    {
                        throw new ProblemException(400, "VALIDATION_FAILED", "One or more fields are invalid.", errors);
                    }

                    activity.Config = LiveJson.Serialize(config);
                }

                activity.Title = request.Title is null ? activity.Title : Text.TextRules.CleanLine(request.Title);
                activity.ResultsMode = request.ResultsMode ?? activity.ResultsMode;
                activity.TimeLimitSeconds = activity.Type == ActivityType.Quiz ? null : request.TimeLimitSeconds ?? activity.TimeLimitSeconds;
                activity.CloseGraceSeconds = request.CloseGraceSeconds ?? activity.CloseGraceSeconds;
                activity.Identified = activity.Type == ActivityType.Quiz || (request.Identified ?? activity.Identified);
                activity.Revision++;
                session.Revision++;
                return (activity, ReconcileScope.ForActivity(aid));
            }, ct);
            http.Response.Headers.ETag = DefinitionRevisions.ActivityTag(activity.Revision);
            return TypedResults.Ok(ActivityView.From(activity));
        }).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
