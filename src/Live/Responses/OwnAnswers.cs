using System.Text.Json.Serialization;
using Quartet.Live.Activities;
using Quartet.Live.Data;

namespace Quartet.Live.Responses;

/// <summary>The caller's answers to one activity: the answer to a first submission and to its replay alike.</summary>
public sealed record OwnAnswers(Guid ActivityId, IReadOnlyList<OwnAnswer> Answers);

/// <summary>
/// One answer row of the caller. Poll and rating answers (one per participant, upserted in batches) carry no
/// <see cref="Id"/>; word-cloud and open-text rows do.
/// </summary>
public sealed record OwnAnswer(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Id,
    ResponsePayload Answer,
    EntryModeration Moderation,
    DateTime SubmittedAt);
