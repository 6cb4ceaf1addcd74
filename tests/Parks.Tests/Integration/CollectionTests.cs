using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Parks.Simulator;
using Quartet.Parks.Tests.Support;

namespace Quartet.Parks.Tests.Integration;

public sealed class CollectionSqliteHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class CollectionPostgresHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Postgres;
}

public sealed class CollectionMySqlHost : ParksHost
{
    public override TestProvider Provider => TestProvider.MySql;
}

/// <summary>The collector against the simulator over real loopback HTTP, with the fault cases of spec §8.</summary>
public abstract class CollectionTests<T>(T fixture) : IClassFixture<T>, IAsyncLifetime where T : ParksHost
{
    public async Task InitializeAsync()
    {
        fixture.SetTime(fixture.NextTestTime());
        if (!await fixture.WithDbAsync(db => db.Parks.AnyAsync()))
        {
            await fixture.DiscoverAsync();
        }

        fixture.Sim.Reset();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private SimPark DualSourcePark => fixture.Sim.World.Parks.First(p => p.TpwId != null);

    private Task<Park> ParkOf(SimPark sim) => fixture.WithDbAsync(db => db.Parks.AsNoTracking().SingleAsync(p => p.QtId == sim.QtId));

    private string TpwLive(SimPark park) => $"/tpw/v1/entity/{park.TpwId}/live";

    private string QtLive(SimPark park) => $"/qt/parks/{park.QtId}/queue_times.json";

    [Fact]
    public async Task Discovery_imports_every_simulated_park_with_both_ids_where_both_sources_list_it()
    {
        var parks = await fixture.WithDbAsync(db => db.Parks.AsNoTracking().ToListAsync());

        parks.Count.ShouldBe(fixture.Sim.World.Parks.Count);
        foreach (var sim in fixture.Sim.World.Parks)
        {
            parks.Single(p => p.QtId == sim.QtId).TpwId.ShouldBe(sim.TpwId);
        }

        var rides = await fixture.WithDbAsync(db => db.Rides.AsNoTracking().ToListAsync());
        rides.ShouldNotContain(r => r.Name.Contains("Single Rider"));
        rides.Where(r => r.TpwId != null && r.QtId != null).Count().ShouldBeGreaterThan(rides.Count / 2);
    }

    [Fact]
    public async Task A_run_writes_one_slot_per_park_and_a_second_run_in_the_same_slot_writes_nothing()
    {
        var first = await fixture.CollectSummaryAsync();
        var rowsAfterFirst = await fixture.WithDbAsync(db => db.RideSnapshots.CountAsync());
        var second = await fixture.CollectSummaryAsync();

        var errors = await fixture.WithDbAsync(db => db.Runs.Where(r => r.Id == first.RunId).Select(r => r.ErrorSummary).SingleAsync());
        first.Status.ShouldBe("succeeded", $"{first} {errors}");
        first.Ok.ShouldBe(fixture.Sim.World.Parks.Count);
        first.Snapshots.ShouldBeGreaterThan(0);
        second.Skipped.ShouldBe(fixture.Sim.World.Parks.Count);
        second.Snapshots.ShouldBe(0);
        (await fixture.WithDbAsync(db => db.RideSnapshots.CountAsync())).ShouldBe(rowsAfterFirst);
        var slots = await fixture.WithDbAsync(db => db.RideSnapshots.Where(s => s.SlotAt == first.SlotAt).Select(s => s.SlotAt).Distinct().CountAsync());
        slots.ShouldBe(1);
    }

    [Fact]
    public async Task Http_500_twice_then_200_takes_three_requests_and_succeeds()
    {
        var park = DualSourcePark;
        fixture.Sim.SetScenario([new ScenarioRule(null, null, $"path:{TpwLive(park)}", "http", 500, 2)]);

        var run = await fixture.CollectSummaryAsync();

        fixture.Sim.Requests[TpwLive(park)].ShouldBe(3);
        run.Status.ShouldBe("succeeded");
        var result = await fixture.WithDbAsync(async db => await db.ParkResults.SingleAsync(r => r.RunId == run.RunId && r.ParkId == (db.Parks.Single(p => p.QtId == park.QtId).Id)));
        (result.Outcome, result.Attempts).ShouldBe(("ok", 3));
    }

    [Fact]
    public async Task Http_404_is_not_retried_and_the_park_falls_back_to_queue_times()
    {
        var park = DualSourcePark;
        fixture.Sim.SetScenario([new ScenarioRule(null, null, $"path:{TpwLive(park)}", "http", 404)]);

        var run = await fixture.CollectSummaryAsync();

        fixture.Sim.Requests[TpwLive(park)].ShouldBe(1);
        fixture.Sim.Requests[QtLive(park)].ShouldBe(1);
        run.Fallback.ShouldBe(1);
        var entity = await ParkOf(park);
        var snapshots = await fixture.WithDbAsync(db => db.RideSnapshots.Where(s => s.ParkId == entity.Id && s.SlotAt == run.SlotAt).ToListAsync());
        snapshots.ShouldNotBeEmpty();
        snapshots.ShouldAllBe(s => s.Source == SourceNames.QueueTimes && s.Fallback);
        var issue = await fixture.WithDbAsync(db => db.Issues.SingleAsync(i => i.ParkId == entity.Id && i.Type == "FALLBACK_USED" && i.OpenKey != null));
        issue.Occurrences.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Http_503_on_both_sources_fails_that_park_with_zero_rows_while_the_others_land()
    {
        var park = DualSourcePark;
        fixture.Sim.SetScenario(
        [
            new ScenarioRule(null, null, $"path:{TpwLive(park)}", "http", 503),
            new ScenarioRule(null, null, $"path:{QtLive(park)}", "http", 503),
        ]);

        var run = await fixture.CollectSummaryAsync();

        fixture.Sim.Requests[TpwLive(park)].ShouldBe(3);
        fixture.Sim.Requests[QtLive(park)].ShouldBe(3);
        (run.Status, run.Failed, run.Ok).ShouldBe(("partial", 1, fixture.Sim.World.Parks.Count - 1));
        var entity = await ParkOf(park);
        (await fixture.WithDbAsync(db => db.RideSnapshots.CountAsync(s => s.ParkId == entity.Id && s.SlotAt == run.SlotAt))).ShouldBe(0);
        (await fixture.WithDbAsync(db => db.ParkSnapshots.CountAsync(s => s.ParkId == entity.Id && s.SlotAt == run.SlotAt))).ShouldBe(0);
    }

    [Fact]
    public async Task Malformed_json_fails_only_that_source_call_and_the_park_falls_back()
    {
        var park = DualSourcePark;
        fixture.Sim.SetScenario([new ScenarioRule(null, null, $"path:{TpwLive(park)}", "malformed")]);

        var run = await fixture.CollectSummaryAsync();

        fixture.Sim.Requests[TpwLive(park)].ShouldBe(1);
        (run.Fallback, run.Ok, run.Failed).ShouldBe((1, fixture.Sim.World.Parks.Count - 1, 0));
    }

    [Fact]
    public async Task A_timeout_counts_as_transient_and_is_retried()
    {
        var park = DualSourcePark;
        fixture.Sim.SetScenario([new ScenarioRule(null, null, $"path:{TpwLive(park)}", "delay", 2500)]);

        var run = await fixture.CollectSummaryAsync();

        fixture.Sim.Requests[TpwLive(park)].ShouldBe(3);
        run.Fallback.ShouldBe(1);
    }

    [Theory]
    [InlineData(59, false)]
    [InlineData(61, true)]
    public async Task ThemeParks_wiki_timestamps_older_than_60_minutes_make_rides_unknown(int ageMinutes, bool stale)
    {
        var park = DualSourcePark;
        var ride = fixture.Sim.World.Rides.First(r => r.Park == park && r.TpwId != null && !r.InRefurbishment);
        fixture.Sim.SetScenario([new ScenarioRule(null, null, $"ride:{ride.QtId}", "stale", ageMinutes)]);

        var run = await fixture.CollectSummaryAsync();

        var snapshot = await fixture.WithDbAsync(db => db.RideSnapshots.SingleAsync(s => s.SlotAt == run.SlotAt && db.Rides.Any(r => r.Id == s.RideId && r.TpwId == ride.TpwId)));
        snapshot.Stale.ShouldBe(stale);
        (snapshot.Status == RideStatus.Unknown).ShouldBe(stale);
        if (stale)
        {
            snapshot.WaitMinutes.ShouldBeNull();
            snapshot.ReportedStatus.ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task Two_collectors_at_once_one_runs_and_the_other_exits_75_having_written_nothing()
    {
        fixture.Sim.LatencyMs = 300;
        try
        {
            var before = await fixture.WithDbAsync(db => db.Runs.CountAsync());
            var codes = await Task.WhenAll(fixture.CollectAsync(), fixture.CollectAsync());

            codes.Order().ShouldBe([0, 75]);
            (await fixture.WithDbAsync(db => db.Runs.CountAsync())).ShouldBe(before + 1);
            var slotAt = Collection.Collector.FloorToSlot(fixture.Clock.Now, 10);
            (await fixture.WithDbAsync(db => db.ParkSnapshots.CountAsync(s => s.SlotAt == slotAt))).ShouldBe(fixture.Sim.World.Parks.Count);
        }
        finally
        {
            fixture.Sim.LatencyMs = 0;
        }
    }

    [Fact]
    public async Task Unmapped_upstream_ids_raise_an_issue_instead_of_being_dropped()
    {
        var park = DualSourcePark;
        fixture.Sim.SetScenario([new ScenarioRule(null, null, $"park:{park.QtId}", "idChange")]);

        await fixture.CollectSummaryAsync();

        var entity = await ParkOf(park);
        (await fixture.WithDbAsync(db => db.Issues.CountAsync(i => i.ParkId == entity.Id && i.Type == "UNMAPPED_ENTITY" && i.OpenKey != null))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Incremental_rollups_equal_a_full_recompute_and_a_second_recompute_changes_nothing()
    {
        await fixture.CollectSummaryAsync();
        fixture.SetTime(fixture.Clock.Now.AddMinutes(10));
        await fixture.CollectSummaryAsync();
        var today = new ReportingZone("America/Los_Angeles").LocalDateOf(fixture.Clock.Now);

        var incremental = await RollupRowsAsync(today);
        await fixture.AggregateAsync(today, today);
        var recomputed = await RollupRowsAsync(today);
        await fixture.AggregateAsync(today, today);
        var again = await RollupRowsAsync(today);

        incremental.Count.ShouldBeGreaterThan(0);
        recomputed.ShouldBe(incremental);
        again.ShouldBe(recomputed);
    }

    private Task<List<string>> RollupRowsAsync(DateOnly date) => fixture.WithDbAsync(async db =>
    {
        var parkDays = await db.ParkDays.AsNoTracking().Where(d => d.LocalDate == date).ToListAsync();
        var parkHours = await db.ParkHours.AsNoTracking().Where(d => d.LocalDate == date).ToListAsync();
        var rideDays = await db.RideDays.AsNoTracking().Where(d => d.LocalDate == date).ToListAsync();
        var rideHours = await db.RideHours.AsNoTracking().Where(d => d.LocalDate == date).ToListAsync();
        return parkDays.Select(d => $"pd {d.ParkId} {d.CapacityWMin} {d.DownWMin} {d.DownMin} {d.ObservedMin} {d.CountedRides} {d.Incidents} {d.WaitSum} {d.WaitCount} {d.IsFinal}")
            .Concat(parkHours.Select(d => $"ph {d.ParkId} {d.HourStart:O} {d.CapacityWMin} {d.DownWMin} {d.OpenMin} {d.WaitSum}"))
            .Concat(rideDays.Select(d => $"rd {d.RideId} {d.ObservedMin} {d.DownMin} {d.Operated} {d.ExclusionReason} {d.DownRunStarts}"))
            .Concat(rideHours.Select(d => $"rh {d.RideId} {d.HourStart:O} {d.ObservedMin} {d.DownMin} {d.WaitSum}"))
            .Order(StringComparer.Ordinal).ToList();
    });
}

public sealed class CollectionTestsOnSqlite(CollectionSqliteHost f) : CollectionTests<CollectionSqliteHost>(f);

public sealed class CollectionTestsOnPostgres(CollectionPostgresHost f) : CollectionTests<CollectionPostgresHost>(f);

public sealed class CollectionTestsOnMySql(CollectionMySqlHost f) : CollectionTests<CollectionMySqlHost>(f);
