namespace Quartet.Parks.Domain;

/// <summary>
/// The shame score and the rounding rules of spec §4.5, written once. A and B are integer weighted minutes; rounding
/// happens only here, in decimal, half away from zero.
/// </summary>
public static class ShameFormula
{
    public const int FormulaVersion = 1;

    /// <summary>Weight of a ride by tier: 3 / 2 / 1 for tiers 1 / 2 / 3, and 2 when unclassified.</summary>
    public static int Weight(int? tier) => tier switch
    {
        1 => 3,
        3 => 1,
        _ => 2,
    };

    /// <summary>null when nothing was observed (A = 0); otherwise min(10, round1(10 · B / A)).</summary>
    public static decimal? Score(long capacityWMin, long downWMin)
    {
        if (capacityWMin <= 0)
        {
            return null;
        }

        return Math.Min(10m, Round1(Unrounded(capacityWMin, downWMin)!.Value));
    }

    public static decimal? Unrounded(long capacityWMin, long downWMin) =>
        capacityWMin <= 0 ? null : 10m * downWMin / capacityWMin;

    public static decimal Round1(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static decimal Hours(long minutes) => Round2(minutes / 60m);

    /// <summary>round1(100 · (1 − down / observed)); null when nothing was observed.</summary>
    public static decimal? UptimePct(long downMin, long observedMin) =>
        observedMin <= 0 ? null : Round1(100m * (1m - ((decimal)downMin / observedMin)));

    /// <summary>Share of the park's shame that one ride causes: round2(10 · w · downMin / A).</summary>
    public static decimal? Contribution(int weight, long downMin, long capacityWMin) =>
        capacityWMin <= 0 ? null : Round2(10m * weight * downMin / capacityWMin);

    public static int? AverageWait(long waitSum, long waitCount) =>
        waitCount <= 0 ? null : (int)Math.Round((decimal)waitSum / waitCount, MidpointRounding.AwayFromZero);

    public static decimal? TrendPct(decimal? current, decimal? previous) =>
        current is null || previous is null or 0 ? null : Round1(100m * (current.Value - previous.Value) / previous.Value);

    /// <summary>Band of a rounded score: clean, low, medium, high or critical.</summary>
    public static string? Band(decimal? score) => score switch
    {
        null => null,
        0m => "clean",
        < 0.5m => "low",
        < 1.0m => "medium",
        < 2.0m => "high",
        _ => "critical",
    };

    public static bool IsDown(RideStatus status, StatusModel model) =>
        status == RideStatus.Down || (model == StatusModel.DownOrClosed && status == RideStatus.Closed);

    /// <summary>Evidence that a ride was scheduled to run: OPERATING anywhere; DOWN too at a DownOnly park.</summary>
    public static bool IsOperatedEvidence(RideStatus status, StatusModel model) =>
        status == RideStatus.Operating || (model == StatusModel.DownOnly && status == RideStatus.Down);

    public const string Text =
        "Shame = 10 × B / A, where A = Σ weight × minutes observed while the park is open and " +
        "B = Σ weight × minutes down, over the attractions that operated that day (weights: tier 1 = 3, tier 2 = 2, tier 3 = 1, unclassified = 2). " +
        "null when A = 0; capped at 10; rounded once to one decimal, half away from zero.";
}
