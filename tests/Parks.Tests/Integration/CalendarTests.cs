using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Parks.Simulator;
using Quartet.Parks.Tests.Support;

namespace Quartet.Parks.Tests.Integration;

/// <summary>
/// The demo seed (a small world) and the day boundaries of the reporting zone at moments where date arithmetic breaks:
/// month ends, a leap day, both DST switches (23- and 25-hour days), the turn of the year.
/// </summary>
public abstract class CalendarTests(TestProvider provider)
{
    private const int HistoryDays = 3;

    [Theory]
    [MemberData(nameof(CalendarDates.Names), MemberType = typeof(CalendarDates))]
    public async Task Demo_history_has_one_row_per_local_day_and_day_charts_have_the_day_s_hours(string moment)
    {
        var now = CalendarDates.Utc(moment);
        await using var host = await QuartetTestHost.StartAsync(provider, modules: [new ParksModule()], clock: new ManualClock(now.UtcDateTime));
        await using (var seeding = host.Services.CreateAsyncScope())
        {
            await DemoSeeder.RunAsync(seeding.ServiceProvider, new Progress<string>(), CancellationToken.None, new DemoSeeder.Size(Parks: 3, RidesPerPark: 4, Days: HistoryDays));
        }

        var zone = host.Services.GetRequiredService<ReportingZone>();
        var today = zone.LocalDateOf(now.UtcDateTime);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
            var parks = await db.Parks.Select(p => p.Id).ToListAsync();
            parks.Count.ShouldBe(3);
            var days = await db.ParkDays.Select(d => new { d.ParkId, d.LocalDate }).ToListAsync();
            var expected = Enumerable.Range(0, HistoryDays + 1).Select(i => today.AddDays(-HistoryDays + i)).ToList();
            foreach (var park in parks)
            {
                days.Where(d => d.ParkId == park).Select(d => d.LocalDate).Order().ToList().ShouldBe(expected, "one row per local day, none after today");
            }

            var (start, end) = zone.DayWindow(today.AddDays(-HistoryDays));
            (await db.RideSnapshots.CountAsync(s => s.SlotAt < start)).ShouldBe(0, "the history starts at the reporting zone's midnight");
            (await db.RideSnapshots.CountAsync(s => s.SlotAt > now.UtcDateTime)).ShouldBe(0, "nothing is collected from the future");
            (end - start).ShouldBe(HoursOf(today.AddDays(-HistoryDays), zone.Zone));
        }

        using var client = host.CreateRawClient();
        foreach (var (period, date) in new[] { ("today", today), ("yesterday", today.AddDays(-1)) })
        {
            var chart = await (await client.GetAsync($"/api/parks/charts/park-shame?period={period}")).ReadAsAsync<JsonElement>();
            chart.GetProperty("granularity").GetString().ShouldBe("hour");
            chart.GetProperty("labels").GetArrayLength().ShouldBe((int)HoursOf(date, zone.Zone).TotalHours, $"{date} has that many hours in {zone.Id}");
        }
    }

    private static TimeSpan HoursOf(DateOnly date, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(date.AddDays(1).ToDateTime(TimeOnly.MinValue), zone) - TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), zone);
}

public sealed class CalendarTestsOnSqlite() : CalendarTests(TestProvider.Sqlite);

public sealed class CalendarTestsOnPostgres() : CalendarTests(TestProvider.Postgres);

public sealed class CalendarTestsOnMySql() : CalendarTests(TestProvider.MySql);
