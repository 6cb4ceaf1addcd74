using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Quartet.Live.Data;
using Quartet.Live.Reports;

namespace Quartet.Live.Sync;

/// <summary>
/// The body of a sync answer and of each stream <c>sync</c> event (S4, S9), written from memory by
/// <see cref="SessionState.Build"/>: the entities changed since the cursor (a full snapshot when <see cref="Full"/>) and
/// the ones removed. A contract test reads real answers of every kind and proves they match these records exactly.
/// </summary>
public sealed record SyncMessage(
    Guid SessionId, long Version, bool Full, IReadOnlyList<SyncChange> Changes, IReadOnlyList<SyncRemoval> Removed, DateTime ServerTime, int PollAfterMs);

/// <summary>An entity that left the viewer's state (deleted, hidden or no longer in the viewer's audience).</summary>
public sealed record SyncRemoval(SyncKind Kind, string Id);

/// <summary>The entity kinds carried by sync (<see cref="Kinds"/>).</summary>
public enum SyncKind
{
    Session,
    Activity,
    Results,
    Question,
    Leaderboard,
    Presence,
    Reactions,
    Me,
    Participant,
}

/// <summary>One changed entity: its kind says which shape <c>data</c> has.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(SessionChange), Kinds.Session)]
[JsonDerivedType(typeof(ActivityChange), Kinds.Activity)]
[JsonDerivedType(typeof(ResultsChange), Kinds.Results)]
[JsonDerivedType(typeof(QuestionChange), Kinds.Question)]
[JsonDerivedType(typeof(LeaderboardChange), Kinds.Leaderboard)]
[JsonDerivedType(typeof(PresenceChange), Kinds.Presence)]
[JsonDerivedType(typeof(ReactionsChange), Kinds.Reactions)]
[JsonDerivedType(typeof(MeChange), Kinds.Me)]
[JsonDerivedType(typeof(ParticipantChange), Kinds.Participant)]
public abstract record SyncChange(string Id);

/// <summary>The session (id = the session id).</summary>
public sealed record SessionChange(string Id, SessionEntity Data) : SyncChange(Id);

/// <summary>An activity of the session (id = the activity id).</summary>
public sealed record ActivityChange(string Id, ActivityEntity Data) : SyncChange(Id);

/// <summary>An activity's results (id = the activity id; a quiz question's is <c>{activityId}:{index}</c>).</summary>
public sealed record ResultsChange(string Id, ResultsEntity Data) : SyncChange(Id);

/// <summary>A Q&amp;A question (id = the question id).</summary>
public sealed record QuestionChange(string Id, QuestionEntity Data) : SyncChange(Id);

/// <summary>A quiz's leaderboard (id = the activity id).</summary>
public sealed record LeaderboardChange(string Id, LeaderboardEntity Data) : SyncChange(Id);

/// <summary>The session's presence counts (id = the session id).</summary>
public sealed record PresenceChange(string Id, PresenceCounts Data) : SyncChange(Id);

/// <summary>A reactions activity's totals (id = the activity id).</summary>
public sealed record ReactionsChange(string Id, ReactionsView Data) : SyncChange(Id);

/// <summary>What only this participant sees (id = <c>question:{id}</c> or <c>score:{activityId}</c>).</summary>
public sealed record MeChange(string Id, MeEntity Data) : SyncChange(Id);

/// <summary>A participant removed or re-issued a token (host only; id = the participant id).</summary>
public sealed record ParticipantChange(string Id, ParticipantStanding Data) : SyncChange(Id);

public sealed record SessionEntity(
    Guid Id,
    string Title,
    string Description,
    string Code,
    SessionStatus Status,
    bool Locked,
    SessionScreen Screen,
    Guid? CurrentActivityId,
    bool IsRehearsal,
    DateTime? StartedAt,
    DateTime? EndedAt);

public sealed record ActivityEntity(
    Guid Id,
    int Position,
    ActivityType Type,
    string Title,
    ActivitySettings Config,
    ActivityState State,
    ResultsMode ResultsMode,
    bool Revealed,
    int? TimeLimitSeconds,
    int CloseGraceSeconds,
    bool Identified,
    DateTime? OpenedAt,
    DateTime? ClosesAt,
    DateTime? ClosedAt,
    QuizProgress? Quiz);

/// <summary>Where a quiz is: the current question (-1 before the first), how many there are, and whether the podium shows.</summary>
public sealed record QuizProgress(int QuizIndex, int QuestionCount, bool QuizPodium, QuizQuestionEntity? Question);

/// <summary>The current quiz question as participants see it: text and options once shown, the answer once revealed.</summary>
public sealed record QuizQuestionEntity(
    int Index,
    QuizStage Stage,
    string? Text,
    IReadOnlyList<string>? Options,
    int? TimeLimitSeconds,
    int Points,
    DateTime? OpenedAt,
    DateTime? ClosesAt,
    IReadOnlyList<int>? Correct,
    string? Explanation,
    bool Multiple);

/// <summary>The public part of an activity's configuration: one shape per activity type.</summary>
[JsonDerivedType(typeof(PollSettings))]
[JsonDerivedType(typeof(WordcloudSettings))]
[JsonDerivedType(typeof(RatingSettings))]
[JsonDerivedType(typeof(OpentextSettings))]
[JsonDerivedType(typeof(QnaSettings))]
[JsonDerivedType(typeof(QuizSettings))]
[JsonDerivedType(typeof(ReactionsSettings))]
public abstract record ActivitySettings;

public sealed record PollSettings(IReadOnlyList<string>? Options, bool Multiple, int? MaxChoices, bool AllowChange) : ActivitySettings;

public sealed record WordcloudSettings(int MaxWordsPerParticipant, int MaxWordLength) : ActivitySettings;

public sealed record RatingSettings(int Min, int Max, string? MinLabel, string? MaxLabel, bool AllowChange) : ActivitySettings;

public sealed record OpentextSettings(int MaxLength, int EntriesPerParticipant, bool Moderated) : ActivitySettings;

public sealed record QnaSettings(int MaxLength, bool AnonymousAllowed, bool PreModeration, int MaxQuestionsPerParticipant, string Sort) : ActivitySettings;

public sealed record QuizSettings(int QuestionCount) : ActivitySettings;

public sealed record ReactionsSettings(IReadOnlyList<string>? Emojis) : ActivitySettings;

/// <summary>An activity's (or a quiz question's) results: one shape per activity type, or hidden from the audience.</summary>
[JsonDerivedType(typeof(PollResults))]
[JsonDerivedType(typeof(RatingResults))]
[JsonDerivedType(typeof(WordcloudResults))]
[JsonDerivedType(typeof(OpentextResults))]
[JsonDerivedType(typeof(PublicOpentextResults))]
[JsonDerivedType(typeof(HiddenResults))]
[JsonDerivedType(typeof(QnaResults))]
[JsonDerivedType(typeof(QuizQuestionResults))]
[JsonDerivedType(typeof(HiddenQuizQuestionResults))]
public abstract record ResultsEntity;

/// <summary>Choices per option (counts and percent of respondents, in option order).</summary>
public sealed record PollResults(int Respondents, int Responses, IReadOnlyList<int> Counts, IReadOnlyList<double> Percents) : ResultsEntity;

/// <summary>Ratings per value from <c>min</c> to <c>max</c>, with mean and median (null before the first rating).</summary>
public sealed record RatingResults(int Respondents, int Responses, int Min, int Max, IReadOnlyList<int> Counts, double? Mean, double? Median) : ResultsEntity;

/// <summary>The 100 most given words, biggest first.</summary>
public sealed record WordcloudResults(int Respondents, int Responses, int Distinct, IReadOnlyList<WordCount> Words) : ResultsEntity;

/// <summary>The host's view of open-text entries: the latest 50 with their moderation state, and how many wait for it.</summary>
public sealed record OpentextResults(int Respondents, int Responses, int Pending, IReadOnlyList<OpentextEntry> Entries) : ResultsEntity;

public sealed record OpentextEntry(Guid Id, string? Text, EntryModeration Moderation, DateTime SubmittedAt);

/// <summary>The audience's view of open-text entries: the latest 50 visible ones.</summary>
public sealed record PublicOpentextResults(int Respondents, int Responses, IReadOnlyList<PublicOpentextEntry> Entries) : ResultsEntity;

public sealed record PublicOpentextEntry(Guid Id, string? Text, DateTime SubmittedAt);

/// <summary>Results the audience may not see yet: only how many answered.</summary>
public sealed record HiddenResults(bool Hidden, int Respondents, int Responses) : ResultsEntity;

/// <summary>How many Q&amp;A questions are in each state.</summary>
public sealed record QnaResults(IReadOnlyDictionary<QuestionState, int> Counts, int Total) : ResultsEntity;

/// <summary>A quiz question's answers per option and how many were right.</summary>
public sealed record QuizQuestionResults(int Index, int Answered, int CorrectCount, IReadOnlyList<int> Counts) : ResultsEntity;

/// <summary>A quiz question before its reveal, for the audience: only how many answered.</summary>
public sealed record HiddenQuizQuestionResults(int Index, bool Hidden, int Answered) : ResultsEntity;

public sealed record QuestionEntity(
    Guid Id,
    Guid ActivityId,
    string Text,
    string? Author,
    bool Anonymous,
    QuestionState State,
    bool Pinned,
    int VoteCount,
    bool Edited,
    DateTime CreatedAt,
    DateTime? AnsweredAt);

/// <summary>A quiz's ranking: the host's (top 100, live) or the audience's (top 10, or the podium's 3, revealed questions only).</summary>
[JsonDerivedType(typeof(HostLeaderboard))]
[JsonDerivedType(typeof(PublicLeaderboard))]
public abstract record LeaderboardEntity;

public sealed record HostLeaderboard(int Players, IReadOnlyList<HostLeaderboardPlace> Top) : LeaderboardEntity;

public sealed record HostLeaderboardPlace(int Rank, string? Nickname, int Score, int CorrectCount, int AnsweredCount);

public sealed record PublicLeaderboard(bool Podium, int Players, IReadOnlyList<PodiumPlace> Top) : LeaderboardEntity;

/// <summary>What one participant alone sees: a question they asked, or their quiz score after a reveal.</summary>
[JsonDerivedType(typeof(AskedQuestionEntity))]
[JsonDerivedType(typeof(QuizScoreEntity))]
public abstract record MeEntity;

public sealed record AskedQuestionEntity(Guid Id, Guid ActivityId, string Text, QuestionState State, bool Anonymous) : MeEntity;

public sealed record QuizScoreEntity(Guid ActivityId, int Score, int Rank, int CorrectCount, int AnsweredCount, int Players, LastRevealedAnswer Last) : MeEntity;

/// <summary>The participant's answer to the last revealed question (index -1 before any reveal).</summary>
public sealed record LastRevealedAnswer(int Index, bool Answered, bool Correct, int Points);

/// <summary>A participant's standing: removed (kicked, banned) or with a newer token generation, which ends older tokens.</summary>
public sealed record ParticipantStanding(ParticipantStatus Status, int TokenGeneration);

/// <summary>The sync and stream endpoints write the body themselves (from memory); these declare it for the OpenAPI documents.</summary>
public static class SyncEndpointContracts
{
    /// <summary>200 with the changes since the cursor (<see cref="SyncMessage"/>), 304 when nothing changed (If-None-Match).</summary>
    public static RouteHandlerBuilder WithSyncResponses(this RouteHandlerBuilder builder) =>
        builder.Produces<SyncMessage>(StatusCodes.Status200OK).Produces(StatusCodes.Status304NotModified);

    /// <summary>
    /// 200 with a text/event-stream whose <c>sync</c> events carry a <see cref="SyncMessage"/> each (besides <c>removed</c>,
    /// <c>reconnect</c> and pings); 503 when the server holds too many streams.
    /// </summary>
    public static RouteHandlerBuilder WithStreamResponses(this RouteHandlerBuilder builder) =>
        builder.Produces<SyncMessage>(StatusCodes.Status200OK, "text/event-stream").ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
