using System.Text.Json.Serialization;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Audit;

/// <summary>Something unusual about an audited figure: far from its prior 30 days, or changed by more than 200% since the previous period.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ZScoreFinding), ZScoreFinding.Kind)]
[JsonDerivedType(typeof(PeriodChangeFinding), PeriodChangeFinding.Kind)]
public abstract record AuditAnomaly
{
    public static List<AuditAnomaly> Of(decimal? value, decimal? previousValue, ZScoreAnomaly? zScore, decimal? compared)
    {
        var found = new List<AuditAnomaly>();
        if (zScore is not null)
        {
            found.Add(new ZScoreFinding(zScore.Mean, zScore.StdDev, zScore.Z, zScore.Days, compared));
        }

        if (previousValue is > 0 && value is not null && Math.Abs((value.Value - previousValue.Value) / previousValue.Value) > 2)
        {
            found.Add(new PeriodChangeFinding(previousValue, value));
        }

        return found;
    }
}

/// <summary>The figure (per open day for downtime) is far from its daily values over the prior 30 days.</summary>
public sealed record ZScoreFinding(decimal Mean, decimal StdDev, decimal Z, int Days, decimal? Current) : AuditAnomaly
{
    public const string Kind = "z_score_vs_prior_30_days";
}

/// <summary>The figure changed by more than 200% against the previous period of equal length.</summary>
public sealed record PeriodChangeFinding(decimal? Previous, decimal? Current) : AuditAnomaly
{
    public const string Kind = "change_vs_previous_period";
}
