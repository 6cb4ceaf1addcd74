using Quartet.Parks.Domain;

namespace Quartet.Parks.Sources;

public sealed record NormalisedRide(RideStatus Status, string? ReportedStatus, int? WaitMinutes, bool Stale, int? AgeMinutes, IReadOnlyList<string> Issues);

/// <summary>Status mapping, stale rule and wait rule of spec §4.1, for both sources.</summary>
public static class LiveMapping
{
    public const string StaleData = "STALE_DATA";
    public const string InvalidStatus = "INVALID_STATUS";
    public const string InvalidWait = "INVALID_WAIT";

    public static NormalisedRide Normalise(string source, UpstreamLiveRide ride, DateTime fetchedAt, StaleOptions stale, int maxWait)
    {
        var issues = new List<string>();
        RideStatus status;
        string? reported;
        if (source == SourceNames.ThemeParksWiki)
        {
            reported = ride.Status;
            var parsed = StatusNames.Parse(ride.Status);
            if (parsed is null)
            {
                issues.Add(InvalidStatus);
            }

            status = parsed ?? RideStatus.Unknown;
        }
        else
        {
            status = ride.IsOpen == true || ride.WaitMinutes > 0 ? RideStatus.Operating : RideStatus.Closed;
            reported = ride.IsOpen == true ? "open" : "closed";
        }

        var wait = ride.WaitMinutes;
        if (wait < 0)
        {
            wait = null;
        }
        else if (wait > maxWait)
        {
            wait = null;
            issues.Add(InvalidWait);
        }

        var threshold = source == SourceNames.ThemeParksWiki ? stale.TpwMinutes : stale.QtMinutes;
        int? age = ride.LastUpdated is { } updated ? (int)Math.Floor((fetchedAt - updated).TotalMinutes) : null;
        var isStale = ride.LastUpdated is { } last && fetchedAt - last > TimeSpan.FromMinutes(threshold);
        if (isStale)
        {
            status = RideStatus.Unknown;
            wait = null;
            issues.Add(StaleData);
        }

        if (status != RideStatus.Operating)
        {
            wait = null;
        }

        var keepReported = reported is not null && !string.Equals(reported, StatusNames.Of(status), StringComparison.OrdinalIgnoreCase) ? reported : null;
        return new NormalisedRide(status, keepReported?.Length > 24 ? keepReported[..24] : keepReported, wait, isStale, age, issues);
    }
}
