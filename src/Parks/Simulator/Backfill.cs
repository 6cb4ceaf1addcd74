using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Simulator;

/// <summary>
/// Writes what a collector would have stored had it polled the simulator every slot of the past days: schedules and
/// raw park/ride snapshots straight from <see cref="SimWorld"/> (no HTTP, for speed). Rollups are then computed by the
/// real aggregator, so every figure shown is computed, never invented. Used by seed-demo and the benchmarks.
/// </summary>
public sealed class Backfill(IServiceScopeFactory scopes, IOptions<ParksOptions> options)
{
    public async Task<int> RunAsync(SimWorld world, DateTime fromUtc, DateTime toUtc, IProgress<string>? progress, CancellationToken ct)
    {
        var interval = options.Value.Collection.IntervalMinutes;
        Dictionary<int, Park> parks;
        Dictionary<int, Ride> rides;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
            parks = (await db.Parks.AsNoTracking().Where(p => p.QtId != null).ToListAsync(ct)).ToDictionary(p => p.QtId!.Value);
            rides = (await db.Rides.AsNoTracking().Where(r => r.QtId != null).ToListAsync(ct)).ToDictionary(r => r.QtId!.Value);
        }

        var runId = Guid.CreateVersion7();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
            db.Runs.Add(new CollectionRun
            {
                Id = runId,
                Kind = "collect",
                Trigger = "manual",
                StartedAt = toUtc,
                FinishedAt = toUtc,
                Status = "succeeded",
                ErrorSummary = $"back-fill from the simulator, {fromUtc:yyyy-MM-dd} to {toUtc:yyyy-MM-dd}",
            });
            await db.SaveChangesAsync(ct);
        }

        var written = 0;
        foreach (var (simPark, index) in world.Parks.Select((p, i) => (p, i)))
        {
            if (!parks.TryGetValue(simPark.QtId, out var park))
            {
                continue;
            }

            progress?.Report($"back-filling park {index + 1} of {world.Parks.Count}: {park.Name}");
            var zone = TimeZoneInfo.FindSystemTimeZoneById(simPark.TimeZone);
            var firstDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(fromUtc, zone)).AddDays(-1);
            var lastDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(toUtc, zone)).AddDays(1);
            var simRides = world.Rides.Where(r => r.Park == simPark && rides.ContainsKey(r.QtId)).ToList();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var known = await db.Schedules.Where(s => s.ParkId == park.Id && s.Origin == "tpw").Select(s => s.LocalDate).ToListAsync(ct);
            for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
            {
                if (park.TpwId is null || known.Contains(date))
                {
                    continue;
                }

                var (opens, closes) = world.OpeningHours(simPark, date);
                db.Schedules.Add(new ParkSchedule
                {
                    Id = Guid.CreateVersion7(),
                    ParkId = park.Id,
                    LocalDate = date,
                    Type = "OPERATING",
                    OpensAt = opens,
                    ClosesAt = closes,
                    Origin = "tpw",
                    FetchedAt = toUtc,
                });
            }

            await db.SaveChangesAsync(ct);
            var source = park.TpwId is null ? SourceNames.QueueTimes : SourceNames.ThemeParksWiki;
            for (var slot = fromUtc; slot < toUtc; slot = slot.AddMinutes(interval))
            {
                // A collector polls around the clock; outside opening hours (with an hour's margin) nothing changes, so skip those slots.
                if (!world.IsOpen(simPark, slot) && !world.IsOpen(simPark, slot.AddHours(1)) && !world.IsOpen(simPark, slot.AddHours(-1)))
                {
                    continue;
                }

                var counts = new int[5];
                foreach (var simRide in simRides)
                {
                    if ((source == SourceNames.ThemeParksWiki && simRide.TpwId is null) || (source == SourceNames.QueueTimes && !simRide.OnQueueTimes))
                    {
                        continue;
                    }

                    var (status, wait) = world.StateOf(simRide, slot);
                    if (source == SourceNames.QueueTimes && status != RideStatus.Operating)
                    {
                        status = RideStatus.Closed;
                    }

                    counts[(int)status]++;
                    db.RideSnapshots.Add(new RideSnapshot
                    {
                        RideId = rides[simRide.QtId].Id,
                        ParkId = park.Id,
                        SlotAt = slot,
                        Status = status,
                        WaitMinutes = wait,
                        UpstreamUpdatedAt = slot,
                        Source = source,
                        IntervalMinutes = interval,
                    });
                    written++;
                }

                db.ParkSnapshots.Add(new ParkSnapshot
                {
                    ParkId = park.Id,
                    SlotAt = slot,
                    RunId = runId,
                    FetchedAt = slot,
                    Source = source,
                    IntervalMinutes = interval,
                    ParkOpen = world.IsOpen(simPark, slot),
                    Operating = counts[0],
                    Down = counts[1],
                    Closed = counts[2],
                    Refurbishment = counts[3],
                    Unknown = counts[4],
                });
                if (db.ChangeTracker.Entries().Count() > 20_000)
                {
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }

            await db.SaveChangesAsync(ct);
        }

        return written;
    }
}
