using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Data;
using Quartet.Meals.Demo;

namespace Quartet.Meals.Tests;

/// <summary>
/// The demo data, the dashboard, the reports and the budgets at moments where date arithmetic breaks (month ends, a leap
/// day, DST switches, the turn of the year). The demo user lives in New York, so the local date can differ from UTC's.
/// </summary>
public abstract class CalendarTests(TestProvider provider)
{
    private const string Email = "calendar@test.quartet";

    [Theory]
    [MemberData(nameof(CalendarDates.Names), MemberType = typeof(CalendarDates))]
    public async Task Demo_data_reports_and_budgets_agree_with_the_local_calendar(string moment)
    {
        var now = CalendarDates.Utc(moment);
        await using var host = await QuartetTestHost.StartAsync(provider, modules: [new MealsModule()], clock: new TestClock(now));
        await DemoSeeder.RunAsync(host.Services, new DemoSeeder.Options(Email, Expenses: 1500, Seed: 11, Replace: false, Years: 1, Currencies: ["USD"]),
            new Progress<string>(), CancellationToken.None);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now.UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")));
        var monthStart = new DateOnly(today.Year, today.Month, 1);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        (await db.Expenses.CountAsync(e => e.OccurredAt > now.UtcDateTime)).ShouldBe(0, "no meal is dated after now");
        (await db.Expenses.CountAsync(e => e.LocalDate > today)).ShouldBe(0);
        async Task<long> SumAsync(DateOnly from) => await db.Expenses.Where(e => e.LocalDate >= from && e.LocalDate <= today).SumAsync(e => e.AmountMinor);
        var monthToDate = await SumAsync(monthStart);
        var last30 = await SumAsync(today.AddDays(-29));
        var last365 = await SumAsync(today.AddDays(-364));

        using var client = host.CreateRawClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await QuartetTestHost.GetTokenAsync(client, Email, "meals-bench-1"));
        var dashboard = await (await client.GetAsync("/api/meals/dashboard")).ReadAsAsync<JsonElement>();
        dashboard.GetProperty("today").GetString().ShouldBe(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var usd = dashboard.GetProperty("currencies").EnumerateArray().Single(c => c.GetProperty("currency").GetString() == "USD");
        usd.GetProperty("monthToDateMinor").GetInt64().ShouldBe(monthToDate);
        usd.GetProperty("last30Minor").GetInt64().ShouldBe(last30);

        var report = await (await client.GetAsync("/api/meals/reports?period=365d&currency=USD")).ReadAsAsync<JsonElement>();
        report.GetProperty("to").GetString().ShouldBe(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        report.GetProperty("totals").GetProperty("totalMinor").GetInt64().ShouldBe(last365);
        report.GetProperty("monthly").EnumerateArray().Sum(m => m.GetProperty("totalMinor").GetInt64()).ShouldBe(last365, "the months add up to the period");

        var budgets = await (await client.GetAsync("/api/meals/budgets/status")).ReadAsAsync<JsonElement>();
        budgets.GetProperty("month").GetString().ShouldBe(today.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        var overall = budgets.GetProperty("budgets").EnumerateArray().Single(b => b.GetProperty("categoryId").ValueKind == JsonValueKind.Null);
        overall.GetProperty("spentMinor").GetInt64().ShouldBe(monthToDate);
    }
}

public sealed class CalendarTestsOnSqlite() : CalendarTests(TestProvider.Sqlite);

public sealed class CalendarTestsOnPostgres() : CalendarTests(TestProvider.Postgres);

public sealed class CalendarTestsOnMySql() : CalendarTests(TestProvider.MySql);
