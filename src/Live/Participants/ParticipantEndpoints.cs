using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Participants;

/// <summary>A participant's own channel: sync (poll / long-poll / 304), stream (SSE), heartbeat, me, leave.</summary>
public static class ParticipantEndpoints
{
    public static void Map(RouteGroupBuilder participant)
    {
        participant.MapGet("/sync", async (Guid sid, AuthenticatedParticipant authenticated, RateLimits limits, SyncResponder responder, HttpContext http) =>
        {
            var caller = authenticated.Caller;
            limits.Sync(caller.ParticipantId);
            await responder.SyncAsync(http, caller.State, Viewer.ForParticipant(caller.ParticipantId), "p:" + caller.ParticipantId);
        }).AfterRoutingUnlessCors(participant);

        participant.MapGet("/stream", async (Guid sid, AuthenticatedParticipant authenticated, SyncResponder responder, HttpContext http) =>
        {
            var caller = authenticated.Caller;
            await responder.StreamAsync(http, caller.State, Viewer.ForParticipant(caller.ParticipantId),
                () => caller.State.RevocationOf(caller.ParticipantId) is not { } r || (r.Status == ParticipantStatus.Active && r.Generation <= caller.Generation));
        });

        participant.MapPost("/heartbeat", async (Guid sid, AuthenticatedParticipant authenticated, RateLimits limits) =>
        {
            var caller = authenticated.Caller;
            limits.Sync(caller.ParticipantId);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);

        participant.MapGet("/me", async (Guid sid, AuthenticatedParticipant authenticated, LiveDb db, CancellationToken ct) =>
        {
            var caller = authenticated.Caller;
            var me = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == caller.ParticipantId, ct)
                ?? throw new ProblemException(403, "PARTICIPANT_REMOVED", "You are no longer in this session.");
            var responses = await db.Responses.AsNoTracking().Where(r => r.ParticipantId == me.Id)
                .Select(r => new { r.ActivityId, r.QuestionIndex, r.Slot, r.Payload, r.Moderation, r.SubmittedAt }).ToListAsync(ct);
            var revealed = await db.QuizQuestions.AsNoTracking()
                .Where(q => q.Stage >= QuizStage.Revealed && db.Activities.Any(a => a.Id == q.ActivityId && a.SessionId == sid))
                .Select(q => new { q.ActivityId, q.Index }).ToListAsync(ct);
            var quizPoints = await db.Responses.AsNoTracking().Where(r => r.ParticipantId == me.Id && r.Points != null)
                .Select(r => new { r.ActivityId, r.QuestionIndex, r.Points, r.Correct }).ToListAsync(ct);
            var questions = await db.Questions.AsNoTracking().Where(q => q.AuthorParticipantId == me.Id)
                .Select(q => new { q.Id, q.ActivityId, q.Text, q.State, q.Anonymous }).ToListAsync(ct);
            var votes = await db.QuestionVotes.AsNoTracking().Where(v => v.ParticipantId == me.Id).Select(v => v.QuestionId).ToListAsync(ct);
            return Results.Ok(new
            {
                ParticipantId = me.Id,
                SessionId = sid,
                me.Nickname,
                me.Status,
                Answers = responses.Select(r => new
                {
                    r.ActivityId,
                    r.QuestionIndex,
                    r.Slot,
                    Answer = LiveJson.Deserialize<Activities.ResponsePayload>(r.Payload),
                    r.Moderation,
                    r.SubmittedAt,
                }),
                Quizzes = quizPoints.Where(p => revealed.Any(v => v.ActivityId == p.ActivityId && v.Index == p.QuestionIndex))
                    .GroupBy(p => p.ActivityId)
                    .Select(g => new { ActivityId = g.Key, Score = g.Sum(p => p.Points ?? 0), CorrectCount = g.Count(p => p.Correct == true) }),
                Questions = questions,
                VotedQuestionIds = votes,
            });
        });

        participant.MapPost("/leave", async (Guid sid, AuthenticatedParticipant authenticated, PresenceTracker presence, LiveDb db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var caller = authenticated.Caller;
            presence.Forget(caller.ParticipantId);
            var gone = clock.GetUtcNow().UtcDateTime.AddMinutes(-3);
            await db.Participants.Where(p => p.Id == caller.ParticipantId).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastSeenAt, gone), ct);
            ParticipantAuth.ClearCookie(http, sid);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
    }
}
