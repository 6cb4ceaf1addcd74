using System.Text.Json.Serialization;
using Quartet.Live.Activities;
using Quartet.Live.Data;

namespace Quartet.Live.Responses;

/// <summary>The caller's answers to one activity: the answer to a first submission and to its replay alike.</summary>
public sealed record OwnAnswers(Guid ActivityId, IReadOnlyList<OwnAnswer> Answers);

/// <summary>
/// One answer row of the caller. Poll and rating answers (one per participant, upserted in batches) carry no
/// <see cref="Id"/>; word-cloud and open-text rows do, so the schema lists it as optional.
/// </summary>
public sealed record OwnAnswer
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? Id { get; init; }

    public required ResponsePayload Answer { get; init; }

    public required EntryModeration Moderation { get; init; }

    public required DateTime SubmittedAt { get; init; }
}
