using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Accounts;

namespace Quartet.Parks.Simulator;

/// <summary>
/// <c>quartet seed-demo</c> for parks: starts the simulator on loopback, discovers its world over HTTP, back-fills 30 days
/// (by default) of raw snapshots from the same world, aggregates them with the real aggregator, and runs one real collection.
/// Idempotent: a database that already holds snapshots only gets the live collection.
/// </summary>
public static class DemoSeeder
{
    public const string AdminEmail = "parks.admin@demo.quartet";
    public const string AdminPassword = "parks-admin-1";
    public const int DemoParks = 24;
    public const int DemoRidesPerPark = 16;
    public const int HistoryDays = 30;

    /// <summary>How much the demo simulates: the full demo by default, a small world for tests.</summary>
    public sealed record Size(int Parks = DemoParks, int RidesPerPark = DemoRidesPerPark, int Days = HistoryDays);

    public static async Task RunAsync(IServiceProvider services, IProgress<string> progress, CancellationToken ct, Size? size = null)
    {
        size ??= new Size();
        await DemoAccounts.EnsureAsync(services, AdminEmail, AdminPassword, "Parks Admin", [ParksRoles.Admin], ct);
        var options = services.GetRequiredService<IOptions<ParksOptions>>().Value;
        var world = new SimWorld(size.Parks, size.RidesPerPark, seed: 42);
        await using var simulator = await SimulatorServer.StartAsync(world);
        var (tpwBase, qtBase) = (options.Sources.Tpw.BaseUrl, options.Sources.Qt.BaseUrl);
        options.Sources.Tpw.BaseUrl = simulator.TpwBase.ToString();
        options.Sources.Qt.BaseUrl = simulator.QtBase.ToString();
        try
        {
            var clock = services.GetRequiredService<TimeProvider>();
            var zone = services.GetRequiredService<ReportingZone>();
            progress.Report("discovering the simulated parks");
            await services.GetRequiredService<Discovery>().RunAsync(dryRun: false, ct);
            var db = services.GetRequiredService<ParksDb>();
            if (!await db.RideSnapshots.AnyAsync(ct))
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var today = zone.LocalDateOf(now);
                var from = zone.DayStart(today.AddDays(-size.Days));
                var to = Collector.FloorToSlot(now, options.Collection.IntervalMinutes);
                await services.GetRequiredService<Backfill>().RunAsync(world, from, to, progress, ct);
                progress.Report($"aggregating {size.Days} days");
                await services.GetRequiredService<Aggregator>().RunAsync(today.AddDays(-size.Days), today, null, ct);
            }

            progress.Report("collecting the current slot from the simulator");
            await services.GetRequiredService<Collector>().RunAsync(null, ct);
        }
        finally
        {
            (options.Sources.Tpw.BaseUrl, options.Sources.Qt.BaseUrl) = (tpwBase, qtBase);
        }
    }
}
