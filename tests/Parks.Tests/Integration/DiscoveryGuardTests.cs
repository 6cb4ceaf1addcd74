using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Parks.Simulator;
using Quartet.Parks.Tests.Support;

namespace Quartet.Parks.Tests.Integration;

public sealed class DiscoveryGuardSqliteHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class DiscoveryGuardPostgresHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Postgres;
}

public sealed class DiscoveryGuardMySqlHost : ParksHost
{
    public override TestProvider Provider => TestProvider.MySql;
}

/// <summary>
/// Discovery's guards and overrides against the simulator: an ambiguous name or parks more than 10 km apart queue a
/// candidate and link nothing; a <c>create</c> override imports an upstream ride on its own, across runs.
/// </summary>
public abstract class DiscoveryGuardTests<T>(T fixture) : IClassFixture<T>, IAsyncLifetime where T : ParksHost
{
    public async Task InitializeAsync()
    {
        fixture.Sim.Reset();
        if (!await fixture.WithDbAsync(db => db.Parks.AnyAsync()))
        {
            await fixture.DiscoverAsync();
        }
    }

    public Task DisposeAsync()
    {
        fixture.Sim.Reset();
        return Task.CompletedTask;
    }

    private List<SimPark> DualParks => fixture.Sim.World.Parks.Where(p => p.TpwId != null).ToList();

    [Fact]
    public async Task A_park_whose_name_is_ambiguous_or_whose_other_source_lies_more_than_10_km_away_is_queued_not_linked()
    {
        DualParks.Count.ShouldBeGreaterThanOrEqualTo(3);
        var (twin, far) = (DualParks[0], DualParks[1]);
        await Unlink(twin, far);
        fixture.Sim.SetScenario([new ScenarioRule(null, null, $"park:{twin.QtId}", "twin"), new ScenarioRule(null, null, $"park:{far.QtId}", "moveKm", 25)]);

        await fixture.DiscoverAsync();

        var (twinPark, farPark) = (await ParkOf(twin), await ParkOf(far));
        twinPark.TpwId.ShouldBeNull();
        farPark.TpwId.ShouldBeNull();
        var pending = await fixture.WithDbAsync(db => db.Candidates.AsNoTracking().Where(c => c.EntityType == "park" && c.Status == "pending").ToListAsync());
        pending.ShouldContain(c => c.ParkId == twinPark.Id && c.Score == 1);
        pending.ShouldContain(c => c.ParkId == farPark.Id && c.ExternalId == far.TpwId);

        fixture.Sim.SetScenario([new ScenarioRule(null, null, $"park:{twin.QtId}", "twin"), new ScenarioRule(null, null, $"park:{far.QtId}", "moveKm", 5)]);
        await fixture.DiscoverAsync();

        (await ParkOf(far)).TpwId.ShouldBe(far.TpwId);
        (await ParkOf(twin)).TpwId.ShouldBeNull();
        (await fixture.WithDbAsync(db => db.Candidates.CountAsync(c => c.EntityType == "park" && c.Status == "pending" && c.ParkId == farPark.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task An_ambiguous_ride_name_is_queued_and_both_upstream_ids_are_held_back()
    {
        var ride = await RideAsync(first: true);
        await fixture.WithDbAsync(db => db.Rides.Where(r => r.Id == ride.Id).ExecuteDeleteAsync());
        fixture.Sim.SetScenario([new ScenarioRule(null, null, $"ride:{ride.QtId}", "twin")]);

        await fixture.DiscoverAsync();

        var imported = await fixture.WithDbAsync(db => db.Rides.AsNoTracking().SingleAsync(r => r.QtId == ride.QtId));
        imported.TpwId.ShouldBeNull();
        var candidate = await fixture.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.EntityType == "ride" && c.Status == "pending" && c.BestTargetId == imported.Id));
        candidate.ExternalId.ShouldBeOneOf(ride.TpwId, ride.TpwId + "-twin");
        candidate.Score.ShouldBe(1);
        (await fixture.WithDbAsync(db => db.Rides.CountAsync(r => r.TpwId == candidate.ExternalId))).ShouldBe(0);
    }

    [Fact]
    public async Task A_create_override_imports_the_upstream_ride_unmatched_and_survives_later_runs()
    {
        var ride = await RideAsync(first: false);
        await fixture.WithDbAsync(async db =>
        {
            await db.Rides.Where(r => r.Id == ride.Id).ExecuteDeleteAsync();
            db.Overrides.Add(new SourceOverride
            {
                Id = Guid.CreateVersion7(),
                Source = "qt",
                EntityType = "ride",
                ExternalId = ride.QtId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Action = "create",
                Reason = "A different ride that happens to share the name.",
                CreatedBy = "test",
                CreatedAt = fixture.Clock.Now,
            });
            return await db.SaveChangesAsync();
        });

        for (var run = 0; run < 2; run++)
        {
            await fixture.DiscoverAsync();

            var fromQt = await fixture.WithDbAsync(db => db.Rides.AsNoTracking().SingleAsync(r => r.QtId == ride.QtId));
            fromQt.TpwId.ShouldBeNull();
            var fromTpw = await fixture.WithDbAsync(db => db.Rides.AsNoTracking().SingleAsync(r => r.TpwId == ride.TpwId));
            fromTpw.QtId.ShouldBeNull();
            fromTpw.Id.ShouldNotBe(fromQt.Id);
        }
    }

    private Task Unlink(params SimPark[] parks) => fixture.WithDbAsync(async db =>
    {
        var ids = parks.Select(p => p.QtId).ToList();
        await db.Candidates.Where(c => c.EntityType == "park").ExecuteDeleteAsync();
        return await db.Parks.Where(p => ids.Contains(p.QtId!.Value)).ExecuteUpdateAsync(u => u.SetProperty(p => p.TpwId, (string?)null));
    });

    private Task<Park> ParkOf(SimPark sim) => fixture.WithDbAsync(db => db.Parks.AsNoTracking().SingleAsync(p => p.QtId == sim.QtId));

    /// <summary>A dual-source ride of the last dual-source park, which the park test never unlinks.</summary>
    private async Task<Ride> RideAsync(bool first)
    {
        var park = await ParkOf(DualParks[^1]);
        return await fixture.WithDbAsync(db =>
        {
            var rides = db.Rides.AsNoTracking().Where(r => r.ParkId == park.Id && r.TpwId != null && r.QtId != null);
            return (first ? rides.OrderBy(r => r.Name) : rides.OrderByDescending(r => r.Name)).FirstAsync();
        });
    }
}

public sealed class DiscoveryGuardTestsOnSqlite(DiscoveryGuardSqliteHost f) : DiscoveryGuardTests<DiscoveryGuardSqliteHost>(f);

public sealed class DiscoveryGuardTestsOnPostgres(DiscoveryGuardPostgresHost f) : DiscoveryGuardTests<DiscoveryGuardPostgresHost>(f);

public sealed class DiscoveryGuardTestsOnMySql(DiscoveryGuardMySqlHost f) : DiscoveryGuardTests<DiscoveryGuardMySqlHost>(f);
