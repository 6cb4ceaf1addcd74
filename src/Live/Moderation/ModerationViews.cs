using Quartet.Live.Data;

namespace Quartet.Live.Moderation;

/// <summary>A Q&amp;A question in the host's moderation list; the author's nickname only when the question is not anonymous.</summary>
public sealed record ModeratedQuestionView(
    Guid Id, string Text, QuestionState State, bool Pinned, int VoteCount, bool Anonymous, bool Edited, DateTime CreatedAt, string? Author);

/// <summary>A question after a moderation decision.</summary>
public sealed record QuestionDecisionView(Guid Id, QuestionState State, bool Pinned, string Text, bool Edited, int VoteCount);

/// <summary>An open-text entry in the host's moderation list.</summary>
public sealed record ModeratedEntryView(Guid Id, string? Text, EntryModeration Moderation, DateTime SubmittedAt);

/// <summary>An open-text entry after a moderation decision.</summary>
public sealed record EntryDecisionView(Guid Id, EntryModeration Moderation);

/// <summary>A participant in the host's drawer; presence is <c>online</c> (seen in the last 30 s), <c>idle</c> (2 min) or <c>gone</c>.</summary>
public sealed record SessionParticipantView(Guid Id, string Nickname, ParticipantStatus Status, DateTime JoinedAt, string Presence);

/// <summary>A ban of a session: the banned participant and nickname, why and when.</summary>
public sealed record BanView(Guid Id, Guid ParticipantId, string? Nickname, string Reason, DateTime CreatedAt);
