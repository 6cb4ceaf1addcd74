using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Simulator;

public sealed record BenchSeedSummary(int Parks, int Rides, int RawSnapshots, int ComputedDays, int CopiedParkDays, int CopiedRideDays)
{
    public override string ToString() =>
        $"{Parks} parks, {Rides} rides; {RawSnapshots} raw ride snapshots aggregated into {ComputedDays} park-days; {CopiedParkDays} park-days and {CopiedRideDays} ride-days of older history";
}

/// <summary>
/// <c>parks bench-seed</c>: data at benchmark scale. The catalogue comes from a simulator on loopback through the real
/// discovery, the last <c>rawDays</c> of raw snapshots from the simulated world (<see cref="Backfill"/>) and their
/// roll-ups from the real aggregator; older days up to <c>aggregateDays</c> repeat those computed day rows (no raw data,
/// as after pruning), then the week and month roll-ups are built from all day rows.
/// </summary>
public sealed class BenchSeeder(IServiceProvider services, DataVersions versions, IOptions<ParksOptions> options, TimeProvider clock, ReportingZone zone)
{
    public async Task<BenchSeedSummary> RunAsync(int parks, int rides, int aggregateDays, int rawDays, int seed, IProgress<string> progress, CancellationToken ct)
    {
        var world = new SimWorld(parks, Math.Max(1, rides / Math.Max(1, parks)), seed);
        var settings = options.Value;
        var (tpwBase, qtBase) = (settings.Sources.Tpw.BaseUrl, settings.Sources.Qt.BaseUrl);
        await using var simulator = await SimulatorServer.StartAsync(world);
        settings.Sources.Tpw.BaseUrl = simulator.TpwBase.ToString();
        settings.Sources.Qt.BaseUrl = simulator.QtBase.ToString();
        try
        {
            progress.Report($"discovering {parks} simulated parks");
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<Discovery>().RunAsync(dryRun: false, ct);
            }
        }
        finally
        {
            (settings.Sources.Tpw.BaseUrl, settings.Sources.Qt.BaseUrl) = (tpwBase, qtBase);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = zone.LocalDateOf(now);
        var firstRaw = today.AddDays(-rawDays);
        progress.Report($"writing {rawDays} days of raw snapshots");
        var raw = await services.GetRequiredService<Backfill>().RunAsync(world, zone.DayStart(firstRaw), zone.DayStart(today), progress, ct);
        progress.Report("aggregating the raw days");
        var aggregate = await services.GetRequiredService<Aggregator>().RunAsync(firstRaw, today.AddDays(-1), null, ct);
        var (parkDays, rideDays, parkCount, rideCount) = await CopyHistoryAsync(firstRaw, today.AddDays(-aggregateDays), rawDays, progress, ct);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
            await db.Versions.Where(v => v.Id == 1).ExecuteUpdateAsync(u => u.SetProperty(v => v.PeriodWeekStart, (int?)null), ct);
        }

        progress.Report("building week and month roll-ups");
        await services.GetRequiredService<Aggregator>().RunAsync(null, null, null, ct);
        return new BenchSeedSummary(parkCount, rideCount, raw, aggregate.Recomputed, parkDays, rideDays);
    }

    /// <summary>Day rows for every day from <paramref name="oldest"/> up to the first raw day, repeating the computed raw window.</summary>
    private async Task<(int ParkDays, int RideDays, int Parks, int Rides)> CopyHistoryAsync(DateOnly firstRaw, DateOnly oldest, int rawDays, IProgress<string> progress,
        CancellationToken ct)
    {
        int parkDays = 0, rideDays = 0;
        List<Guid> parkIds;
        int rideCount;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
            parkIds = await db.Parks.AsNoTracking().Select(p => p.Id).ToListAsync(ct);
            rideCount = await db.Rides.CountAsync(ct);
        }

        progress.Report($"copying day roll-ups back to {oldest:yyyy-MM-dd}");
        foreach (var parkId in parkIds)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var lastRaw = firstRaw.AddDays(rawDays - 1);
            var sourceParks = (await db.ParkDays.AsNoTracking().Where(d => d.ParkId == parkId && d.LocalDate >= firstRaw && d.LocalDate <= lastRaw).ToListAsync(ct))
                .ToLookup(d => d.LocalDate);
            var sourceRides = (await db.RideDays.AsNoTracking().Where(d => d.ParkId == parkId && d.LocalDate >= firstRaw && d.LocalDate <= lastRaw).ToListAsync(ct))
                .ToLookup(d => d.LocalDate);
            for (var date = firstRaw.AddDays(-1); date >= oldest; date = date.AddDays(-1))
            {
                var source = firstRaw.AddDays((firstRaw.DayNumber - date.DayNumber - 1) % rawDays);
                foreach (var row in sourceParks[source])
                {
                    var copy = (ParkDayStat)db.Entry(row).CurrentValues.ToObject();
                    copy.LocalDate = date;
                    db.ParkDays.Add(copy);
                    parkDays++;
                }

                foreach (var row in sourceRides[source])
                {
                    var copy = (RideDayStat)db.Entry(row).CurrentValues.ToObject();
                    copy.LocalDate = date;
                    db.RideDays.Add(copy);
                    rideDays++;
                }
            }

            await db.SaveChangesAsync(ct);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await versions.DataChangedAsync(scope.ServiceProvider.GetRequiredService<ParksDb>(), ct);
        }

        return (parkDays, rideDays, parkIds.Count, rideCount);
    }
}
