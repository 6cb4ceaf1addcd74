namespace Quartet.Live.Quiz;

public sealed record PlayerScore(Guid ParticipantId, int Score, int CorrectCount, int AnsweredCount, long TotalElapsedMs)
{
    public int Rank { get; init; }
}

/// <summary>Quiz rules Q3–Q5: server-timed elapsed, points with speed bonus, ranking with shared ranks.</summary>
public static class QuizScoring
{
    public static int ElapsedMs(DateTime openedAt, DateTime receivedAt, int? timeLimitSeconds)
    {
        var elapsed = (long)(receivedAt - openedAt).TotalMilliseconds;
        var max = timeLimitSeconds is { } t ? t * 1000L : int.MaxValue;
        return (int)Math.Clamp(elapsed, 0, max);
    }

    public static int Points(bool correct, int points, int? timeLimitSeconds, bool speedBonus, int elapsedMs)
    {
        if (!correct)
        {
            return 0;
        }

        if (timeLimitSeconds is not { } t || !speedBonus)
        {
            return points;
        }

        var fraction = Math.Clamp(elapsedMs / (t * 1000.0), 0, 1);
        return (int)Math.Floor((points * (1 - (0.5 * fraction))) + 0.5);
    }

    public static bool IsCorrect(IReadOnlyCollection<int> chosen, IReadOnlyCollection<int> correct) =>
        chosen.Count == correct.Count && chosen.All(correct.Contains);

    /// <summary>Score desc, correct count desc, total elapsed asc; full ties share a rank (1, 1, 3).</summary>
    public static List<PlayerScore> Rank(IEnumerable<PlayerScore> scores)
    {
        var ordered = scores.OrderByDescending(s => s.Score).ThenByDescending(s => s.CorrectCount).ThenBy(s => s.TotalElapsedMs)
            .ThenBy(s => s.ParticipantId).ToList();
        var ranked = new List<PlayerScore>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var s = ordered[i];
            var tiedWithPrevious = i > 0 && ordered[i - 1] is var p && p.Score == s.Score && p.CorrectCount == s.CorrectCount && p.TotalElapsedMs == s.TotalElapsedMs;
            ranked.Add(s with { Rank = tiedWithPrevious ? ranked[i - 1].Rank : i + 1 });
        }

        return ranked;
    }
}
