using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Parks.Domain;
using Quartet.Parks.Simulator;
using Quartet.Parks.Tests.Support;

namespace Quartet.Parks.Tests.Integration;

public sealed class BenchSeedSqliteHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class BenchSeedPostgresHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Postgres;
}

public sealed class BenchSeedMySqlHost : ParksHost
{
    public override TestProvider Provider => TestProvider.MySql;
}

/// <summary><c>parks bench-seed</c> at toy scale: raw days aggregated for real, older days copied, span roll-ups built.</summary>
public abstract class BenchSeedTests<T>(T fixture) : IClassFixture<T> where T : ParksHost
{
    [Fact]
    public async Task Bench_seed_writes_raw_for_the_raw_days_and_day_rows_for_every_aggregate_day()
    {
        var zone = new ReportingZone("America/Los_Angeles");
        var today = zone.LocalDateOf(fixture.Clock.Now);
        var summary = await ActivatorUtilities.CreateInstance<BenchSeeder>(fixture.Services)
            .RunAsync(parks: 3, rides: 9, aggregateDays: 9, rawDays: 2, seed: 3, new Progress<string>(), CancellationToken.None);

        summary.Parks.ShouldBe(3);
        summary.RawSnapshots.ShouldBeGreaterThan(0);
        var parkIds = await fixture.WithDbAsync(db => db.Parks.Select(p => p.Id).ToListAsync());
        foreach (var parkId in parkIds)
        {
            var dates = await fixture.WithDbAsync(db => db.ParkDays.Where(d => d.ParkId == parkId).Select(d => d.LocalDate).OrderBy(d => d).ToListAsync());
            dates.ShouldBe(Enumerable.Range(1, 9).Select(i => today.AddDays(-i)).Order().ToList());
        }

        var oldestRaw = await fixture.WithDbAsync(db => db.RideSnapshots.MinAsync(s => s.SlotAt));
        oldestRaw.ShouldBeGreaterThanOrEqualTo(zone.DayStart(today.AddDays(-2)));
        (await fixture.WithDbAsync(db => db.Versions.Select(v => v.PeriodWeekStart).SingleAsync())).ShouldBe((int)DayOfWeek.Sunday);
        var weekDays = await fixture.WithDbAsync(db => db.ParkPeriods.Where(s => s.Span == Data.Spans.Week).SumAsync(s => s.Days));
        weekDays.ShouldBe(9 * 3);
    }
}

public sealed class BenchSeedTestsOnSqlite(BenchSeedSqliteHost f) : BenchSeedTests<BenchSeedSqliteHost>(f);

public sealed class BenchSeedTestsOnPostgres(BenchSeedPostgresHost f) : BenchSeedTests<BenchSeedPostgresHost>(f);

public sealed class BenchSeedTestsOnMySql(BenchSeedMySqlHost f) : BenchSeedTests<BenchSeedMySqlHost>(f);
