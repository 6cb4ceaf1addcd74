namespace Quartet.Parks.Data;

public static class Spans
{
    public const string Week = "week";
    public const string Month = "month";
}

/// <summary>
/// A park's day rows summed over one calendar week (configured week start) or month; rebuilt from the day rows
/// whenever one of its days is written, so it always equals the sum over its days.
/// </summary>
public sealed class ParkPeriodStat
{
    public required string Span { get; set; }

    public DateOnly PeriodStart { get; set; }

    public Guid ParkId { get; set; }

    public int Days { get; set; }

    public long CapacityWMin { get; set; }

    public long DownWMin { get; set; }

    public long DownMin { get; set; }

    public long ObservedMin { get; set; }

    /// <summary>The largest daily R(p, D) in the span (the period figure shows the largest day).</summary>
    public int MaxCountedRides { get; set; }

    public int Incidents { get; set; }

    public long WaitSum { get; set; }

    public int WaitCount { get; set; }

    public int? WaitMax { get; set; }

    public int MaxRidesReporting { get; set; }

    public int OpenMin { get; set; }

    public int MaxRidesWithDowntime { get; set; }

    public int FallbackMin { get; set; }

    public int StaleSlots { get; set; }
}

/// <summary>A ride's day rows summed over one week or month; the counted sums cover only days the ride was in R(p, D).</summary>
public sealed class RidePeriodStat
{
    public required string Span { get; set; }

    public DateOnly PeriodStart { get; set; }

    public Guid RideId { get; set; }

    public Guid ParkId { get; set; }

    public int Days { get; set; }

    public int CountedDays { get; set; }

    public long CountedDownMin { get; set; }

    public long CountedObservedMin { get; set; }

    public int CountedIncidents { get; set; }

    public int LongestOutageMin { get; set; }

    public long WaitSum { get; set; }

    public int WaitCount { get; set; }

    public int? WaitMax { get; set; }
}
