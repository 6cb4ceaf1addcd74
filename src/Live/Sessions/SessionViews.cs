using Microsoft.EntityFrameworkCore;
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

    /// <summary>The session's definition with its activities, each marked when it has answers or questions.</summary>
    public static async Task<SessionView> LoadAsync(LiveDb db, LiveSession session, CancellationToken ct)
    {
        var activities = await db.Activities.AsNoTracking().Where(a => a.SessionId == session.Id).ToListAsync(ct);
        var ids = activities.Select(a => a.Id).ToList();
        var withResponses = (await db.Responses.Where(r => ids.Contains(r.ActivityId)).Select(r => r.ActivityId).Distinct().ToListAsync(ct))
            .Concat(await db.Questions.Where(q => ids.Contains(q.ActivityId)).Select(q => q.ActivityId).Distinct().ToListAsync(ct))
            .ToHashSet();
        return From(session, activities, withResponses);
    }
}

/// <summary>A session's public state after an owner action (start, end, lock, code, navigation, rehearsal).</summary>
public sealed record SessionStateView(
    Guid Id, string Code, string DisplayCode, SessionStatus Status, bool Locked, SessionScreen Screen, Guid? CurrentActivityId, long Version)
{
    public static SessionStateView From(LiveSession s) => new(s.Id, s.Code, JoinCodes.Display(s.Code), s.Status, s.Locked, s.Screen, s.CurrentActivityId, s.Version);
}
