using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Aggregation;

public sealed record PruneSummary(int ParkDays, int RideSnapshots, int ParkSnapshots, int Runs, int Issues)
{
    public override string ToString() => $"pruned {RideSnapshots} ride and {ParkSnapshots} park snapshots over {ParkDays} final park-days; {Runs} runs, {Issues} resolved issues";
}

/// <summary>
/// <c>parks prune</c>: deletes raw snapshots older than the retention (minimum 3 days) but only of finalised park-days,
/// one park-day at a time; run logs after 90 days, resolved issues after 180. Rollups, events and schedules stay.
/// </summary>
public sealed class Pruner(ParksDb db, DataVersions versions, ReportingZone zone, TimeProvider clock, IOptions<ParksOptions> options)
{
    public async Task<PruneSummary> RunAsync(bool dryRun, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keepDays = Math.Max(3, options.Value.Retention.RawDays);
        var cutoff = zone.LocalDateOf(now).AddDays(-keepDays);
        var finalDays = await db.ParkDays.AsNoTracking().Where(d => d.IsFinal && d.LocalDate < cutoff)
            .Select(d => new { d.ParkId, d.LocalDate }).ToListAsync(ct);
        int rides = 0, parks = 0, days = 0;
        foreach (var day in finalDays)
        {
            var (start, end) = zone.DayWindow(day.LocalDate);
            var rideRows = db.RideSnapshots.Where(s => s.ParkId == day.ParkId && s.SlotAt >= start && s.SlotAt < end);
            var parkRows = db.ParkSnapshots.Where(s => s.ParkId == day.ParkId && s.SlotAt >= start && s.SlotAt < end);
            var count = dryRun ? await rideRows.CountAsync(ct) : await rideRows.ExecuteDeleteAsync(ct);
            parks += dryRun ? await parkRows.CountAsync(ct) : await parkRows.ExecuteDeleteAsync(ct);
            rides += count;
            days += count > 0 ? 1 : 0;
        }

        var runCutoff = now.AddDays(-90);
        var issueCutoff = now.AddDays(-180);
        var runs = dryRun ? await db.Runs.CountAsync(r => r.StartedAt < runCutoff, ct) : await db.Runs.Where(r => r.StartedAt < runCutoff).ExecuteDeleteAsync(ct);
        if (!dryRun)
        {
            await db.ParkResults.Where(r => !db.Runs.Any(x => x.Id == r.RunId)).ExecuteDeleteAsync(ct);
        }

        var issues = dryRun
            ? await db.Issues.CountAsync(i => i.ResolvedAt != null && i.ResolvedAt < issueCutoff, ct)
            : await db.Issues.Where(i => i.ResolvedAt != null && i.ResolvedAt < issueCutoff).ExecuteDeleteAsync(ct);
        if (!dryRun)
        {
            await versions.DataChangedAsync(db, ct);
        }

        return new PruneSummary(days, rides, parks, runs, issues);
    }
}
