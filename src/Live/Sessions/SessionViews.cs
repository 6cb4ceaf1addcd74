using Quartet.Live.Activities;
using Quartet.Live.Data;

namespace Quartet.Live.Sessions;

public sealed record SessionSummaryView(Guid Id, string Title, string Code, SessionStatus Status, bool Locked, bool IsRehearsal, int ActivityCount, DateTime CreatedAt, DateTime? StartedAt, DateTime? EndedAt);

public sealed record ActivityDefinitionView(
    Guid Id, int Position, ActivityType Type, string Title, ActivityConfig Config, ActivityState State, ResultsMode ResultsMode, bool Revealed,
    int? TimeLimitSeconds, int CloseGraceSeconds, bool Identified, int Revision, int QuizIndex, bool QuizPodium, bool HasResponses);

public sealed record SessionView(
    Guid Id, string Title, string Description, string Code, string DisplayCode, SessionStatus Status, bool Locked, Guid? CurrentActivityId,
    SessionScreen Screen, int MaxParticipants, int JoinRatePerSecond, bool ProfanityFilter, IReadOnlyList<string> ExtraBlockedWords,
    long Version, int Revision, bool IsRehearsal, DateTime CreatedAt, DateTime? StartedAt, DateTime? EndedAt, IReadOnlyList<ActivityDefinitionView> Activities)
{
    public static SessionView From(LiveSession s, IEnumerable<Activity> activities, ISet<Guid> withResponses) => new(
        s.Id, s.Title, s.Description, s.Code, JoinCodes.Display(s.Code), s.Status, s.Locked, s.CurrentActivityId, s.Screen, s.MaxParticipants,
        s.JoinRatePerSecond, s.ProfanityFilter, LiveJson.Deserialize<List<string>>(s.ExtraBlockedWords), s.Version, s.Revision, s.IsRehearsal,
        s.CreatedAt, s.StartedAt, s.EndedAt,
        [.. activities.OrderBy(a => a.Position).Select(a => new ActivityDefinitionView(
            a.Id, a.Position, a.Type, a.Title, LiveJson.Deserialize<ActivityConfig>(a.Config), a.State, a.ResultsMode, a.Revealed, a.TimeLimitSeconds,
            a.CloseGraceSeconds, a.Identified, a.Revision, a.QuizIndex, a.QuizPodium, withResponses.Contains(a.Id)))]);
}
