using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Common;
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

/// <summary>A participant asks a question in an open Q&amp;A (A3); filtered or pre-moderated questions wait for the host.</summary>
public static class AskQuestion
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapPost("/activities/{aid:guid}/questions", Handle).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Created<OwnQuestion>> Handle(
        Guid sid, Guid aid, AskRequest request, AuthenticatedParticipant authenticated, ParticipantWrites writes, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var caller = authenticated.Caller;
        var db = writes.Db;
        var clockNow = clock.GetUtcNow().UtcDateTime;
        var now = new DateTime(clockNow.Ticks - (clockNow.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc); // as the databases keep it, so a later read shows the same moment
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
        var idempotent = RequestIds.Scope(request.RequestId, caller, RequestIds.AskQuestion, $"{aid}\n{request.Anonymous}\n{text}");
        var result = await writes.RunAsync(http, caller, idempotent, StatusCodes.Status201Created, async t =>
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
            return OwnQuestion.From(question);
        }, ct);
        return TypedResults.Created($"/api/live/p/{sid}/questions/{result.Id}", result);
    }
}
