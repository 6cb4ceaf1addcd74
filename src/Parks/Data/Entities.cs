using Quartet.Parks.Domain;

namespace Quartet.Parks.Data;

/// <summary>A park or ride known to ThemeParks.wiki and/or Queue-Times by these ids.</summary>
public interface ISourceLinked
{
    string? TpwId { get; set; }

    int? QtId { get; set; }
}

public sealed class Park : ISourceLinked
{
    public Guid Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string Brand { get; set; } = Brands.Other;

    public StatusModel StatusModel { get; set; }

    public string Country { get; set; } = "US";

    public string? City { get; set; }

    public string? Region { get; set; }

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    public string TimeZone { get; set; } = "America/Los_Angeles";

    public string? TpwId { get; set; }

    public int? QtId { get; set; }

    public bool IsActive { get; set; } = true;

    public DateOnly? MissingSince { get; set; }

    public DateTime? ScheduleFetchedAt { get; set; }

    public int Version { get; set; }
}

public sealed class Ride : ISourceLinked
{
    public Guid Id { get; set; }

    public Guid ParkId { get; set; }

    public required string Name { get; set; }

    public string? Land { get; set; }

    public string Category { get; set; } = RideCategories.Attraction;

    public int? Tier { get; set; }

    public string TierSource { get; set; } = "none";

    public string? TpwId { get; set; }

    public int? QtId { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime? LastOperatedAt { get; set; }

    public DateOnly? MissingSince { get; set; }

    public int Version { get; set; }
}

public sealed class ParkSchedule
{
    public Guid Id { get; set; }

    public Guid ParkId { get; set; }

    public DateOnly LocalDate { get; set; }

    public required string Type { get; set; }

    public DateTime OpensAt { get; set; }

    public DateTime ClosesAt { get; set; }

    public required string Origin { get; set; }

    public DateTime FetchedAt { get; set; }
}

/// <summary>One run of a parks job (the spec's JobRun; the platform keeps its own generic run log too).</summary>
public sealed class CollectionRun
{
    public Guid Id { get; set; }

    public required string Kind { get; set; }

    public string Trigger { get; set; } = "cron";

    public DateTime? SlotAt { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public required string Status { get; set; }

    public int ParksOk { get; set; }

    public int ParksFallback { get; set; }

    public int ParksFailed { get; set; }

    public int ParksSkipped { get; set; }

    public int RidesSeen { get; set; }

    public int SnapshotsWritten { get; set; }

    public int IssuesRaised { get; set; }

    public string? ErrorSummary { get; set; }
}

public sealed class CollectionParkResult
{
    public Guid RunId { get; set; }

    public Guid ParkId { get; set; }

    public required string Outcome { get; set; }

    public string? SourceUsed { get; set; }

    public int Attempts { get; set; }

    public int DurationMs { get; set; }

    public int? HttpStatus { get; set; }

    public string? ErrorCode { get; set; }
}

public sealed class ParkSnapshot
{
    public Guid ParkId { get; set; }

    public DateTime SlotAt { get; set; }

    public Guid RunId { get; set; }

    public DateTime FetchedAt { get; set; }

    public required string Source { get; set; }

    public int IntervalMinutes { get; set; }

    public bool ParkOpen { get; set; }

    public int Operating { get; set; }

    public int Down { get; set; }

    public int Closed { get; set; }

    public int Refurbishment { get; set; }

    public int Unknown { get; set; }

    public int LiveA { get; set; }

    public int LiveB { get; set; }

    public int? AvgWait { get; set; }

    public int? MaxWait { get; set; }
}

public sealed class RideSnapshot
{
    public Guid RideId { get; set; }

    public DateTime SlotAt { get; set; }

    public Guid ParkId { get; set; }

    public RideStatus Status { get; set; }

    public string? ReportedStatus { get; set; }

    public int? WaitMinutes { get; set; }

    public DateTime? UpstreamUpdatedAt { get; set; }

    public required string Source { get; set; }

    public int IntervalMinutes { get; set; }

    /// <summary>Served by the park's secondary source because the primary failed.</summary>
    public bool Fallback { get; set; }

    /// <summary>The upstream timestamp was older than the stale threshold (status forced to UNKNOWN).</summary>
    public bool Stale { get; set; }
}

public sealed class RideCurrentState
{
    public Guid RideId { get; set; }

    public Guid ParkId { get; set; }

    public DateTime SlotAt { get; set; }

    public RideStatus Status { get; set; }

    public int? WaitMinutes { get; set; }

    public DateTime Since { get; set; }

    public DateTime? DownSince { get; set; }

    /// <summary>In R(p, today) at the latest slot.</summary>
    public bool Counted { get; set; }

    /// <summary>A counted down slot now (part of the live shame numerator).</summary>
    public bool CountedDown { get; set; }
}

public sealed class ParkCurrentState
{
    public Guid ParkId { get; set; }

    public DateTime SlotAt { get; set; }

    public bool Open { get; set; }

    public int LiveA { get; set; }

    public int LiveB { get; set; }

    public required string Source { get; set; }

    public bool Stale { get; set; }

    public int? AvgWait { get; set; }

    public int? MaxWait { get; set; }

    public int RidesReporting { get; set; }
}

/// <summary>Minutes of one ride in one bucket (hour or park-day), regardless of the operated test.</summary>
/// <summary>A roll-up row of one local date (hour or day).</summary>
public interface IDayRow
{
    DateOnly LocalDate { get; }
}

public abstract class RideStatBase : IDayRow
{
    public Guid RideId { get; set; }

    public Guid ParkId { get; set; }

    public DateOnly LocalDate { get; set; }

    public int Weight { get; set; }

    public int ObservedMin { get; set; }

    public int OperatingMin { get; set; }

    public int DownMin { get; set; }

    public int ClosedMin { get; set; }

    public int RefurbMin { get; set; }

    public int UnknownMin { get; set; }

    public int FallbackMin { get; set; }

    public int OperatedEvidence { get; set; }

    public int DownRunStarts { get; set; }

    public int WaitSum { get; set; }

    public int WaitCount { get; set; }

    public int? WaitMax { get; set; }

    public int FormulaVersion { get; set; } = ShameFormula.FormulaVersion;
}

public sealed class RideHourStat : RideStatBase
{
    public DateTime HourStart { get; set; }
}

public sealed class RideDayStat : RideStatBase
{
    public bool Operated { get; set; }

    public DateTime? FirstOperatedAt { get; set; }

    public int LongestOutageMin { get; set; }

    /// <summary>Why the ride is not in R(p, D); null when counted.</summary>
    public string? ExclusionReason { get; set; }

    public bool IsFinal { get; set; }
}

/// <summary>A park's composed figures for one bucket: A = CapacityWMin, B = DownWMin over R(p, D).</summary>
public abstract class ParkStatBase : IDayRow
{
    public Guid ParkId { get; set; }

    public DateOnly LocalDate { get; set; }

    public int OpenMin { get; set; }

    public int CountedRides { get; set; }

    public int CountedWeight { get; set; }

    public long CapacityWMin { get; set; }

    public long DownWMin { get; set; }

    public int DownMin { get; set; }

    public int ObservedMin { get; set; }

    public int RidesWithDowntime { get; set; }

    public int Incidents { get; set; }

    public long WaitSum { get; set; }

    public int WaitCount { get; set; }

    public int? WaitMax { get; set; }

    public int RidesReporting { get; set; }

    public int FallbackMin { get; set; }

    public int StaleSlots { get; set; }

    public bool IsFinal { get; set; }

    public int FormulaVersion { get; set; } = ShameFormula.FormulaVersion;
}

public sealed class ParkHourStat : ParkStatBase
{
    public DateTime HourStart { get; set; }
}

public sealed class ParkDayStat : ParkStatBase
{
}

public sealed class DowntimeEvent
{
    public Guid Id { get; set; }

    public Guid RideId { get; set; }

    public Guid ParkId { get; set; }

    public DateOnly LocalDate { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>null while the outage is still going on today.</summary>
    public DateTime? EndedAt { get; set; }

    public int DownMinutes { get; set; }

    /// <summary>recovered, park_closed, day_end, data_gap; null while ongoing.</summary>
    public string? EndReason { get; set; }
}

public sealed class DataQualityIssue
{
    public Guid Id { get; set; }

    public required string Type { get; set; }

    public required string Source { get; set; }

    public Guid? ParkId { get; set; }

    public Guid? RideId { get; set; }

    public string? ExternalId { get; set; }

    /// <summary>(type, source, park, ride, externalId) while open, null once resolved: at most one open issue per key.</summary>
    public string? OpenKey { get; set; }

    public DateTime FirstSeenAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    public int Occurrences { get; set; }

    public int? MaxAgeMinutes { get; set; }

    public string? Details { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }
}

/// <summary>Single row: what the public data looks like now; any change bumps a part and so every ETag.</summary>
public sealed class DataVersion
{
    public int Id { get; set; }

    public Guid? LastRunId { get; set; }

    public long RollupRevision { get; set; }

    public long CatalogueRevision { get; set; }

    /// <summary>The week start the week/month roll-ups were built with; null until they are built (readers then sum days).</summary>
    public int? PeriodWeekStart { get; set; }

    public string Token => $"{LastRunId:N}.{RollupRevision}.{CatalogueRevision}";
}
