using Quartet.Live.Data;

namespace Quartet.Live.Activities;

/// <summary>An activity as the host edits and runs it, with its revision (the ETag of edits) and run state.</summary>
public sealed record ActivityView(
    Guid Id, int Position, ActivityType Type, string Title, ActivityConfig Config, ActivityState State, ResultsMode ResultsMode, bool Revealed,
    int? TimeLimitSeconds, int CloseGraceSeconds, bool Identified, int Revision, int QuizIndex, bool QuizPodium, DateTime? OpenedAt, DateTime? ClosesAt,
    DateTime? ClosedAt)
{
    public static ActivityView From(Activity a) => new(
        a.Id, a.Position, a.Type, a.Title, LiveJson.Deserialize<ActivityConfig>(a.Config), a.State, a.ResultsMode, a.Revealed, a.TimeLimitSeconds,
        a.CloseGraceSeconds, a.Identified, a.Revision, a.QuizIndex, a.QuizPodium, a.OpenedAt, a.ClosesAt, a.ClosedAt);
}
