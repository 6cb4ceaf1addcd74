using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Participants;
using Quartet.Live.Text;
using Quartet.Platform.Http;

namespace Quartet.Live.Responses;

public sealed class ResponseRequest
{
    public string? RequestId { get; init; }

    public List<int>? Choices { get; init; }

    public int? Rating { get; init; }

    public List<string>? Words { get; init; }

    public string? Text { get; init; }
}

/// <summary>
/// Poll and rating answers (upsert through the group-committing <see cref="VoteBatcher"/>; A2), word-cloud words (append up to the limit, own duplicates ignored; A1) and
/// open-text entries (append; moderated or filtered entries wait for the host; A3).
/// </summary>
public static class SubmitResponse
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapPost("/activities/{aid:guid}/responses", Handle).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Ok<OwnAnswers>, ProblemHttpResult>> Handle(
        Guid sid, Guid aid, ResponseRequest request, AuthenticatedParticipant authenticated, ParticipantWrites writes, VoteBatcher votes, RateLimits limits,
        HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var caller = authenticated.Caller;
        var db = writes.Db;
        var now = clock.GetUtcNow().UtcDateTime;
        var activity = await writes.OpenActivityAsync(caller, aid, now, ct);
        var config = LiveJson.Deserialize<ActivityConfig>(activity.Config);
        var payload = Validate(activity.Type, config, request);
        Profanity? profanity = null;
        if (activity.Type is ActivityType.Wordcloud or ActivityType.Opentext)
        {
            var state = await db.Sessions.AsNoTracking().Where(s => s.Id == sid).Select(s => new { s.ProfanityFilter, s.ExtraBlockedWords }).SingleAsync(ct);
            profanity = state.ProfanityFilter ? Profanity.Default.With(LiveJson.Deserialize<List<string>>(state.ExtraBlockedWords)) : null;
        }
        if (activity.Type == ActivityType.Wordcloud && profanity is not null && payload.Words!.Any(w => profanity.Matches(w.Text)))
        {
            throw new ProblemException(422, "WORD_NOT_ALLOWED", "Please choose another word.");
        }

        var serialized = LiveJson.Serialize(payload);
        var idempotent = RequestIds.Scope(request.RequestId, caller, RequestIds.SubmitResponse, $"{aid}\n{serialized}");
        if (activity.Type is ActivityType.Poll or ActivityType.Rating)
        {
            ParticipantWrites.EnsureSessionOpen(caller);
            limits.Write(caller.ParticipantId);
            var storedAt = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc); // the databases keep microseconds, as a later read shows it
            var answer = new OwnAnswers(aid, [new OwnAnswer { Answer = payload, Moderation = EntryModeration.Visible, SubmittedAt = storedAt }]);
            var record = idempotent?.Answer(http, StatusCodes.Status200OK, null, answer, null, storedAt);
            var outcome = await votes.SubmitAsync(new VoteItem(sid, aid, caller.ParticipantId, record, serialized, config.AllowChange, storedAt), ct);
            return outcome switch
            {
                VoteOutcome.Stored => TypedResults.Ok(answer),
                VoteOutcome.Replayed when await idempotent!.FindAsync(db.IdempotencyRecords, ct) is { } first => TypedResults.Ok(Idempotency.ReplayBody<OwnAnswers>(http, first)),
                _ => Problems.Conflict("ALREADY_ANSWERED", "You already answered and changes are off."),
            };
        }

        var result = await writes.RunAsync(http, caller, idempotent, StatusCodes.Status200OK, async t =>
        {
            var mine = await db.Responses.Where(r => r.ActivityId == aid && r.ParticipantId == caller.ParticipantId).ToListAsync(t);
            switch (activity.Type)
            {
                case ActivityType.Wordcloud:
                    var row = mine.FirstOrDefault();
                    var words = row is null ? [] : LiveJson.Deserialize<ResponsePayload>(row.Payload).Words ?? [];
                    var added = payload.Words!.Where(w => words.All(x => x.Key != w.Key)).DistinctBy(w => w.Key).ToList();
                    if (words.Count + added.Count > config.MaxWordsPerParticipant)
                    {
                        throw new ProblemException(422, "WORD_LIMIT_REACHED", $"At most {config.MaxWordsPerParticipant} words each.");
                    }

                    var all = new ResponsePayload { Words = [.. words, .. added] };
                    if (row is null)
                    {
                        db.Responses.Add(NewResponse(caller, aid, 0, all, now, EntryModeration.Visible));
                    }
                    else
                    {
                        row.Payload = LiveJson.Serialize(all);
                    }

                    break;
                default:
                    if (mine.Count >= config.EntriesPerParticipant)
                    {
                        throw new ProblemException(422, "ENTRY_LIMIT_REACHED", $"At most {config.EntriesPerParticipant} entries each.");
                    }

                    var moderation = profanity?.Matches(payload.Text!) == true ? EntryModeration.Filtered
                        : config.Moderated ? EntryModeration.Pending : EntryModeration.Visible;
                    db.Responses.Add(NewResponse(caller, aid, mine.Count == 0 ? 0 : mine.Max(m => m.Slot) + 1, payload, now, moderation));
                    break;
            }

            await db.SaveChangesAsync(t);
            return await OwnAnswersAsync(db, aid, caller.ParticipantId, t);
        }, ct);
        return TypedResults.Ok(result);
    }

    /// <summary>The caller's word-cloud or open-text answers as stored.</summary>
    private static async Task<OwnAnswers> OwnAnswersAsync(LiveDb db, Guid activityId, Guid participantId, CancellationToken ct)
    {
        var rows = await db.Responses.AsNoTracking().Where(r => r.ActivityId == activityId && r.ParticipantId == participantId)
            .OrderBy(r => r.Slot).Select(r => new { r.Id, r.Payload, r.Moderation, r.SubmittedAt }).ToListAsync(ct);
        return new OwnAnswers(activityId,
            [.. rows.Select(r => new OwnAnswer { Id = r.Id, Answer = LiveJson.Deserialize<ResponsePayload>(r.Payload), Moderation = r.Moderation, SubmittedAt = r.SubmittedAt })]);
    }

    private static Response NewResponse(ParticipantCaller caller, Guid activityId, int slot, ResponsePayload payload, DateTime now, EntryModeration moderation) => new()
    {
        Id = Guid.CreateVersion7(),
        SessionId = caller.SessionId,
        ActivityId = activityId,
        ParticipantId = caller.ParticipantId,
        Slot = slot,
        Payload = LiveJson.Serialize(payload),
        SubmittedAt = now,
        Moderation = moderation,
    };

    private static ResponsePayload Validate(ActivityType type, ActivityConfig config, ResponseRequest request)
    {
        static ProblemException Bad(string field, string message) =>
            new(400, "VALIDATION_FAILED", message, new Dictionary<string, string[]> { [field] = [message] });

        switch (type)
        {
            case ActivityType.Poll:
                var options = config.Options?.Count ?? 0;
                var choices = request.Choices ?? throw Bad("choices", "Choose an option.");
                var max = config.Multiple ? config.MaxChoices ?? options : 1;
                if (choices.Count < 1 || choices.Count > max)
                {
                    throw Bad("choices", config.Multiple ? $"Choose 1 to {max} options." : "Choose exactly one option.");
                }

                if (choices.Distinct().Count() != choices.Count || choices.Any(c => c < 0 || c >= options))
                {
                    throw Bad("choices", "Each choice is a distinct option index.");
                }

                return new ResponsePayload { Choices = [.. choices.Order()] };
            case ActivityType.Rating:
                if (request.Rating is not { } rating || rating < config.Min || rating > config.Max)
                {
                    throw Bad("rating", $"A rating from {config.Min} to {config.Max}.");
                }

                return new ResponsePayload { Rating = rating };
            case ActivityType.Wordcloud:
                if (request.Words is not { Count: > 0 } words || words.Count > config.MaxWordsPerParticipant)
                {
                    throw Bad("words", $"Send 1 to {config.MaxWordsPerParticipant} words.");
                }

                var cleaned = new List<CloudWord>();
                foreach (var word in words)
                {
                    var text = TextRules.CleanLine(word);
                    if (text.Length == 0 || TextRules.IsPunctuationOnly(text))
                    {
                        throw Bad("words", "A word needs letters or digits.");
                    }

                    if (TextRules.Length(text) > config.MaxWordLength)
                    {
                        throw Bad("words", $"Words have at most {config.MaxWordLength} characters.");
                    }

                    cleaned.Add(new CloudWord(TextRules.WordKey(text), text));
                }

                return new ResponsePayload { Words = cleaned };
            case ActivityType.Opentext:
                var entry = TextRules.CleanMultiline(request.Text);
                if (entry.Length == 0 || TextRules.Length(entry) > config.MaxLength)
                {
                    throw Bad("text", $"Write 1 to {config.MaxLength} characters.");
                }

                return new ResponsePayload { Text = entry };
            default:
                throw new ProblemException(400, "WRONG_ACTIVITY_TYPE", "Use the quiz, question or reaction endpoint for this activity.");
        }
    }
}
