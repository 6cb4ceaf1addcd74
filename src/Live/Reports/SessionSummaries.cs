using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Sync;

namespace Quartet.Live.Reports;

/// <param name="Headline">Per type: top option, top 10 words, mean rating, question counts, reaction totals or the quiz's top 3.</param>
public sealed record ActivitySummary(Guid Id, string Title, ActivityType Type, int Respondents, int Responses, double ParticipationPercent, ActivityHeadline? Headline);

/// <param name="Final">False while the session is live (the summary is partial).</param>
/// <param name="PeakOnline">The highest online count published while live (sampled at each presence publish, ≤ every 5 s).</param>
public sealed record SessionSummary(Guid SessionId, string Title, SessionStatus Status, bool Final, int ParticipantsJoined, int Online, int PeakOnline, IReadOnlyList<ActivitySummary> Activities);

/// <summary>An activity's headline result: one shape per activity type (open text has none).</summary>
[JsonDerivedType(typeof(PollHeadline))]
[JsonDerivedType(typeof(WordcloudHeadline))]
[JsonDerivedType(typeof(RatingHeadline))]
[JsonDerivedType(typeof(QnaHeadline))]
[JsonDerivedType(typeof(ReactionsHeadline))]
[JsonDerivedType(typeof(QuizHeadline))]
public abstract record ActivityHeadline;

/// <summary>A poll's most chosen option.</summary>
public sealed record PollHeadline(string? TopOption, int TopCount, double? TopPercent) : ActivityHeadline;

/// <summary>A word cloud's ten biggest words.</summary>
public sealed record WordcloudHeadline(IReadOnlyList<WordCount> TopWords) : ActivityHeadline;

public sealed record WordCount(string Text, int Count);

/// <summary>A rating's mean and median.</summary>
public sealed record RatingHeadline(double? Mean, double? Median) : ActivityHeadline;

/// <summary>How a Q&amp;A's questions ended up.</summary>
public sealed record QnaHeadline(int Asked, int Answered, int Dismissed, int Pending) : ActivityHeadline;

/// <summary>A reactions activity's taps per emoji.</summary>
public sealed record ReactionsHeadline(Dictionary<string, long> Totals) : ActivityHeadline;

/// <summary>A quiz's top three and the average score.</summary>
public sealed record QuizHeadline(IReadOnlyList<PodiumPlace> Top, double? AverageScore) : ActivityHeadline;

public sealed record PodiumPlace(int Rank, string? Nickname, int Score, int CorrectCount);

/// <summary>
/// The session summary (E1) for the owner or a platform admin, partial while live; headlines come from the published
/// aggregates, which stay after participant data is purged (P2).
/// </summary>
public static class SessionSummaries
{
    public static async Task<SessionSummary> SummarizeAsync(LiveDb db, LiveSession session, CancellationToken ct)
    {
        // In a rehearsal the bots are the audience; otherwise bots (bench-seed) are not people.
        var joined = await db.Participants.CountAsync(p => p.SessionId == session.Id && p.Status != ParticipantStatus.Kicked && (!p.IsBot || session.IsRehearsal), ct);
        var activities = await db.Activities.AsNoTracking().Where(a => a.SessionId == session.Id).OrderBy(a => a.Position).ToListAsync(ct);
        var responses = await db.Responses.AsNoTracking().Where(r => r.SessionId == session.Id)
            .GroupBy(r => r.ActivityId).Select(g => new { g.Key, Responses = g.Count(), Respondents = g.Select(r => r.ParticipantId).Distinct().Count() })
            .ToListAsync(ct);
        var questions = await db.Questions.AsNoTracking().Where(q => q.SessionId == session.Id)
            .GroupBy(q => q.ActivityId).Select(g => new { g.Key, Responses = g.Count(), Respondents = g.Select(q => q.AuthorParticipantId).Distinct().Count() })
            .ToListAsync(ct);

        // Headlines come from the published aggregates, which stay after participant data is purged (P2).
        var published = await db.Changes.AsNoTracking()
            .Where(c => c.SessionId == session.Id && !c.Removed && (c.Audience == Audiences.Host || c.Audience == Audiences.All)
                && (c.Kind == Kinds.Results || c.Kind == Kinds.Reactions || c.Kind == Kinds.Leaderboard || c.Kind == Kinds.Presence))
            .Select(c => new { c.Kind, c.EntityId, c.Data }).ToListAsync(ct);
        JsonNode? Published(string kind, string entityId) =>
            published.FirstOrDefault(c => c.Kind == kind && c.EntityId == entityId)?.Data is { } data ? JsonNode.Parse(data) : null;
        var averageScores = await db.Responses.AsNoTracking().Where(r => r.SessionId == session.Id && r.Points != null)
            .GroupBy(r => new { r.ActivityId, r.ParticipantId }).Select(g => new { g.Key.ActivityId, Score = g.Sum(r => r.Points ?? 0) })
            .ToListAsync(ct);

        var presence = Published(Kinds.Presence, session.Id.ToString());
        return new SessionSummary(session.Id, session.Title, session.Status, session.Status == SessionStatus.Ended, joined,
            presence?["online"]?.GetValue<int>() ?? 0,
            presence?["peakOnline"]?.GetValue<int>() ?? 0,
            [.. activities.Select(a =>
            {
                var r = responses.FirstOrDefault(x => x.Key == a.Id) ?? questions.FirstOrDefault(x => x.Key == a.Id);
                var respondents = r?.Respondents ?? 0;
                var id = a.Id.ToString();
                var scores = averageScores.Where(x => x.ActivityId == a.Id).Select(x => x.Score).ToList();
                var headline = Headline(a, a.Type == ActivityType.Reactions ? Published(Kinds.Reactions, id) : Published(Kinds.Results, id),
                    Published(Kinds.Leaderboard, id), scores.Count == 0 ? null : Math.Round(scores.Average(), 1, MidpointRounding.AwayFromZero));
                return new ActivitySummary(a.Id, a.Title, a.Type, respondents, r?.Responses ?? 0,
                    joined == 0 ? 0 : Math.Round(100.0 * respondents / joined, 1, MidpointRounding.AwayFromZero), headline);
            })]);
    }

    private static ActivityHeadline? Headline(Activity activity, JsonNode? results, JsonNode? leaderboard, double? averageScore)
    {
        switch (activity.Type)
        {
            case ActivityType.Poll when results is not null && results["counts"] is JsonArray counts && counts.Count > 0:
                var values = counts.Select(c => c!.GetValue<int>()).ToList();
                var top = values.IndexOf(values.Max());
                var options = LiveJson.Deserialize<ActivityConfig>(activity.Config).Options ?? [];
                return new PollHeadline(top < options.Count ? options[top] : null, values[top], results["percents"]?[top]?.GetValue<double>());
            case ActivityType.Wordcloud when results is not null && results["words"] is JsonArray words:
                return new WordcloudHeadline([.. words.Take(10).Select(w => new WordCount(w!["text"]!.GetValue<string>(), w["count"]!.GetValue<int>()))]);
            case ActivityType.Rating when results is not null:
                return new RatingHeadline(results["mean"]?.GetValue<double?>(), results["median"]?.GetValue<double?>());
            case ActivityType.Qna when results is not null && results["counts"] is JsonObject states:
                int State(string name) => states.FirstOrDefault(s => string.Equals(s.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.GetValue<int>() ?? 0;
                return new QnaHeadline(results["total"]?.GetValue<int>() ?? 0, State("answered"), State("dismissed"), State("pending") + State("filtered"));
            case ActivityType.Reactions when results is not null && results["totals"] is JsonObject totals:
                return new ReactionsHeadline(totals.ToDictionary(t => t.Key, t => t.Value!.GetValue<long>()));
            case ActivityType.Quiz:
                return new QuizHeadline(
                    [.. (leaderboard?["top"] as JsonArray ?? []).Take(3).Select(p => new PodiumPlace(
                        p!["rank"]!.GetValue<int>(), p["nickname"]?.GetValue<string>(), p["score"]!.GetValue<int>(), p["correctCount"]!.GetValue<int>()))],
                    averageScore);
            default:
                return null;
        }
    }
}
