namespace Quartet.Parks;

/// <summary>The <c>Parks</c> configuration section (spec §4.10).</summary>
public sealed class ParksOptions
{
    public const string Section = "Parks";

    public string ReportingTimeZone { get; set; } = "America/Los_Angeles";

    public DayOfWeek WeekStartsOn { get; set; } = DayOfWeek.Sunday;

    public int LiveMaxAgeMinutes { get; set; } = 30;

    public CollectionOptions Collection { get; set; } = new();

    public SourcesOptions Sources { get; set; } = new();

    public StaleOptions Stale { get; set; } = new();

    public ScheduleOptions Schedule { get; set; } = new();

    public DiscoveryOptions Discovery { get; set; } = new();

    public OperatedOptions Operated { get; set; } = new();

    public RetentionOptions Retention { get; set; } = new();

    public AggregateOptions Aggregate { get; set; } = new();

    /// <summary>Who may frame /embed/parks is the platform's Quartet:Security:Framing rule for that path (see EmbedSettings).</summary>
    public RateLimitSettings RateLimit { get; set; } = new();

    public WaitOptions Wait { get; set; } = new();

    public CacheOptions Cache { get; set; } = new();
}

public sealed class CollectionOptions
{
    public int IntervalMinutes { get; set; } = 10;

    public int MaxParallelParks { get; set; } = 8;

    public int RunDeadlineSeconds { get; set; } = 300;

    public RetryOptions Retry { get; set; } = new();
}

public sealed class RetryOptions
{
    public int Tries { get; set; } = 3;

    public double FirstDelaySeconds { get; set; } = 2;

    public double MaxRetryAfterSeconds { get; set; } = 30;
}

public sealed class SourcesOptions
{
    public SourceOptions Tpw { get; set; } = new() { BaseUrl = "https://api.themeparks.wiki/v1", TimeoutSeconds = 15 };

    public SourceOptions Qt { get; set; } = new() { BaseUrl = "https://queue-times.com", TimeoutSeconds = 10 };

    public string UserAgent { get; set; } = "QuartetHallOfShame/1.0 (+https://github.com/quartet)";
}

public sealed class SourceOptions
{
    public string BaseUrl { get; set; } = "";

    public double TimeoutSeconds { get; set; } = 10;
}

public sealed class StaleOptions
{
    public int TpwMinutes { get; set; } = 60;

    public int QtMinutes { get; set; } = 30;
}

public sealed class ScheduleOptions
{
    public List<string> OpenTypes { get; set; } = ["OPERATING"];

    public int RefreshPerRun { get; set; } = 10;

    public int DaysAhead { get; set; } = 30;
}

public sealed class DiscoveryOptions
{
    public List<string> Countries { get; set; } = ["US"];

    public double ParkThreshold { get; set; } = 0.70;

    /// <summary>Two parks whose sources both give coordinates further apart than this are never linked automatically.</summary>
    public double MaxParkDistanceKm { get; set; } = 10;

    public double RideThreshold { get; set; } = 0.80;

    public int InactiveAfterDays { get; set; } = 14;
}

public sealed class OperatedOptions
{
    public int MinSlots { get; set; } = 1;
}

public sealed class RetentionOptions
{
    public int RawDays { get; set; } = 30;
}

public sealed class AggregateOptions
{
    public int FinalizeGraceMinutes { get; set; } = 30;
}

public sealed class RateLimitSettings
{
    /// <summary>Requests per client IP per minute on the public endpoints.</summary>
    public int PerMinute { get; set; } = 120;

    /// <summary>Requests per client IP per minute on the audit trace.</summary>
    public int AuditPerMinute { get; set; } = 20;
}

public sealed class WaitOptions
{
    public int MaxMinutes { get; set; } = 600;
}

public sealed class CacheOptions
{
    /// <summary>Serve repeated public GETs from memory while the data version is unchanged (benchmarks switch it off).</summary>
    public bool Enabled { get; set; } = true;

    public int Entries { get; set; } = 1000;
}
