namespace Quartet.Live;

/// <summary>The <c>Live</c> configuration section; defaults follow the specification.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>How often the publisher folds participant writes into a version (250–2,000 ms).</summary>
    public int PublishIntervalMs { get; set; } = 500;

    /// <summary>How often the change listener polls the database when no notification woke it.</summary>
    public int ListenerIntervalMs { get; set; } = 250;

    /// <summary>
    /// How often the publisher also looks at every live session nobody signalled (500–60,000 ms): the fallback for a
    /// lost cross-instance write signal, and how the sessions of a dead lease holder are taken over.
    /// </summary>
    public int SweepIntervalMs { get; set; } = 2000;

    public int PollAfterMs { get; set; } = 2000;

    public int MaxLiveSessionsPerHost { get; set; } = 3;

    public int WritesPerWindow { get; set; } = 10;

    public int WriteWindowSeconds { get; set; } = 10;

    public int SyncBurst { get; set; } = 10;

    public double SyncRefillPerSecond { get; set; } = 1;

    public int JoinsPerIpPerMinute { get; set; } = 300;

    public int FailedLookupsPerIpPerMinute { get; set; } = 20;

    /// <summary>Networks (CIDR) exempt from per-IP join limits, e.g. a venue behind one NAT.</summary>
    public List<string> JoinExemptNetworks { get; set; } = [];

    public int MaxHeldConnections { get; set; } = 25_000;

    public int QuizNetworkGraceMs { get; set; } = 500;

    public double AutoEndIdleHours { get; set; } = 12;

    /// <summary>Versions of history kept for deltas; older cursors get a full snapshot.</summary>
    public int RetentionVersions { get; set; } = 2000;

    public int RetentionMinutes { get; set; } = 10;

    public int ParticipantDataRetentionDays { get; set; } = 30;

    /// <summary>Extra words for the profanity filter, one a line (optional file).</summary>
    public string? BlockedWordsFile { get; set; }

    public int StreamMinutes { get; set; } = 15;
}
