using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Activities;

public sealed class ActivityRequest : IValidatableObject
{
    public ActivityType? Type { get; init; }

    [StringLength(300)]
    public string? Title { get; init; }

    public ActivityConfig? Config { get; init; }

    public ResultsMode? ResultsMode { get; init; }

    [Range(5, 3600)]
    public int? TimeLimitSeconds { get; init; }

    [Range(0, 30)]
    public int? CloseGraceSeconds { get; init; }

    public bool? Identified { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Title is not null && Text.TextRules.CleanLine(Title).Length == 0)
        {
            yield return new ValidationResult("The title cannot be blank.", [nameof(Title)]);
        }

        if (Type == ActivityType.Quiz && CloseGraceSeconds > 0)
        {
            yield return new ValidationResult("A quiz has no close grace.", [nameof(CloseGraceSeconds)]);
        }
    }
}

/// <summary>Adds an activity at the end of the session (at most <see cref="MaxActivities"/>).</summary>
public static class AddActivity
{
    public const int MaxActivities = 100;

    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/activities", async Task<Results<Created<ActivityView>, ValidationProblem>> (
            Guid id, ActivityRequest request, ClaimsPrincipal user, Publisher publisher, HttpContext http, CancellationToken ct) =>
        {
            if (request.Type is not { } type || string.IsNullOrWhiteSpace(request.Title))
            {
                return Problems.Validation(new Dictionary<string, string[]>
                {
                    ["type"] = request.Type is null ? ["Required."] : [],
                    ["title"] = string.IsNullOrWhiteSpace(request.Title) ? ["Required."] : [],
                }.Where(e => e.Value.Length > 0).ToDictionary());
            }

            var config = (request.Config ?? new ActivityConfig()).Normalized(type);
            if (config.Validate(type) is { Count: > 0 } errors)
            {
                return Problems.Validation(errors);
            }

            var activity = await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                HostAccess.EnsureNotEnded(session);
                var count = await db.Activities.CountAsync(a => a.SessionId == id, t);
                if (count >= MaxActivities)
                {
                    throw new ProblemException(422, "ACTIVITY_LIMIT", $"At most {MaxActivities} activities per session.");
                }

                var created = new Activity
                {
                    Id = Guid.CreateVersion7(),
                    SessionId = id,
                    Position = count,
                    Type = type,
                    Title = Text.TextRules.CleanLine(request.Title),
                    Config = LiveJson.Serialize(config),
                    State = ActivityState.Pending,
                    ResultsMode = request.ResultsMode ?? (type is ActivityType.Quiz or ActivityType.Opentext ? ResultsMode.OnReveal : ResultsMode.Live),
                    TimeLimitSeconds = type == ActivityType.Quiz ? null : request.TimeLimitSeconds,
                    CloseGraceSeconds = request.CloseGraceSeconds ?? 0,
                    Identified = type == ActivityType.Quiz || (request.Identified ?? false),
                };
                db.Activities.Add(created);
                session.Revision++;
                return (created, ReconcileScope.ForActivity(created.Id));
            }, ct);
            http.Response.Headers.ETag = DefinitionRevisions.ActivityTag(activity.Revision);
            return TypedResults.Created($"/api/live/sessions/{id}/activities/{activity.Id}", ActivityView.From(activity));
        }).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
