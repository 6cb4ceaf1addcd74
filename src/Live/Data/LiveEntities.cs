namespace Quartet.Live.Data;

public enum SessionStatus
{
    Draft,
    Live,
    Ended,
}

public enum SessionScreen
{
    Lobby,
    Activity,
    End,
}

public enum ActivityType
{
    Poll,
    Wordcloud,
    Rating,
    Opentext,
    Qna,
    Quiz,
    Reactions,
}

public enum ActivityState
{
    Pending,
    Open,
    Closed,
}

public enum ResultsMode
{
    Live,
    OnClose,
    OnReveal,
}

public enum QuizStage
{
    Hidden,
    Shown,
    Open,
    Closed,
    Revealed,
    Leaderboard,
}

public enum ParticipantStatus
{
    Active,
    Kicked,
    Banned,
}

public enum EntryModeration
{
    Visible,
    Pending,
    Filtered,
    Hidden,
}

public enum QuestionState
{
    Pending,
    Filtered,
    Visible,
    Answered,
    Hidden,
    Dismissed,
    Withdrawn,
}

public sealed class LiveSession
{
    public Guid Id { get; set; }

    public Guid HostUserId { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public required string Code { get; set; }

    public SessionStatus Status { get; set; }

    public bool Locked { get; set; }

    public Guid? CurrentActivityId { get; set; }

    public SessionScreen Screen { get; set; }

    public int MaxParticipants { get; set; } = 1000;

    public int JoinRatePerSecond { get; set; } = 500;

    public bool ProfanityFilter { get; set; } = true;

    /// <summary>JSON array of extra blocked words.</summary>
    public string ExtraBlockedWords { get; set; } = "[]";

    public required string PresenterKeyHash { get; set; }

    /// <summary>Sync cursor: bumped by every published change set.</summary>
    public long Version { get; set; }

    /// <summary>Deltas can be served only from this version on; older cursors get a full snapshot.</summary>
    public long DeltaFloor { get; set; }

    /// <summary>Definition revision, the ETag of edits with If-Match.</summary>
    public int Revision { get; set; }

    public bool IsRehearsal { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public DateTime LastActionAt { get; set; }
}

public sealed class Activity
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public int Position { get; set; }

    public ActivityType Type { get; set; }

    public required string Title { get; set; }

    /// <summary>Typed configuration serialized as JSON (see <see cref="Activities.ActivityConfig"/>).</summary>
    public required string Config { get; set; }

    public ActivityState State { get; set; }

    public ResultsMode ResultsMode { get; set; }

    public bool Revealed { get; set; }

    public int? TimeLimitSeconds { get; set; }

    public int CloseGraceSeconds { get; set; }

    public bool Identified { get; set; }

    public int Revision { get; set; }

    /// <summary>Quiz only: the question the quiz is on, -1 before the first.</summary>
    public int QuizIndex { get; set; } = -1;

    /// <summary>Quiz only: true once the podium is shown after the last question.</summary>
    public bool QuizPodium { get; set; }

    public DateTime? OpenedAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    public DateTime? ClosedAt { get; set; }
}

public sealed class QuizQuestionState
{
    public Guid ActivityId { get; set; }

    public int Index { get; set; }

    public QuizStage Stage { get; set; }

    public DateTime? OpenedAt { get; set; }

    /// <summary>When the timer closes the question (null: untimed or not open).</summary>
    public DateTime? DeadlineAt { get; set; }

    public DateTime? ClosedAt { get; set; }
}

public sealed class Participant
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public required string Nickname { get; set; }

    public required string NicknameKey { get; set; }

    public ParticipantStatus Status { get; set; }

    public int TokenGeneration { get; set; }

    public required string RecoveryCodeHash { get; set; }

    public bool IsBot { get; set; }

    public DateTime JoinedAt { get; set; }

    public DateTime LastSeenAt { get; set; }
}

public sealed class Response
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid ActivityId { get; set; }

    public Guid ParticipantId { get; set; }

    public int QuestionIndex { get; set; }

    /// <summary>0 for one-row-per-participant types; the entry number for open text.</summary>
    public int Slot { get; set; }

    /// <summary>JSON payload: choices, rating, words or text.</summary>
    public required string Payload { get; set; }

    public DateTime SubmittedAt { get; set; }

    public int? ElapsedMs { get; set; }

    public bool? Correct { get; set; }

    public int? Points { get; set; }

    public EntryModeration Moderation { get; set; }
}

/// <summary>A participant write already applied, so a replayed requestId changes nothing.</summary>
public sealed class Question
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid ActivityId { get; set; }

    public Guid AuthorParticipantId { get; set; }

    public bool Anonymous { get; set; }

    public required string Text { get; set; }

    public bool Edited { get; set; }

    public QuestionState State { get; set; }

    public bool Pinned { get; set; }

    public int VoteCount { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? AnsweredAt { get; set; }
}

public sealed class QuestionVote
{
    public Guid QuestionId { get; set; }

    public Guid ParticipantId { get; set; }
}

public sealed class ReactionTotal
{
    public Guid ActivityId { get; set; }

    public required string Emoji { get; set; }

    public long Total { get; set; }
}

public sealed class Ban
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid ParticipantId { get; set; }

    public required string NicknameKey { get; set; }

    public string Reason { get; set; } = "";

    public Guid CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// The latest published state of one entity for one audience, stamped with the version that last changed it.
/// A delta since N is every row above N; a snapshot is every row that is not removed.
/// </summary>
public sealed class Change
{
    public Guid SessionId { get; set; }

    public required string Kind { get; set; }

    public required string EntityId { get; set; }

    public required string Audience { get; set; }

    /// <summary>The activity the entity belongs to, when it belongs to one.</summary>
    public Guid? ScopeId { get; set; }

    public long Version { get; set; }

    public bool Removed { get; set; }

    public string? Data { get; set; }

    public DateTime ChangedAt { get; set; }
}

public sealed class PublisherLease
{
    public Guid SessionId { get; set; }

    public required string InstanceId { get; set; }

    public long FencingToken { get; set; }

    public DateTime LeaseUntil { get; set; }

    /// <summary>On MySQL: writes other instances took for the session since the holder last read them (see PublisherLeases).</summary>
    public long SignalledWrites { get; set; }
}

public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid ActorUserId { get; set; }

    public required string Action { get; set; }

    public string? Detail { get; set; }

    public DateTime At { get; set; }
}
