namespace Quartet.Parks.Domain;

public sealed record ZScoreAnomaly(decimal Mean, decimal StdDev, decimal Z, int Days);

/// <summary>The audit trace's anomaly checks: a value far outside the entity's own recent history.</summary>
public static class Anomalies
{
    public const double Threshold = 3;

    /// <summary>Fewer days than this give no stable spread, so no z-score is reported.</summary>
    public const int MinHistoryDays = 7;

    /// <summary>|value − mean| / population standard deviation of the prior days, when above 3; null otherwise or when history is short or flat.</summary>
    public static ZScoreAnomaly? ZScore(IReadOnlyCollection<decimal> history, decimal? value)
    {
        if (value is null || history.Count < MinHistoryDays)
        {
            return null;
        }

        var values = history.Select(h => (double)h).ToList();
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
        if (sd == 0)
        {
            return null;
        }

        var z = ((double)value.Value - mean) / sd;
        return Math.Abs(z) > Threshold
            ? new ZScoreAnomaly(Math.Round((decimal)mean, 2, MidpointRounding.AwayFromZero), Math.Round((decimal)sd, 2, MidpointRounding.AwayFromZero),
                Math.Round((decimal)z, 2, MidpointRounding.AwayFromZero), values.Count)
            : null;
    }
}
