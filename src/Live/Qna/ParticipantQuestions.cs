using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Participants;
using Quartet.Live.Responses;
using Quartet.Live.Text;
using Quartet.Platform.Http;

namespace Quartet.Live.Qna;

public sealed class AskRequest
{
    public string? Text { get; init; }

    public bool Anonymous { get; init; }

    public string? RequestId { get; init; }
}

/// <summary>A question as its author sees it; asking and replaying the ask answer the same.</summary>
public sealed record OwnQuestion(Guid Id, Guid ActivityId, string Text, QuestionState State, bool Anonymous, DateTime CreatedAt);

/// <summary>The caller's vote on a question and its count.</summary>
public sealed record QuestionVoteState(Guid QuestionId, bool Voted, int VoteCount);

/// <summary>Participant side of Q&amp;A (A3, A5): ask, list, withdraw own, upvote once per question (never own).</summary>
public static class ParticipantQuestions
{
    public static void Map(RouteGroupBuilder participant)
    {
        participant.MapPost("/activities/{aid:guid}/questions", Ask).ProducesProblem(StatusCodes.Status409Conflict);
        participant.MapGet("/activities/{aid:guid}/questions", List);
        participant.MapDelete("/questions/{qid:guid}", Withdraw).ProducesProblem(StatusCodes.Status409Conflict);
        participant.MapPut("/questions/{qid:guid}/vote", (Guid sid, Guid qid, AuthenticatedParticipant authenticated, ParticipantWrites writes, CancellationToken ct) =>
            Vote(sid, qid, true, authenticated, writes, ct)).ProducesProblem(StatusCodes.Status409Conflict);
        participant.MapDelete("/questions/{qid:guid}/vote", (Guid sid, Guid qid, AuthenticatedParticipant authenticated, ParticipantWrites writes, CancellationToken ct) =>
            Vote(sid, qid, false, authenticated, writes, ct)).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<OwnQuestion>> Ask(
        Guid sid, Guid aid, AskRequest request, AuthenticatedParticipant authenticated, ParticipantWrites writes, TimeProvider clock, CancellationToken ct)
    {
        var caller = authenticated.Caller;
        var db = writes.Db;
        var clockNow = clock.GetUtcNow().UtcDateTime;
        var now = new DateTime(clockNow.Ticks - (clockNow.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc); // as the databases keep it: a replay reads back the same moment
        var activity = await writes.OpenActivityAsync(caller, aid, now, ct);
        if (activity.Type != ActivityType.Qna)
        {
            throw new ProblemException(400, "WRONG_ACTIVITY_TYPE", "This activity does not take questions.");
        }

        var config = LiveJson.Deserialize<ActivityConfig>(activity.Config);
        var text = TextRules.CleanMultiline(request.Text);
        if (TextRules.Length(text) < 3 || TextRules.Length(text) > config.MaxLength)
        {
            throw new ProblemException(400, "VALIDATION_FAILED", "Invalid question.", new Dictionary<string, string[]> { ["text"] = [$"3 to {config.MaxLength} characters."] });
        }

        if (request.Anonymous && !config.AnonymousAllowed)
        {
            throw new ProblemException(400, "ANONYMOUS_NOT_ALLOWED", "Anonymous questions are off for this Q&A.");
        }

        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sid).Select(s => new { s.ProfanityFilter, s.ExtraBlockedWords }).SingleAsync(ct);
        var filtered = session.ProfanityFilter && Profanity.Default.With(LiveJson.Deserialize<List<string>>(session.ExtraBlockedWords)).Matches(text);
        var result = await writes.RunAsync(caller, request.RequestId, async t =>
        {
            var mine = await db.Questions.CountAsync(q => q.ActivityId == aid && q.AuthorParticipantId == caller.ParticipantId && q.State != QuestionState.Withdrawn, t);
            if (mine >= config.MaxQuestionsPerParticipant)
            {
                throw new ProblemException(422, "QUESTION_LIMIT_REACHED", $"At most {config.MaxQuestionsPerParticipant} questions each.");
            }

            var question = new Question
            {
                Id = Guid.CreateVersion7(),
                SessionId = sid,
                ActivityId = aid,
                AuthorParticipantId = caller.ParticipantId,
                Anonymous = request.Anonymous,
                Text = text,
                State = filtered ? QuestionState.Filtered : config.PreModeration ? QuestionState.Pending : QuestionState.Visible,
                CreatedAt = now,
            };
            db.Questions.Add(question);
            return OwnView(question);
        }, async t =>
        {
            var latest = await db.Questions.AsNoTracking().Where(q => q.ActivityId == aid && q.AuthorParticipantId == caller.ParticipantId)
                .OrderByDescending(q => q.CreatedAt).FirstAsync(t);
            return OwnView(latest);
        }, ct);
        return TypedResults.Created($"/api/live/p/{sid}/questions/{result.Id}", result);
    }

    private static async Task<IResult> List(Guid sid, Guid aid, string? sort, AuthenticatedParticipant authenticated, LiveDb db, CancellationToken ct)
    {
        var caller = authenticated.Caller;
        var query = db.Questions.AsNoTracking().Where(q => q.ActivityId == aid && q.SessionId == sid
            && (q.State == QuestionState.Visible || q.State == QuestionState.Answered || q.AuthorParticipantId == caller.ParticipantId));
        var rows = await query.Take(500).ToListAsync(ct);
        var voted = await db.QuestionVotes.AsNoTracking().Where(v => v.ParticipantId == caller.ParticipantId).Select(v => v.QuestionId).ToListAsync(ct);
        var ordered = sort == "newest"
            ? rows.OrderByDescending(q => q.Pinned).ThenByDescending(q => q.CreatedAt)
            : rows.OrderByDescending(q => q.Pinned).ThenByDescending(q => q.VoteCount).ThenBy(q => q.CreatedAt);
        return Results.Ok(ordered.Take(200).Select(q => new
        {
            q.Id,
            q.Text,
            q.State,
            q.Pinned,
            q.VoteCount,
            q.Anonymous,
            q.CreatedAt,
            Mine = q.AuthorParticipantId == caller.ParticipantId,
            Voted = voted.Contains(q.Id),
        }));
    }

    private static async Task<Ok<OwnQuestion>> Withdraw(Guid sid, Guid qid, AuthenticatedParticipant authenticated, ParticipantWrites writes, CancellationToken ct)
    {
        var caller = authenticated.Caller;
        var db = writes.Db;
        var result = await writes.RunAsync(caller, null, async t =>
        {
            var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == qid && q.SessionId == sid, t)
                ?? throw new ProblemException(404, "QUESTION_NOT_FOUND", "No such question.");
            if (question.AuthorParticipantId != caller.ParticipantId)
            {
                throw new ProblemException(403, "NOT_AUTHOR", "Only the author can withdraw a question.");
            }

            if (question.State is QuestionState.Answered or QuestionState.Withdrawn)
            {
                throw new ProblemException(409, "INVALID_TRANSITION", "This question can no longer be withdrawn.");
            }

            question.State = QuestionState.Withdrawn;
            question.Pinned = false;
            return OwnView(question);
        }, _ => throw new InvalidOperationException("Withdraw has no request id."), ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<QuestionVoteState>> Vote(Guid sid, Guid qid, bool add, AuthenticatedParticipant authenticated, ParticipantWrites writes, CancellationToken ct)
    {
        var caller = authenticated.Caller;
        var db = writes.Db;
        async Task<QuestionVoteState> Current(CancellationToken t)
        {
            var count = await db.Questions.AsNoTracking().Where(q => q.Id == qid).Select(q => q.VoteCount).SingleAsync(t);
            var voted = await db.QuestionVotes.AnyAsync(v => v.QuestionId == qid && v.ParticipantId == caller.ParticipantId, t);
            return new QuestionVoteState(qid, voted, count);
        }

        var result = await writes.RunAsync(caller, null, async t =>
        {
            var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == qid && q.SessionId == sid, t)
                ?? throw new ProblemException(404, "QUESTION_NOT_FOUND", "No such question.");
            var existing = await db.QuestionVotes.SingleOrDefaultAsync(v => v.QuestionId == qid && v.ParticipantId == caller.ParticipantId, t);
            if (add)
            {
                if (question.AuthorParticipantId == caller.ParticipantId)
                {
                    throw new ProblemException(422, "CANNOT_VOTE_OWN", "You cannot upvote your own question.");
                }

                if (question.State != QuestionState.Visible)
                {
                    throw new ProblemException(422, "QUESTION_NOT_VOTABLE", "Only visible questions take votes.");
                }

                if (existing is null)
                {
                    db.QuestionVotes.Add(new QuestionVote { QuestionId = qid, ParticipantId = caller.ParticipantId });
                    await db.SaveChangesAsync(t);
                    await db.Questions.Where(q => q.Id == qid).ExecuteUpdateAsync(s => s.SetProperty(q => q.VoteCount, q => q.VoteCount + 1), t);
                }
            }
            else if (existing is not null)
            {
                db.QuestionVotes.Remove(existing);
                await db.SaveChangesAsync(t);
                await db.Questions.Where(q => q.Id == qid).ExecuteUpdateAsync(s => s.SetProperty(q => q.VoteCount, q => q.VoteCount - 1), t);
            }

            return await Current(t);
        }, Current, ct);
        return TypedResults.Ok(result);
    }

    private static OwnQuestion OwnView(Question q) => new(q.Id, q.ActivityId, q.Text, q.State, q.Anonymous, q.CreatedAt);
}
