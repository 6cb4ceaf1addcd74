using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Participants;

/// <summary>One of the caller's answers (a quiz answer has its question index).</summary>
public sealed record GivenAnswerView(Guid ActivityId, int QuestionIndex, int Slot, ResponsePayload Answer, EntryModeration Moderation, DateTime SubmittedAt);

/// <summary>The caller's score in one quiz, counting revealed questions only.</summary>
public sealed record QuizScoreView(Guid ActivityId, int Score, int CorrectCount);

/// <summary>A question the caller asked.</summary>
public sealed record AskedQuestionView(Guid Id, Guid ActivityId, string Text, QuestionState State, bool Anonymous);

/// <summary>Everything of the caller's in the session: who they are, their answers, quiz scores, questions and votes (to restore a reloaded screen).</summary>
public sealed record OwnParticipationView(
    Guid ParticipantId, Guid SessionId, string Nickname, ParticipantStatus Status, IReadOnlyList<GivenAnswerView> Answers,
    IReadOnlyList<QuizScoreView> Quizzes, IReadOnlyList<AskedQuestionView> Questions, IReadOnlyList<Guid> VotedQuestionIds);

/// <summary>The caller's own state in the session (GET /p/{sid}/me).</summary>
public static class GetOwnParticipation
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapGet("/me", async Task<Ok<OwnParticipationView>> (Guid sid, AuthenticatedParticipant authenticated, LiveDb db, CancellationToken ct) =>
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
                .Select(q => new AskedQuestionView(q.Id, q.ActivityId, q.Text, q.State, q.Anonymous)).ToListAsync(ct);
            var votes = await db.QuestionVotes.AsNoTracking().Where(v => v.ParticipantId == me.Id).Select(v => v.QuestionId).ToListAsync(ct);
            return TypedResults.Ok(new OwnParticipationView(
                me.Id, sid, me.Nickname, me.Status,
                [.. responses.Select(r => new GivenAnswerView(r.ActivityId, r.QuestionIndex, r.Slot, LiveJson.Deserialize<ResponsePayload>(r.Payload), r.Moderation, r.SubmittedAt))],
                [.. quizPoints.Where(p => revealed.Any(v => v.ActivityId == p.ActivityId && v.Index == p.QuestionIndex))
                    .GroupBy(p => p.ActivityId)
                    .Select(g => new QuizScoreView(g.Key, g.Sum(p => p.Points ?? 0), g.Count(p => p.Correct == true)))],
                questions,
                votes));
        }).WithSummary("Get own participation");
}
