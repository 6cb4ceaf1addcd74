using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Quiz;
using Quartet.Live.Reports;

namespace Quartet.Live.Sync;

public sealed record DesiredRow(string Kind, string Id, string Audience, Guid? ScopeId, string Data);

/// <summary>What a publish recomputes besides the session and activity rows, which are always recomputed.</summary>
public sealed class ReconcileScope
{
    /// <summary>Activities whose results, questions, leaderboard and reaction totals are recomputed.</summary>
    public HashSet<Guid> Activities { get; } = [];

    /// <summary>Quizzes whose personal score rows are recomputed (after a reveal).</summary>
    public HashSet<Guid> Scores { get; } = [];

    public bool Presence { get; set; }

    /// <summary>Participants whose status rows (kick, ban, token generation) are recomputed.</summary>
    public HashSet<Guid> Participants { get; } = [];

    public static ReconcileScope ForActivity(Guid activityId)
    {
        var scope = new ReconcileScope();
        scope.Activities.Add(activityId);
        return scope;
    }

    public static ReconcileScope SessionOnly => new();
}

/// <summary>
/// Computes the published state (S3): aggregates per activity, question entities, leaderboards, presence, and the
/// per-audience variants so hidden results reach only the host. Everything is derived from the stored rows, so a
/// published aggregate always equals a fresh aggregation.
/// </summary>
public static class Projector
{
    public static async Task<List<DesiredRow>> ComputeAsync(LiveDb db, Guid sessionId, ReconcileScope scope, DateTime now, CancellationToken ct)
    {
        var rows = new List<DesiredRow>();
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        rows.Add(new DesiredRow(Kinds.Session, sessionId.ToString(), Audiences.All, null, LiveJson.Serialize(new SessionEntity(
            session.Id,
            session.Title,
            session.Description,
            session.Code,
            session.Status,
            session.Locked,
            session.Screen,
            session.CurrentActivityId,
            session.IsRehearsal,
            session.StartedAt,
            session.EndedAt))));

        var activities = await db.Activities.AsNoTracking().Where(a => a.SessionId == sessionId).OrderBy(a => a.Position).ToListAsync(ct);
        var activityIds = activities.Select(a => a.Id).ToList();
        var quizStates = (await db.QuizQuestions.AsNoTracking().Where(q => activityIds.Contains(q.ActivityId)).ToListAsync(ct))
            .ToLookup(q => q.ActivityId);
        foreach (var activity in activities)
        {
            rows.Add(new DesiredRow(Kinds.Activity, activity.Id.ToString(), Audiences.All, activity.Id,
                LiveJson.Serialize(ActivityView(activity, quizStates[activity.Id].ToList()))));
        }

        foreach (var activity in activities.Where(a => scope.Activities.Contains(a.Id) || scope.Scores.Contains(a.Id)))
        {
            await AddResultsAsync(db, activity, quizStates[activity.Id].ToList(), scope, rows, ct);
        }

        if (scope.Presence)
        {
            rows.Add(await PresenceAsync(db, sessionId, now, ct));
        }

        if (scope.Participants.Count > 0)
        {
            var ids = scope.Participants.ToList();
            var changed = await db.Participants.AsNoTracking()
                .Where(p => ids.Contains(p.Id) && (p.Status != ParticipantStatus.Active || p.TokenGeneration > 0))
                .Select(p => new { p.Id, p.Status, p.TokenGeneration })
                .ToListAsync(ct);
            rows.AddRange(changed.Select(p => new DesiredRow(Kinds.Participant, p.Id.ToString(), Audiences.Host, null,
                LiveJson.Serialize(new ParticipantStanding(p.Status, p.TokenGeneration)))));
        }

        return rows;
    }

    /// <summary>Which existing rows a scope covers: those absent from the desired set become removals.</summary>
    public static bool Covers(ReconcileScope scope, Change row) => row.Kind switch
    {
        Kinds.Session or Kinds.Activity => true,
        Kinds.Presence => scope.Presence,
        Kinds.Participant => Guid.TryParse(row.EntityId, out var id) && scope.Participants.Contains(id),
        Kinds.Me when row.EntityId.StartsWith("score:", StringComparison.Ordinal) => row.ScopeId is { } quiz && scope.Scores.Contains(quiz),
        _ => row.ScopeId is { } activity && scope.Activities.Contains(activity),
    };

    public static bool ResultsVisible(Activity activity) => activity.Type switch
    {
        ActivityType.Quiz => false,
        _ => activity.Revealed || activity.ResultsMode == ResultsMode.Live
            || (activity.ResultsMode == ResultsMode.OnClose && activity.State == ActivityState.Closed),
    };

    public static DateTime? QuestionClosesAt(QuizQuestionState state, QuizQuestionDefinition definition) =>
        state.ClosedAt ?? (state.OpenedAt is { } opened && definition.TimeLimitSeconds is { } t ? opened.AddSeconds(t) : null);

    private static ActivityEntity ActivityView(Activity activity, List<QuizQuestionState> quiz)
    {
        var config = LiveJson.Deserialize<ActivityConfig>(activity.Config);
        QuizQuestionEntity? current = null;
        if (activity.Type == ActivityType.Quiz && activity.QuizIndex >= 0 && config.Questions is { } questions && activity.QuizIndex < questions.Count)
        {
            var definition = questions[activity.QuizIndex];
            var state = quiz.FirstOrDefault(q => q.Index == activity.QuizIndex);
            var stage = state?.Stage ?? QuizStage.Hidden;
            var shown = stage != QuizStage.Hidden;
            var revealed = stage >= QuizStage.Revealed;
            current = new QuizQuestionEntity(
                Index: activity.QuizIndex,
                Stage: stage,
                Text: shown ? definition.Text : null,
                Options: shown ? definition.Options : null,
                definition.TimeLimitSeconds,
                definition.Points,
                OpenedAt: state?.OpenedAt,
                ClosesAt: state is null ? null : QuestionClosesAt(state, definition),
                Correct: revealed ? definition.Correct : null,
                Explanation: revealed ? definition.Explanation : null,
                Multiple: definition.Correct.Count > 1);
        }

        return new ActivityEntity(
            activity.Id,
            activity.Position,
            activity.Type,
            activity.Title,
            config.PublicView(activity.Type),
            activity.State,
            activity.ResultsMode,
            activity.Revealed,
            activity.TimeLimitSeconds,
            activity.CloseGraceSeconds,
            activity.Identified,
            activity.OpenedAt,
            activity.ClosesAt,
            activity.ClosedAt,
            activity.Type == ActivityType.Quiz
                ? new QuizProgress(activity.QuizIndex, config.Questions?.Count ?? 0, activity.QuizPodium, current)
                : null);
    }

    private static async Task AddResultsAsync(LiveDb db, Activity activity, List<QuizQuestionState> quiz, ReconcileScope scope, List<DesiredRow> rows, CancellationToken ct)
    {
        var config = LiveJson.Deserialize<ActivityConfig>(activity.Config);
        var id = activity.Id.ToString();
        switch (activity.Type)
        {
            case ActivityType.Qna:
                await AddQuestionsAsync(db, activity, rows, ct);
                return;
            case ActivityType.Reactions:
                var totals = await db.ReactionTotals.AsNoTracking().Where(r => r.ActivityId == activity.Id).ToListAsync(ct);
                var byEmoji = (config.Emojis ?? []).ToDictionary(e => e, e => totals.FirstOrDefault(t => t.Emoji == e)?.Total ?? 0);
                rows.Add(new DesiredRow(Kinds.Reactions, id, Audiences.All, activity.Id,
                    LiveJson.Serialize(new ReactionsView(byEmoji, await BurstAsync(db, activity.SessionId, id, byEmoji, ct)))));
                return;
            case ActivityType.Quiz:
                await AddQuizAsync(db, activity, config, quiz, scope, rows, ct);
                return;
        }

        var responses = await db.Responses.AsNoTracking().Where(r => r.ActivityId == activity.Id)
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.ParticipantId, r.Payload, r.Moderation, r.SubmittedAt })
            .ToListAsync(ct);
        var respondents = responses.Select(r => r.ParticipantId).Distinct().Count();
        ResultsEntity full;
        ResultsEntity? publicFull = null;
        switch (activity.Type)
        {
            case ActivityType.Poll:
                {
                    var options = config.Options?.Count ?? 0;
                    var counts = new int[options];
                    foreach (var r in responses)
                    {
                        foreach (var choice in LiveJson.Deserialize<ResponsePayload>(r.Payload).Choices ?? [])
                        {
                            if (choice >= 0 && choice < options)
                            {
                                counts[choice]++;
                            }
                        }
                    }

                    full = new PollResults(
                        respondents,
                        responses.Count,
                        counts,
                        counts.Select(c => respondents == 0 ? 0 : Math.Round(100.0 * c / respondents, 1)).ToArray());
                    break;
                }

            case ActivityType.Rating:
                {
                    var values = responses.Select(r => LiveJson.Deserialize<ResponsePayload>(r.Payload).Rating ?? config.Min).Order().ToList();
                    var counts = Enumerable.Range(config.Min, config.Max - config.Min + 1).Select(v => values.Count(x => x == v)).ToArray();
                    double? median = values.Count == 0 ? null
                        : values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2.0;
                    full = new RatingResults(
                        respondents,
                        responses.Count,
                        config.Min,
                        config.Max,
                        counts,
                        values.Count == 0 ? null : Math.Round(values.Average(), 2, MidpointRounding.AwayFromZero),
                        median);
                    break;
                }

            case ActivityType.Wordcloud:
                {
                    var words = new Dictionary<string, (string Text, int Count)>();
                    foreach (var r in responses)
                    {
                        foreach (var word in LiveJson.Deserialize<ResponsePayload>(r.Payload).Words ?? [])
                        {
                            words[word.Key] = words.TryGetValue(word.Key, out var seen) ? (seen.Text, seen.Count + 1) : (word.Text, 1);
                        }
                    }

                    full = new WordcloudResults(
                        respondents,
                        responses.Count,
                        words.Count,
                        words.OrderByDescending(w => w.Value.Count).ThenBy(w => w.Key, StringComparer.Ordinal).Take(100)
                            .Select(w => new WordCount(w.Value.Text, w.Value.Count)).ToList());
                    break;
                }

            default:
                {
                    var entries = responses.Select(r => new OpentextEntry(
                        r.Id,
                        LiveJson.Deserialize<ResponsePayload>(r.Payload).Text,
                        r.Moderation,
                        r.SubmittedAt)).ToList();
                    full = new OpentextResults(
                        respondents,
                        responses.Count,
                        entries.Count(e => e.Moderation is EntryModeration.Pending or EntryModeration.Filtered),
                        entries.OrderByDescending(e => e.SubmittedAt).ThenByDescending(e => e.Id).Take(50).ToList());
                    var visible = entries.Where(e => e.Moderation == EntryModeration.Visible).ToList();
                    publicFull = new PublicOpentextResults(
                        respondents,
                        responses.Count,
                        visible.OrderByDescending(e => e.SubmittedAt).ThenByDescending(e => e.Id).Take(50)
                            .Select(e => new PublicOpentextEntry(e.Id, e.Text, e.SubmittedAt)).ToList());
                    break;
                }
        }

        rows.Add(new DesiredRow(Kinds.Results, id, Audiences.Host, activity.Id, LiveJson.Serialize(full)));
        var publicData = ResultsVisible(activity)
            ? LiveJson.Serialize(publicFull ?? full)
            : LiveJson.Serialize(new HiddenResults(Hidden: true, respondents, responses.Count));
        rows.Add(new DesiredRow(Kinds.Results, id, Audiences.Public, activity.Id, publicData));
    }

    private static async Task AddQuestionsAsync(LiveDb db, Activity activity, List<DesiredRow> rows, CancellationToken ct)
    {
        var questions = await (from q in db.Questions.AsNoTracking().Where(q => q.ActivityId == activity.Id)
                               join p in db.Participants.AsNoTracking() on q.AuthorParticipantId equals p.Id into authors
                               from p in authors.DefaultIfEmpty()
                               select new { Question = q, Nickname = p == null ? null : p.Nickname }).ToListAsync(ct);
        foreach (var (q, nickname) in questions.Select(x => (x.Question, x.Nickname)))
        {
            var data = LiveJson.Serialize(new QuestionEntity(
                q.Id,
                q.ActivityId,
                q.Text,
                Author: q.Anonymous ? null : nickname,
                q.Anonymous,
                q.State,
                q.Pinned,
                q.VoteCount,
                q.Edited,
                q.CreatedAt,
                q.AnsweredAt));
            rows.Add(new DesiredRow(Kinds.Question, q.Id.ToString(), Audiences.Host, activity.Id, data));
            if (q.State is QuestionState.Visible or QuestionState.Answered)
            {
                rows.Add(new DesiredRow(Kinds.Question, q.Id.ToString(), Audiences.Public, activity.Id, data));
            }

            rows.Add(new DesiredRow(Kinds.Me, "question:" + q.Id, Audiences.Participant(q.AuthorParticipantId), activity.Id,
                LiveJson.Serialize(new AskedQuestionEntity(q.Id, q.ActivityId, q.Text, q.State, q.Anonymous))));
        }

        var counts = Enum.GetValues<QuestionState>().ToDictionary(s => s, s => questions.Count(x => x.Question.State == s));
        rows.Add(new DesiredRow(Kinds.Results, activity.Id.ToString(), Audiences.All, activity.Id, LiveJson.Serialize(new QnaResults(counts, questions.Count))));
    }

    private static async Task AddQuizAsync(
        LiveDb db, Activity activity, ActivityConfig config, List<QuizQuestionState> quiz, ReconcileScope scope, List<DesiredRow> rows, CancellationToken ct)
    {
        var questions = config.Questions ?? [];
        var answers = await db.Responses.AsNoTracking().Where(r => r.ActivityId == activity.Id)
            .Select(r => new { r.ParticipantId, r.QuestionIndex, r.Payload, r.Correct, r.Points, r.ElapsedMs })
            .ToListAsync(ct);
        var stages = quiz.ToDictionary(q => q.Index, q => q.Stage);
        var revealedIndexes = stages.Where(s => s.Value >= QuizStage.Revealed).Select(s => s.Key).ToHashSet();

        foreach (var state in quiz.Where(q => q.Stage >= QuizStage.Open))
        {
            var definition = questions[state.Index];
            var forQuestion = answers.Where(a => a.QuestionIndex == state.Index).ToList();
            var counts = new int[definition.Options.Count];
            foreach (var a in forQuestion)
            {
                foreach (var c in LiveJson.Deserialize<ResponsePayload>(a.Payload).Choices ?? [])
                {
                    if (c >= 0 && c < counts.Length)
                    {
                        counts[c]++;
                    }
                }
            }

            var id = $"{activity.Id}:{state.Index}";
            var full = LiveJson.Serialize(new QuizQuestionResults(state.Index, forQuestion.Count, forQuestion.Count(a => a.Correct == true), counts));
            rows.Add(new DesiredRow(Kinds.Results, id, Audiences.Host, activity.Id, full));
            rows.Add(new DesiredRow(Kinds.Results, id, Audiences.Public, activity.Id, state.Stage >= QuizStage.Revealed
                ? full
                : LiveJson.Serialize(new HiddenQuizQuestionResults(state.Index, Hidden: true, forQuestion.Count))));
        }

        var nicknames = await db.Participants.AsNoTracking().Where(p => p.SessionId == activity.SessionId)
            .Join(db.Responses.Where(r => r.ActivityId == activity.Id).Select(r => r.ParticipantId).Distinct(), p => p.Id, id => id, (p, _) => new { p.Id, p.Nickname })
            .ToDictionaryAsync(p => p.Id, p => p.Nickname, ct);

        List<PlayerScore> Scores(Func<int, bool> include) => QuizScoring.Rank(answers.Where(a => include(a.QuestionIndex)).GroupBy(a => a.ParticipantId)
            .Select(g => new PlayerScore(
                g.Key,
                g.Sum(a => a.Points ?? 0),
                g.Count(a => a.Correct == true),
                g.Count(),
                g.Where(a => a.Correct == true).Sum(a => (long)(a.ElapsedMs ?? 0)))));

        var live = Scores(_ => true);
        rows.Add(new DesiredRow(Kinds.Leaderboard, activity.Id.ToString(), Audiences.Host, activity.Id, LiveJson.Serialize(new HostLeaderboard(
            live.Count,
            [.. live.Take(100).Select(s => new HostLeaderboardPlace(s.Rank, nicknames.GetValueOrDefault(s.ParticipantId), s.Score, s.CorrectCount, s.AnsweredCount))]))));

        var revealed = Scores(revealedIndexes.Contains);
        var currentStage = activity.QuizIndex >= 0 ? stages.GetValueOrDefault(activity.QuizIndex) : QuizStage.Hidden;
        if (activity.QuizPodium || currentStage == QuizStage.Leaderboard)
        {
            rows.Add(new DesiredRow(Kinds.Leaderboard, activity.Id.ToString(), Audiences.Public, activity.Id, LiveJson.Serialize(new PublicLeaderboard(
                activity.QuizPodium,
                revealed.Count,
                [.. revealed.Take(activity.QuizPodium ? 3 : 10).Select(s => new PodiumPlace(s.Rank, nicknames.GetValueOrDefault(s.ParticipantId), s.Score, s.CorrectCount))]))));
        }

        if (scope.Scores.Contains(activity.Id))
        {
            var lastRevealed = revealedIndexes.Count == 0 ? -1 : revealedIndexes.Max();
            foreach (var s in revealed)
            {
                var last = answers.FirstOrDefault(a => a.ParticipantId == s.ParticipantId && a.QuestionIndex == lastRevealed);
                rows.Add(new DesiredRow(Kinds.Me, "score:" + activity.Id, Audiences.Participant(s.ParticipantId), activity.Id, LiveJson.Serialize(new QuizScoreEntity(
                    activity.Id,
                    s.Score,
                    s.Rank,
                    s.CorrectCount,
                    s.AnsweredCount,
                    revealed.Count,
                    new LastRevealedAnswer(lastRevealed, Answered: last is not null, Correct: last?.Correct ?? false, Points: last?.Points ?? 0)))));
            }
        }
    }

    /// <summary>
    /// The taps of the latest 500 ms window that had any (§4.3): the totals minus the previously published totals. When
    /// the totals did not move, the previous burst is kept, so a republish (or recompute) of unchanged totals changes
    /// nothing; the version that carried the burst says when it happened.
    /// </summary>
    private static async Task<Dictionary<string, long>> BurstAsync(LiveDb db, Guid sessionId, string entityId, Dictionary<string, long> totals, CancellationToken ct)
    {
        var previous = await db.Changes.AsNoTracking()
            .Where(c => c.SessionId == sessionId && c.Kind == Kinds.Reactions && c.EntityId == entityId && c.Audience == Audiences.All && !c.Removed)
            .Select(c => c.Data).FirstOrDefaultAsync(ct);
        var before = previous is null ? null : LiveJson.Deserialize<ReactionsView>(previous);
        if (before is not null && before.Totals.Count == totals.Count && totals.All(t => before.Totals.GetValueOrDefault(t.Key) == t.Value))
        {
            return before.Burst ?? [];
        }

        return totals.ToDictionary(t => t.Key, t => Math.Max(0, t.Value - (before?.Totals.GetValueOrDefault(t.Key) ?? 0)));
    }

    private static async Task<DesiredRow> PresenceAsync(LiveDb db, Guid sessionId, DateTime now, CancellationToken ct)
    {
        var onlineSince = now.AddSeconds(-30);
        var idleSince = now.AddMinutes(-2);
        var counts = await db.Participants.AsNoTracking().Where(p => p.SessionId == sessionId && p.Status == ParticipantStatus.Active)
            .GroupBy(_ => 1)
            .Select(g => new { Joined = g.Count(), Online = g.Count(p => p.LastSeenAt >= onlineSince), Idle = g.Count(p => p.LastSeenAt < onlineSince && p.LastSeenAt >= idleSince) })
            .FirstOrDefaultAsync(ct);
        // Peak online (E1) is the one piece of presence history kept: the highest count any presence publish saw, carried
        // forward in the published row itself (every 5 s at most), so it costs no table and no per-participant record.
        var entityId = sessionId.ToString();
        var previous = await db.Changes.AsNoTracking()
            .Where(c => c.SessionId == sessionId && c.Kind == Kinds.Presence && c.EntityId == entityId && c.Audience == Audiences.All && !c.Removed)
            .Select(c => c.Data).FirstOrDefaultAsync(ct);
        var online = counts?.Online ?? 0;
        var peak = Math.Max(online, previous is null ? 0 : LiveJson.Deserialize<PresenceCounts>(previous).PeakOnline);
        return new DesiredRow(Kinds.Presence, entityId, Audiences.All, null,
            LiveJson.Serialize(new PresenceCounts(counts?.Joined ?? 0, online, counts?.Idle ?? 0, peak)));
    }
}

/// <summary>The published presence entity (J8): counts now, plus the highest online count seen while live.</summary>
public sealed record PresenceCounts(int Joined, int Online, int Idle, int PeakOnline);

/// <summary>The published reactions entity: per-emoji totals and the taps of the latest window that had any.</summary>
public sealed record ReactionsView(Dictionary<string, long> Totals, Dictionary<string, long>? Burst);
