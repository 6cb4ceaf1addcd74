using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Parks.Simulator;
using Quartet.Parks.Tests.Support;

namespace Quartet.Parks.Tests.Integration;

public sealed class PeriodRollupSqliteHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class PeriodRollupPostgresHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Postgres;
}

public sealed class PeriodRollupMySqlHost : ParksHost
{
    public override TestProvider Provider => TestProvider.MySql;
}

/// <summary>
/// Week and month roll-ups: twelve back-filled days across a week and a month boundary, aggregated by the real
/// aggregator, then one live collection; every span row must equal the sum over its day rows, also after a past day
/// is recomputed with changed raw data, and rankings read from spans must equal rankings summed from days.
/// </summary>
public abstract class PeriodRollupTests<T>(T fixture) : IClassFixture<T>, IAsyncLifetime where T : ParksHost
{
    private static readonly ReportingZone Zone = new("America/Los_Angeles");
    private static readonly DateOnly First = new(2026, 6, 25);
    private static readonly DateOnly Last = new(2026, 7, 6);

    /// <summary>Tuesday Jul 7, 2026, noon in Los Angeles: last_week is Jun 28 – Jul 4, last_month June.</summary>
    private static readonly DateTime Now = new(2026, 7, 7, 19, 2, 0, DateTimeKind.Utc);

    private HttpClient Client => fixture.Host.CreateRawClient();

    public async Task InitializeAsync()
    {
        if (await fixture.WithDbAsync(db => db.RideDays.AnyAsync()))
        {
            return;
        }

        fixture.SetTime(Now);
        await fixture.DiscoverAsync();
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Backfill>().RunAsync(fixture.Sim.World, Zone.DayStart(First), Zone.DayStart(Last.AddDays(1)), null, CancellationToken.None);
        }

        await fixture.AggregateAsync(First, Last);
        await fixture.CollectSummaryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Week_and_month_rows_equal_the_sum_over_their_days_also_after_a_past_day_is_recomputed()
    {
        var (expected, actual) = await SpansAsync();
        actual.ShouldBe(expected);
        actual.ShouldContain(s => s.StartsWith("park week 2026-06-28", StringComparison.Ordinal));
        actual.ShouldContain(s => s.StartsWith("ride month 2026-07-01", StringComparison.Ordinal));

        var day = new DateOnly(2026, 6, 30);
        var (start, end) = Zone.DayWindow(day);
        var park = await fixture.WithDbAsync(db => db.ParkDays.AsNoTracking().Where(d => d.LocalDate == day && d.CapacityWMin > 0).OrderBy(d => d.ParkId).FirstAsync());
        var weekBefore = await SpanAsync(park.ParkId, Spans.Week, new DateOnly(2026, 6, 28));
        var monthBefore = await SpanAsync(park.ParkId, Spans.Month, new DateOnly(2026, 6, 1));
        await fixture.WithDbAsync(db => db.RideSnapshots
            .Where(s => s.ParkId == park.ParkId && s.SlotAt >= start && s.SlotAt < end && s.Status == RideStatus.Operating && s.SlotAt.Minute == 0)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, RideStatus.Down).SetProperty(s => s.WaitMinutes, (int?)null)));

        (await fixture.AggregateAsync(day, day)).Recomputed.ShouldBeGreaterThan(0);

        (await SpanAsync(park.ParkId, Spans.Week, new DateOnly(2026, 6, 28))).DownWMin.ShouldBeGreaterThan(weekBefore.DownWMin);
        (await SpanAsync(park.ParkId, Spans.Month, new DateOnly(2026, 6, 1))).DownWMin.ShouldBeGreaterThan(monthBefore.DownWMin);
        var (expectedAfter, actualAfter) = await SpansAsync();
        actualAfter.ShouldBe(expectedAfter);
    }

    [Theory]
    [InlineData("/api/parks/rankings/parks?period=last_week&includeZero=true")]
    [InlineData("/api/parks/rankings/parks?period=last_month&includeZero=true&sort=uptime")]
    [InlineData("/api/parks/rankings/parks?period=range&from=2026-06-25&to=2026-07-06&includeZero=true")]
    [InlineData("/api/parks/rankings/rides?period=last_week&pageSize=100")]
    [InlineData("/api/parks/rankings/rides?period=last_month&pageSize=100&sort=incidents")]
    [InlineData("/api/parks/rankings/rides?period=range&from=2026-06-27&to=2026-07-05&pageSize=100")]
    [InlineData("/api/parks/waits/rides?period=last_week&pageSize=100")]
    [InlineData("/api/parks/waits/parks?period=last_month")]
    public async Task Rankings_read_from_spans_equal_rankings_summed_from_days(string url)
    {
        var fromSpans = await ItemsAsync(url);
        await fixture.WithDbAsync(async db =>
        {
            await db.Versions.Where(v => v.Id == 1).ExecuteUpdateAsync(u => u.SetProperty(v => v.PeriodWeekStart, (int?)null));
            await fixture.Services.GetRequiredService<DataVersions>().DataChangedAsync(db, CancellationToken.None);
            return true;
        });
        try
        {
            var fromDays = await ItemsAsync(url);

            fromSpans.GetArrayLength().ShouldBeGreaterThan(0);
            fromDays.GetRawText().ShouldBe(fromSpans.GetRawText());
        }
        finally
        {
            await fixture.AggregateAsync();
        }

        (await fixture.WithDbAsync(db => db.Versions.Select(v => v.PeriodWeekStart).SingleAsync())).ShouldBe((int)DayOfWeek.Sunday);
    }

    [Theory]
    [InlineData("/api/parks/rankings/rides?period=last_week")]
    [InlineData("/api/parks/rankings/rides?period=last_month&sort=uptime")]
    [InlineData("/api/parks/rankings/rides?period=last_month&sort=incidents&filter=disney-universal")]
    [InlineData("/api/parks/rankings/rides?period=range&from=2026-06-27&to=2026-07-05&sort=longestOutage")]
    [InlineData("/api/parks/rankings/rides?period=yesterday&tier=1")]
    [InlineData("/api/parks/waits/rides?period=last_week")]
    [InlineData("/api/parks/waits/rides?period=range&from=2026-06-27&to=2026-07-05&sort=peak")]
    public async Task Pages_of_three_read_in_turn_equal_the_ranking_read_as_one_page(string url)
    {
        var whole = await PageAsync($"{url}&pageSize=100");
        var rows = whole.GetProperty("items").EnumerateArray().Select(i => i.GetRawText()).ToList();
        var total = whole.GetProperty("total").GetInt32();
        rows.Count.ShouldBe(total);
        total.ShouldBeGreaterThan(3);

        var paged = new List<string>();
        for (var page = 1; (page - 1) * 3 <= total; page++)
        {
            var part = await PageAsync($"{url}&pageSize=3&page={page}");
            part.GetProperty("total").GetInt32().ShouldBe(total);
            paged.AddRange(part.GetProperty("items").EnumerateArray().Select(i => i.GetRawText()));
        }

        paged.ShouldBe(rows);
    }

    [Theory]
    [InlineData("park-downtime")]
    [InlineData("park-uptime")]
    [InlineData("ride-downtime")]
    public async Task A_day_far_outside_the_prior_30_days_is_flagged_by_z_score_for_every_metric_kind(string metric)
    {
        var day = new DateOnly(2026, 7, 6);
        var (start, end) = Zone.DayWindow(day);
        var park = await fixture.WithDbAsync(async db => (await db.ParkDays.AsNoTracking().Where(d => d.LocalDate < day && d.ObservedMin > 0).ToListAsync())
            .GroupBy(d => d.ParkId).Where(g => g.Select(d => d.DownMin).Distinct().Count() > 1).Select(g => g.Key).First());
        var ride = await fixture.WithDbAsync(async db => (await db.RideDays.AsNoTracking().Where(d => d.ParkId == park && d.LocalDate < day && d.ExclusionReason == null).ToListAsync())
            .GroupBy(d => d.RideId).Where(g => g.Count() >= 7 && g.Select(d => d.DownMin).Distinct().Count() > 1).Select(g => g.Key).First());
        await fixture.WithDbAsync(db => db.RideSnapshots
            .Where(s => s.ParkId == park && s.SlotAt >= start && s.SlotAt < end && s.Status == RideStatus.Operating && s.SlotAt.Minute < 40)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, RideStatus.Down).SetProperty(s => s.WaitMinutes, (int?)null)));
        await fixture.AggregateAsync(day, day);

        var id = metric.StartsWith("park", StringComparison.Ordinal) ? park : ride;
        var response = await Client.GetAsync($"/api/parks/audit?metric={metric}&id={id}&period=range&from=2026-07-06&to=2026-07-06");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var anomalies = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("anomalies");
        anomalies.EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ShouldContain("z_score_vs_prior_30_days");
    }

    private async Task<JsonElement> ItemsAsync(string url) => (await PageAsync(url)).GetProperty("items");

    private async Task<JsonElement> PageAsync(string url)
    {
        var response = await Client.GetAsync(url);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<ParkPeriodStat> SpanAsync(Guid parkId, string span, DateOnly start) =>
        fixture.WithDbAsync(db => db.ParkPeriods.AsNoTracking().SingleAsync(s => s.ParkId == parkId && s.Span == span && s.PeriodStart == start));

    /// <summary>The span rows as stored, and as summed here from the day rows (Sunday weeks, calendar months).</summary>
    private Task<(List<string> Expected, List<string> Actual)> SpansAsync() => fixture.WithDbAsync(async db =>
    {
        var parkDays = await db.ParkDays.AsNoTracking().ToListAsync();
        var rideDays = await db.RideDays.AsNoTracking().ToListAsync();
        var keys = new Func<DateOnly, (string, DateOnly)>[]
        {
            d => (Spans.Week, d.AddDays(-(int)d.DayOfWeek)),
            d => (Spans.Month, new DateOnly(d.Year, d.Month, 1)),
        };
        var expected = keys.SelectMany(key => parkDays.GroupBy(d => (Key: key(d.LocalDate), d.ParkId)).Select(g =>
                Park(g.Key.Key.Item1, g.Key.Key.Item2, g.Key.ParkId, g.Count(), g.Sum(d => d.CapacityWMin), g.Sum(d => d.DownWMin), g.Sum(d => (long)d.DownMin),
                    g.Sum(d => (long)d.ObservedMin), g.Sum(d => d.Incidents), g.Sum(d => d.WaitSum), g.Sum(d => d.WaitCount), g.Max(d => d.WaitMax), g.Sum(d => d.OpenMin),
                    g.Max(d => d.CountedRides)))
            .Concat(rideDays.GroupBy(d => (Key: key(d.LocalDate), d.RideId)).Select(g =>
                Ride(g.Key.Key.Item1, g.Key.Key.Item2, g.Key.RideId, g.Count(), g.Count(d => d.ExclusionReason == null),
                    g.Where(d => d.ExclusionReason == null).Sum(d => (long)d.DownMin), g.Where(d => d.ExclusionReason == null).Sum(d => (long)d.ObservedMin),
                    g.Where(d => d.ExclusionReason == null).Sum(d => d.DownRunStarts), g.Sum(d => (long)d.WaitSum), g.Sum(d => d.WaitCount), g.Max(d => d.WaitMax)))))
            .Order(StringComparer.Ordinal).ToList();
        var actual = (await db.ParkPeriods.AsNoTracking().ToListAsync())
            .Select(s => Park(s.Span, s.PeriodStart, s.ParkId, s.Days, s.CapacityWMin, s.DownWMin, s.DownMin, s.ObservedMin, s.Incidents, s.WaitSum, s.WaitCount,
                s.WaitMax, s.OpenMin, s.MaxCountedRides))
            .Concat((await db.RidePeriods.AsNoTracking().ToListAsync()).Select(s => Ride(s.Span, s.PeriodStart, s.RideId, s.Days, s.CountedDays, s.CountedDownMin,
                s.CountedObservedMin, s.CountedIncidents, s.WaitSum, s.WaitCount, s.WaitMax)))
            .Order(StringComparer.Ordinal).ToList();
        return (expected, actual);
    });

    private static string Park(string span, DateOnly start, Guid id, int days, long a, long b, long down, long obs, int incidents, long waitSum, int waitCount,
        int? waitMax, int open, int counted) =>
        $"park {span} {start:yyyy-MM-dd} {id} days={days} A={a} B={b} down={down} obs={obs} incidents={incidents} wait={waitSum}/{waitCount}/{waitMax} open={open} counted={counted}";

    private static string Ride(string span, DateOnly start, Guid id, int days, int countedDays, long down, long obs, int incidents, long waitSum, int waitCount,
        int? waitMax) =>
        $"ride {span} {start:yyyy-MM-dd} {id} days={days} counted={countedDays} down={down} obs={obs} incidents={incidents} wait={waitSum}/{waitCount}/{waitMax}";
}

public sealed class PeriodRollupTestsOnSqlite(PeriodRollupSqliteHost f) : PeriodRollupTests<PeriodRollupSqliteHost>(f);

public sealed class PeriodRollupTestsOnPostgres(PeriodRollupPostgresHost f) : PeriodRollupTests<PeriodRollupPostgresHost>(f);

public sealed class PeriodRollupTestsOnMySql(PeriodRollupMySqlHost f) : PeriodRollupTests<PeriodRollupMySqlHost>(f);
