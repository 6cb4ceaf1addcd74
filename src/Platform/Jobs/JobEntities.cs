namespace Quartet.Platform.Jobs;

/// <summary>A time-limited claim on a job name: whoever holds an unexpired lease runs the job.</summary>
public sealed class JobLease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime AcquiredAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}

public sealed class JobRun
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public Guid Id { get; set; }

    public required string Job { get; set; }

    public required string Holder { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary><c>running</c>, <c>succeeded</c> or <c>failed</c>.</summary>
    public required string Status { get; set; }

    public string? Summary { get; set; }

    public string? Error { get; set; }
}
