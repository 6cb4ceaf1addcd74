using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
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

public sealed class OrderRequest
{
    [Required]
    public List<Guid> Ids { get; init; } = [];
}

/// <summary>Building activities (add, edit with If-Match, delete, reorder) and running them (open, close, reveal, quiz stages).</summary>
public static class ActivityEndpoints
{
    public const int MaxActivities = 100;

    public static void Map(RouteGroupBuilder api)
    {
        var host = api.MapGroup("/sessions/{id:guid}/activities").RequireAuthorization(p => p.RequireRole(HostAccess.HostRole));

        host.MapPost("", async (Guid id, ActivityRequest request, ClaimsPrincipal user, Publisher publisher, HttpContext http, CancellationToken ct) =>
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
            http.Response.Headers.ETag = ActivityTag(activity.Revision);
            return Results.Created($"/api/live/sessions/{id}/activities/{activity.Id}", View(activity));
        });

        host.MapPatch("/{aid:guid}", async (Guid id, Guid aid, ActivityRequest request, ClaimsPrincipal user, Publisher publisher, HttpContext http, CancellationToken ct) =>
        {
            var activity = await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                HostAccess.EnsureNotEnded(session);
                var activity = await FindAsync(db, id, aid, t);
                ActivityMatch.Require(http.Request, ActivityTag(activity.Revision));
                if (request.Type is { } type && type != activity.Type)
                {
                    throw new ProblemException(400, "TYPE_IMMUTABLE", "The type of an activity cannot change.");
                }

                var hasResponses = await HasResponsesAsync(db, aid, t);
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
            http.Response.Headers.ETag = ActivityTag(activity.Revision);
            return Results.Ok(View(activity));
        }).ProducesProblem(StatusCodes.Status409Conflict);

        host.MapDelete("/{aid:guid}", async (Guid id, Guid aid, ClaimsPrincipal user, Publisher publisher, HttpContext http, CancellationToken ct) =>
        {
            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var activity = await FindAsync(db, id, aid, t);
                ActivityMatch.Require(http.Request, ActivityTag(activity.Revision));
                if (activity.State == ActivityState.Open)
                {
                    throw new ProblemException(409, "ACTIVITY_OPEN", "Close the activity first.");
                }

                if (await HasResponsesAsync(db, aid, t))
                {
                    throw new ProblemException(409, "ACTIVITY_HAS_RESPONSES", "Reset the activity before deleting it.");
                }

                db.Activities.Remove(activity);
                foreach (var later in await db.Activities.Where(a => a.SessionId == id && a.Position > activity.Position).ToListAsync(t))
                {
                    later.Position--;
                }

                if (session.CurrentActivityId == aid)
                {
                    session.CurrentActivityId = null;
                    session.Screen = SessionScreen.Lobby;
                }

                session.Revision++;
                return (true, ReconcileScope.ForActivity(aid));
            }, ct);
            return Results.NoContent();
        }).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        host.MapPut("/order", async (Guid id, OrderRequest request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var activities = await db.Activities.Where(a => a.SessionId == id).ToListAsync(t);
                if (request.Ids.Count != activities.Count || request.Ids.Distinct().Count() != activities.Count || request.Ids.Any(i => activities.All(a => a.Id != i)))
                {
                    throw new ProblemException(400, "BAD_ORDER", "Send every activity id of the session exactly once.");
                }

                for (var i = 0; i < request.Ids.Count; i++)
                {
                    activities.Single(a => a.Id == request.Ids[i]).Position = i;
                }

                session.Revision++;
                return (true, ReconcileScope.SessionOnly);
            }, ct);
            return Results.NoContent();
        });

        host.MapPost("/{aid:guid}/{action:regex(^(open|close|reveal|hide-results|reset)$)}", async (
            Guid id, Guid aid, string action, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var activity = await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                HostAccess.EnsureNotEnded(session);
                var all = await db.Activities.Where(a => a.SessionId == id).ToListAsync(t);
                var activity = all.SingleOrDefault(a => a.Id == aid) ?? throw new ProblemException(404, "ACTIVITY_NOT_FOUND", "No such activity.");
                var scope = ReconcileScope.ForActivity(aid);
                switch (action)
                {
                    case "open":
                        if (session.Status != SessionStatus.Live && !session.IsRehearsal)
                        {
                            throw new ProblemException(409, "SESSION_NOT_LIVE", "Start the session first.");
                        }

                        if (activity.State == ActivityState.Open
                            || (!ActivityLifecycle.IsBackground(activity.Type) && session.CurrentActivityId != aid))
                        {
                            throw new ProblemException(409, "INVALID_TRANSITION", "Only the current activity can be opened (Q&A and reactions may run in background).");
                        }

                        Navigation.OpenAsForeground(all, activity, now, scope);
                        break;
                    case "close":
                        if (activity.State != ActivityState.Open)
                        {
                            throw new ProblemException(409, "INVALID_TRANSITION", "The activity is not open.");
                        }

                        ActivityLifecycle.Close(activity, now);
                        break;
                    case "reveal":
                    case "hide-results":
                        if (activity.Type == ActivityType.Quiz)
                        {
                            throw new ProblemException(409, "INVALID_TRANSITION", "Quiz answers are revealed per question.");
                        }

                        activity.Revealed = action == "reveal";
                        break;
                    default:
                        if (activity.State != ActivityState.Closed)
                        {
                            throw new ProblemException(409, "INVALID_TRANSITION", "Only a closed activity can be reset.");
                        }

                        await db.Responses.Where(r => r.ActivityId == aid).ExecuteDeleteAsync(t);
                        await db.Questions.Where(q => q.ActivityId == aid).ExecuteDeleteAsync(t);
                        await db.QuizQuestions.Where(q => q.ActivityId == aid).ExecuteDeleteAsync(t);
                        await db.ReactionTotals.Where(r => r.ActivityId == aid).ExecuteDeleteAsync(t);
                        activity.State = ActivityState.Pending;
                        activity.Revealed = false;
                        activity.QuizIndex = -1;
                        activity.QuizPodium = false;
                        activity.OpenedAt = activity.ClosedAt = activity.ClosesAt = null;
                        scope.Scores.Add(aid);
                        HostAccess.Audit(db, session, user, "reset", now, aid.ToString());
                        break;
                }

                session.LastActionAt = now;
                return (activity, scope);
            }, ct);
            return Results.Ok(View(activity));
        }).ProducesProblem(StatusCodes.Status409Conflict);

        host.MapPost("/{aid:guid}/quiz/{index:int}/{stage:regex(^(show|open|close|reveal|leaderboard)$)}", async (
            Guid id, Guid aid, int index, string stage, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var activity = await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                HostAccess.EnsureNotEnded(session);
                var quiz = await FindAsync(db, id, aid, t);
                var questions = quiz.Type == ActivityType.Quiz ? LiveJson.Deserialize<ActivityConfig>(quiz.Config).Questions ?? [] : [];
                if (index < 0 || index >= questions.Count)
                {
                    throw new ProblemException(404, "QUESTION_NOT_FOUND", "No such quiz question.");
                }

                if (quiz.State != ActivityState.Open)
                {
                    if (session.CurrentActivityId != aid)
                    {
                        throw new ProblemException(409, "INVALID_TRANSITION", "Navigate to the quiz first.");
                    }

                    ActivityLifecycle.Open(quiz, now);
                }

                var state = await db.QuizQuestions.SingleOrDefaultAsync(q => q.ActivityId == aid && q.Index == index, t);
                if (state is null)
                {
                    state = new QuizQuestionState { ActivityId = aid, Index = index, Stage = QuizStage.Hidden };
                    db.QuizQuestions.Add(state);
                }

                var target = stage switch
                {
                    "show" => QuizStage.Shown,
                    "open" => QuizStage.Open,
                    "close" => QuizStage.Closed,
                    "reveal" => QuizStage.Revealed,
                    _ => QuizStage.Leaderboard,
                };
                ActivityLifecycle.MoveQuestion(quiz, state, questions[index], target, now);
                quiz.QuizPodium = false;
                var scope = ReconcileScope.ForActivity(aid);
                if (target >= QuizStage.Revealed)
                {
                    scope.Scores.Add(aid);
                }

                return (quiz, scope);
            }, ct);
            return Results.Ok(View(activity));
        }).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static object View(Activity a) => new
    {
        a.Id,
        a.Position,
        a.Type,
        a.Title,
        Config = LiveJson.Deserialize<ActivityConfig>(a.Config),
        a.State,
        a.ResultsMode,
        a.Revealed,
        a.TimeLimitSeconds,
        a.CloseGraceSeconds,
        a.Identified,
        a.Revision,
        a.QuizIndex,
        a.QuizPodium,
        a.OpenedAt,
        a.ClosesAt,
        a.ClosedAt,
    };

    private static async Task<Activity> FindAsync(LiveDb db, Guid sessionId, Guid activityId, CancellationToken ct) =>
        await db.Activities.SingleOrDefaultAsync(a => a.Id == activityId && a.SessionId == sessionId, ct)
        ?? throw new ProblemException(404, "ACTIVITY_NOT_FOUND", "No such activity.");

    private static async Task<bool> HasResponsesAsync(LiveDb db, Guid activityId, CancellationToken ct) =>
        await db.Responses.AnyAsync(r => r.ActivityId == activityId, ct) || await db.Questions.AnyAsync(q => q.ActivityId == activityId, ct);

    private static readonly Precondition ActivityMatch = new("Send If-Match with the activity's ETag.", "The activity changed since you read it; reload.");

    private static string ActivityTag(int revision) => ETags.OfVersion(revision, "a");
}
