using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Live.Activities;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Participants;
using Quartet.Live.Responses;
using Quartet.Platform.Http;

namespace Quartet.Live.Quiz;

public sealed class QuizAnswerRequest
{
    public List<int>? Options { get; init; }

    public string? RequestId { get; init; }
}

/// <summary>The caller's answer to one quiz question, the same for a first answer and its replay (Q6: correctness and points once revealed).</summary>
public sealed record OwnQuizAnswer(Guid ActivityId, int Index, bool Answered, List<int>? Options, bool? Correct, int? Points);

/// <summary>
/// One answer per quiz question (Q2), timed by the server only (Q3: any client time is ignored), accepted until the
/// close moment plus the network grace; points are computed now and shown after the reveal.
/// </summary>
public static class AnswerQuestion
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapPost("/activities/{aid:guid}/quiz/{index:int}/answer", Handle);

    private static async Task<Ok<OwnQuizAnswer>> Handle(
        Guid sid, Guid aid, int index, QuizAnswerRequest request, AuthenticatedParticipant authenticated, ParticipantWrites writes,
        IOptions<LiveOptions> options, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var received = clock.GetUtcNow().UtcDateTime;
        var caller = authenticated.Caller;
        var db = writes.Db;
        var quiz = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == aid && a.SessionId == sid && a.Type == ActivityType.Quiz, ct)
            ?? throw new ProblemException(404, "ACTIVITY_NOT_FOUND", "No such quiz.");
        var questions = LiveJson.Deserialize<ActivityConfig>(quiz.Config).Questions ?? [];
        if (index < 0 || index >= questions.Count)
        {
            throw new ProblemException(404, "QUESTION_NOT_FOUND", "No such question.");
        }

        var definition = questions[index];
        var chosen = request.Options ?? [];
        var multiple = definition.Correct.Count > 1;
        if (chosen.Count < 1 || (!multiple && chosen.Count != 1) || chosen.Count > definition.Options.Count
            || chosen.Distinct().Count() != chosen.Count || chosen.Any(c => c < 0 || c >= definition.Options.Count))
        {
            throw new ProblemException(400, "VALIDATION_FAILED", "Choose valid, distinct options.",
                new Dictionary<string, string[]> { ["options"] = [multiple ? "Choose one or more distinct options." : "Choose exactly one option."] });
        }

        var grace = TimeSpan.FromMilliseconds(Math.Clamp(options.Value.QuizNetworkGraceMs, 0, 2000));
        var idempotent = RequestIds.Scope(request.RequestId, caller, RequestIds.AnswerQuiz, $"{aid}\n{index}\n{string.Join(',', chosen.Order())}");
        var result = await writes.RunAsync(http, caller, idempotent, StatusCodes.Status200OK, async t =>
        {
            var state = await db.QuizQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.ActivityId == aid && q.Index == index, t);
            var closeMoment = state?.ClosedAt ?? state?.DeadlineAt;
            var accepting = state is { OpenedAt: not null } && (state.Stage == QuizStage.Open || state.Stage == QuizStage.Closed)
                && (closeMoment is null || received <= closeMoment.Value + grace);
            if (!accepting)
            {
                throw new ProblemException(409, "QUESTION_CLOSED", "This question is not taking answers.");
            }

            if (await db.Responses.AnyAsync(r => r.ActivityId == aid && r.QuestionIndex == index && r.ParticipantId == caller.ParticipantId, t))
            {
                throw new ProblemException(409, "ALREADY_ANSWERED", "You already answered this question.");
            }

            var elapsed = QuizScoring.ElapsedMs(state!.OpenedAt!.Value, received, definition.TimeLimitSeconds);
            var correct = QuizScoring.IsCorrect(chosen, definition.Correct);
            db.Responses.Add(new Response
            {
                Id = Guid.CreateVersion7(),
                SessionId = sid,
                ActivityId = aid,
                ParticipantId = caller.ParticipantId,
                QuestionIndex = index,
                Payload = LiveJson.Serialize(new ResponsePayload { Choices = [.. chosen.Order()] }),
                SubmittedAt = received,
                ElapsedMs = elapsed,
                Correct = correct,
                Points = QuizScoring.Points(correct, definition.Points, definition.TimeLimitSeconds, definition.SpeedBonus, elapsed),
                Moderation = EntryModeration.Visible,
            });
            await db.SaveChangesAsync(t);
            return await OwnAnswerAsync(db, aid, index, caller.ParticipantId, t);
        }, ct);
        return TypedResults.Ok(result);
    }

    /// <summary>The caller's answer; correctness and points only once the question is revealed (Q6).</summary>
    public static async Task<OwnQuizAnswer> OwnAnswerAsync(LiveDb db, Guid activityId, int index, Guid participantId, CancellationToken ct)
    {
        var answer = await db.Responses.AsNoTracking().SingleOrDefaultAsync(r => r.ActivityId == activityId && r.QuestionIndex == index && r.ParticipantId == participantId, ct);
        var stage = await db.QuizQuestions.AsNoTracking().Where(q => q.ActivityId == activityId && q.Index == index).Select(q => (QuizStage?)q.Stage).SingleOrDefaultAsync(ct);
        var revealed = stage >= QuizStage.Revealed;
        return new OwnQuizAnswer(activityId, index, answer is not null,
            answer is null ? null : LiveJson.Deserialize<ResponsePayload>(answer.Payload).Choices,
            revealed ? answer?.Correct : null,
            revealed ? answer?.Points : null);
    }
}
