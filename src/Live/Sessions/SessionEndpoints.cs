using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sync;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Sessions;

public sealed class SessionSettingsRequest : IValidatableObject
{
    [StringLength(120, MinimumLength = 1)]
    public string? Title { get; init; }

    [StringLength(1000)]
    public string? Description { get; init; }

    [Range(1, 20_000)]
    public int? MaxParticipants { get; init; }

    [Range(10, 500)]
    public int? JoinRatePerSecond { get; init; }

    public bool? ProfanityFilter { get; init; }

    public List<string>? ExtraBlockedWords { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ExtraBlockedWords is { Count: > 200 } || ExtraBlockedWords?.Any(w => string.IsNullOrWhiteSpace(w) || w.Length > 40) == true)
        {
            yield return new ValidationResult("At most 200 words of 1 to 40 characters.", [nameof(ExtraBlockedWords)]);
        }

        if (Title is not null && Text.TextRules.CleanLine(Title).Length == 0)
        {
            yield return new ValidationResult("The title cannot be blank.", [nameof(Title)]);
        }
    }

    public void ApplyTo(LiveSession session)
    {
        if (Title is not null)
        {
            session.Title = Text.TextRules.CleanLine(Title);
        }

        if (Description is not null)
        {
            session.Description = Text.TextRules.CleanMultiline(Description);
        }

        session.MaxParticipants = MaxParticipants ?? session.MaxParticipants;
        session.JoinRatePerSecond = JoinRatePerSecond ?? session.JoinRatePerSecond;
        session.ProfanityFilter = ProfanityFilter ?? session.ProfanityFilter;
        if (ExtraBlockedWords is not null)
        {
            session.ExtraBlockedWords = LiveJson.Serialize(ExtraBlockedWords.Select(Text.TextRules.CleanLine).Distinct().ToList());
        }
    }
}

public sealed class CreateSessionRequest : IValidatableObject
{
    [Required]
    [StringLength(120, MinimumLength = 1)]
    public string Title { get; init; } = "";

    public SessionSettingsRequest? Settings { get; init; }

    [StringLength(1000)]
    public string? Description { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Text.TextRules.CleanLine(Title).Length == 0 ? [new ValidationResult("The title cannot be blank.", [nameof(Title)])] : [];
}

/// <summary>Host CRUD of sessions: list, create, read (ETag), edit settings (If-Match), delete, duplicate.</summary>
public static class SessionEndpoints
{
    private static readonly Action<Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder> HostOnly = p => p.RequireRole(HostAccess.HostRole);

    public static void Map(RouteGroupBuilder api)
    {
        // The platform admin may delete any session and read its summary and export (spec §2), never run or read it.
        var host = api.MapGroup("/sessions").RequireAuthorization(p => p.RequireRole(HostAccess.HostRole, HostAccess.AdminRole));

        host.MapGet("", async (LiveDb db, ClaimsPrincipal user, PageRequest page, SessionStatus? status, CancellationToken ct) =>
        {
            var me = user.UserId();
            var query = db.Sessions.AsNoTracking().Where(s => s.HostUserId == me);
            if (status is { } wanted)
            {
                query = query.Where(s => s.Status == wanted);
            }

            return TypedResults.Ok(await query.OrderByDescending(s => s.CreatedAt)
                .Select(s => new SessionSummaryView(s.Id, s.Title, s.Code, s.Status, s.Locked, s.IsRehearsal,
                    db.Activities.Count(a => a.SessionId == s.Id), s.CreatedAt, s.StartedAt, s.EndedAt))
                .ToPageAsync(page, ct));
        }).RequireAuthorization(HostOnly);

        host.MapPost("", async (CreateSessionRequest request, LiveDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        {
            if (!user.IsInRole(HostAccess.HostRole))
            {
                return Results.Problem(statusCode: 403, extensions: new Dictionary<string, object?> { ["code"] = "NOT_HOST" });
            }

            if (request.Settings is { } settings && Validation.Validate(settings) is { Count: > 0 } errors)
            {
                return Problems.Validation(errors.ToDictionary(e => "settings." + e.Key, e => e.Value));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var (_, keyHash) = JoinCodes.NewPresenterKey();
            var session = await db.InTransactionAsync(async t =>
            {
                var created = new LiveSession
                {
                    Id = Guid.CreateVersion7(),
                    HostUserId = user.UserId(),
                    Title = Text.TextRules.CleanLine(request.Title),
                    Description = Text.TextRules.CleanMultiline(request.Description),
                    Code = await JoinCodes.NewAsync(db, now, t),
                    Status = SessionStatus.Draft,
                    Screen = SessionScreen.Lobby,
                    PresenterKeyHash = keyHash,
                    Version = 1,
                    CreatedAt = now,
                    LastActionAt = now,
                };
                request.Settings?.ApplyTo(created);
                db.Sessions.Add(created);
                return created;
            }, ct);
            return Results.Created($"/api/live/sessions/{session.Id}", SessionView.From(session, [], new HashSet<Guid>()));
        }).RequireAuthorization(HostOnly);

        host.MapGet("/{id:guid}", async (Guid id, LiveDb db, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        {
            var session = await HostAccess.OwnedAsync(db, id, user, ct);
            http.Response.Headers.ETag = RevisionTag(session.Revision);
            return Results.Ok(await LoadViewAsync(db, session, ct));
        });

        host.MapPatch("/{id:guid}", async (Guid id, SessionSettingsRequest request, LiveDb db, ClaimsPrincipal user, HttpContext http, Publisher publisher, CancellationToken ct) =>
        {
            var view = await publisher.RunAsync(id, async (tx, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(tx, id, user, t);
                HostAccess.EnsureNotEnded(session);
                DefinitionMatch.Require(http.Request, RevisionTag(session.Revision));
                request.ApplyTo(session);
                session.Revision++;
                session.LastActionAt = now;
                return (session, ReconcileScope.SessionOnly);
            }, ct);
            http.Response.Headers.ETag = RevisionTag(view.Revision);
            return Results.Ok(await LoadViewAsync(db, view, ct));
        }).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        host.MapDelete("/{id:guid}", async (Guid id, LiveDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        {
            await db.InTransactionAsync(async t =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t, adminMayRead: true);
                if (session.Status == SessionStatus.Live || session.IsRehearsal)
                {
                    throw new ProblemException(409, "SESSION_LIVE", "End the session before deleting it.");
                }

                HostAccess.Audit(db, session, user, "delete", clock.GetUtcNow().UtcDateTime, session.Title);
                db.Sessions.Remove(session);
            }, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);

        host.MapPost("/{id:guid}/duplicate", async (Guid id, LiveDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var copy = await db.InTransactionAsync(async t =>
            {
                var source = await HostAccess.OwnedAsync(db, id, user, t);
                var activities = await db.Activities.AsNoTracking().Where(a => a.SessionId == id).OrderBy(a => a.Position).ToListAsync(t);
                var (_, keyHash) = JoinCodes.NewPresenterKey();
                var session = new LiveSession
                {
                    Id = Guid.CreateVersion7(),
                    HostUserId = source.HostUserId,
                    Title = source.Title.Length <= 113 ? source.Title + " (copy)" : source.Title,
                    Description = source.Description,
                    Code = await JoinCodes.NewAsync(db, now, t),
                    Status = SessionStatus.Draft,
                    Screen = SessionScreen.Lobby,
                    MaxParticipants = source.MaxParticipants,
                    JoinRatePerSecond = source.JoinRatePerSecond,
                    ProfanityFilter = source.ProfanityFilter,
                    ExtraBlockedWords = source.ExtraBlockedWords,
                    PresenterKeyHash = keyHash,
                    Version = 1,
                    CreatedAt = now,
                    LastActionAt = now,
                };
                db.Sessions.Add(session);
                foreach (var a in activities)
                {
                    db.Activities.Add(new Activity
                    {
                        Id = Guid.CreateVersion7(),
                        SessionId = session.Id,
                        Position = a.Position,
                        Type = a.Type,
                        Title = a.Title,
                        Config = a.Config,
                        State = ActivityState.Pending,
                        ResultsMode = a.ResultsMode,
                        TimeLimitSeconds = a.TimeLimitSeconds,
                        CloseGraceSeconds = a.CloseGraceSeconds,
                        Identified = a.Identified,
                    });
                }

                return session;
            }, ct);
            return Results.Created($"/api/live/sessions/{copy.Id}", await LoadViewAsync(db, copy, ct));
        }).Produces<SessionView>(StatusCodes.Status201Created);
    }

    public static async Task<SessionView> LoadViewAsync(LiveDb db, LiveSession session, CancellationToken ct)
    {
        var activities = await db.Activities.AsNoTracking().Where(a => a.SessionId == session.Id).ToListAsync(ct);
        var ids = activities.Select(a => a.Id).ToList();
        var withResponses = (await db.Responses.Where(r => ids.Contains(r.ActivityId)).Select(r => r.ActivityId).Distinct().ToListAsync(ct))
            .Concat(await db.Questions.Where(q => ids.Contains(q.ActivityId)).Select(q => q.ActivityId).Distinct().ToListAsync(ct))
            .ToHashSet();
        return SessionView.From(session, activities, withResponses);
    }

    /// <summary>Definition edits need If-Match with the current revision (L12): 428 without it, 412 when stale.</summary>
    private static readonly Precondition DefinitionMatch = new("Send If-Match with the ETag you read.", "The definition changed since you read it; reload.");

    private static string RevisionTag(int revision) => ETags.OfVersion(revision, "r");
}
