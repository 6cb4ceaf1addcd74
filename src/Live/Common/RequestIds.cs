using Quartet.Live.Participants;
using Quartet.Platform.Http;

namespace Quartet.Live.Common;

/// <summary>
/// Live's wire form of the platform's idempotency key: participants send a body <c>requestId</c> (1–64 characters)
/// instead of an <c>Idempotency-Key</c> header, and it is scoped like one — to the participant (the record's user) and
/// the operation, with the fingerprint of the request's canonical form. The answer is stored in live's
/// <c>idempotency_records</c>, so a replay answers the first answer byte for byte and a reused requestId with another
/// request is 422 <c>IDEMPOTENCY_KEY_REUSED</c>.
/// </summary>
public static class RequestIds
{
    public const int MaxLength = 64;

    public const string SubmitResponse = "live.responses.submit";

    public const string AnswerQuiz = "live.quiz.answer";

    public const string AskQuestion = "live.questions.ask";

    /// <summary>The scoped key of a participant write, or null when the request has no requestId; a malformed one is 400.</summary>
    public static IdempotentRequest? Scope(string? requestId, ParticipantCaller caller, string operation, string canonicalRequest)
    {
        if (requestId is null)
        {
            return null;
        }

        if (requestId.Length is < 1 or > MaxLength)
        {
            throw new ProblemException(400, "BAD_REQUEST_ID", $"requestId has 1 to {MaxLength} characters.");
        }

        return Idempotency.Scope(requestId, caller.ParticipantId, operation, canonicalRequest);
    }
}
