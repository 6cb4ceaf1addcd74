using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Parks.Data;
using Quartet.Platform.Observability;

namespace Quartet.Parks.Collection;

/// <summary>
/// Meter <c>Quartet.Parks</c>: collection runs by status, parks that failed, snapshots written, and the age of the
/// newest park snapshot (read from the database, so it is right however the collector runs: cron, another machine).
/// </summary>
public sealed class ParksMetrics
{
    public const string MeterName = "Quartet.Parks";

    private readonly Counter<long> runs;
    private readonly Counter<long> parksFailed;
    private readonly Counter<long> snapshotsWritten;

    public ParksMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock)
    {
        var meter = meters.Create(MeterName);
        runs = meter.CreateCounter<long>("parks.collection.runs", "{run}", "Collection runs by status (succeeded, partial, failed).");
        parksFailed = meter.CreateCounter<long>("parks.collection.parks_failed", "{park}", "Parks whose collection failed (after the fallback source).");
        snapshotsWritten = meter.CreateCounter<long>("parks.collection.snapshots_written", "{snapshot}", "Ride snapshots written by collection runs (one per ride per slot).");
        _ = new DatabaseGauge(meter, "parks.snapshot.newest_age", "s", "Seconds since the slot of the newest park snapshot.", scopes, clock, TimeSpan.FromSeconds(30),
            async (services, ct) =>
            {
                var newest = await services.GetRequiredService<ParksDb>().ParkSnapshots.MaxAsync(s => (DateTime?)s.SlotAt, ct);
                return newest is null ? null : (clock.GetUtcNow().UtcDateTime - newest.Value).TotalSeconds;
            });
    }

    public void Run(CollectSummary summary)
    {
        runs.Add(1, new KeyValuePair<string, object?>("status", summary.Status));
        parksFailed.Add(summary.Failed);
        snapshotsWritten.Add(summary.Snapshots);
    }
}
