using System.Globalization;
using System.Text;

namespace Quartet.Meals.Tests;

/// <summary>
/// The list's total and pages on both sides of its one-pass read (1,000 matches), and cached aggregates that follow every
/// write at once.
/// </summary>
public abstract class ListAndCacheTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    [Fact]
    public async Task Pages_and_total_are_exact_below_and_above_a_thousand_matches()
    {
        var user = await fixture.Host.CreateUserAsync();
        var csv = new StringBuilder("date,amount,restaurant\n");
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < 1005; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{start.AddDays(i % 400):yyyy-MM-dd},{1 + i / 100m:0.00},Paging Place {i % 7}\n");
        }

        (await user.Client.ImportAndApplyAsync(Encoding.UTF8.GetBytes(csv.ToString()), "many.csv")).GetProperty("created").GetInt32().ShouldBe(1005);

        var seen = new List<Guid>();
        for (var page = 1; page <= 11; page++)
        {
            var list = await (await user.Client.GetAsync($"/api/meals/expenses?pageSize=100&page={page}&sort=amount&order=asc")).JsonAsync();
            list.GetProperty("total").GetInt32().ShouldBe(1005);
            seen.AddRange(list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        }

        seen.Count.ShouldBe(1005);
        seen.Distinct().Count().ShouldBe(1005);
        var amounts = new List<long>();
        foreach (var page in new[] { 10, 11 })
        {
            var items = (await (await user.Client.GetAsync($"/api/meals/expenses?pageSize=100&page={page}&sort=amount&order=asc")).JsonAsync()).GetProperty("items");
            amounts.AddRange(items.EnumerateArray().Select(e => e.GetProperty("amountMinor").GetInt64()));
        }

        amounts.ShouldBe(Enumerable.Range(900, 105).Select(i => 100L + i));
        var beyond = await (await user.Client.GetAsync("/api/meals/expenses?pageSize=100&page=12")).JsonAsync();
        beyond.GetProperty("items").GetArrayLength().ShouldBe(0);
        beyond.GetProperty("total").GetInt32().ShouldBe(1005);
        await user.Client.CreateExpenseAsync(await user.Client.CreateRestaurantAsync("Paging Place 7"), 99);
        (await (await user.Client.GetAsync("/api/meals/expenses?pageSize=100&page=12&sort=amount&order=asc")).JsonAsync()).GetProperty("total").GetInt32().ShouldBe(1006);

        var few = await (await user.Client.GetAsync("/api/meals/expenses?pageSize=2&page=2&minAmount=1000&maxAmount=1004&sort=amount")).JsonAsync();
        few.GetProperty("total").GetInt32().ShouldBe(5);
        few.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("amountMinor").GetInt64()).ShouldBe([1002L, 1001L]);
        var last = await (await user.Client.GetAsync("/api/meals/expenses?pageSize=2&page=3&minAmount=1000&maxAmount=1004&sort=amount")).JsonAsync();
        last.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("amountMinor").GetInt64()).ShouldBe([1000L]);
    }

    [Fact]
    public async Task Dashboard_report_and_summary_follow_each_write_at_once()
    {
        var user = await fixture.Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Cache Corner");
        await user.Client.CreateExpenseAsync(restaurant, 1000);
        var before = await ReadAsync(user);

        var second = (await user.Client.CreateExpenseAsync(restaurant, 2500)).GetProperty("id").GetGuid();
        var after = await ReadAsync(user);

        after.SummaryCount.ShouldBe(before.SummaryCount + 1);
        after.ReportTotal.ShouldBe(before.ReportTotal + 2500);
        after.DashboardMonth.ShouldBe(before.DashboardMonth + 2500);
        (await user.Client.DeleteAsync($"/api/meals/expenses/{second}")).EnsureSuccessStatusCode();
        (await ReadAsync(user)).ShouldBe(before);
        (await ReadAsync(user)).ShouldBe(before);

        var stranger = await fixture.Host.CreateUserAsync();
        (await ReadAsync(stranger)).SummaryCount.ShouldBe(0);
    }

    private sealed record Figures(int SummaryCount, long ReportTotal, long DashboardMonth);

    private static async Task<Figures> ReadAsync(TestUser user)
    {
        var summary = await (await user.Client.GetAsync("/api/meals/expenses/summary")).JsonAsync();
        var report = await (await user.Client.GetAsync("/api/meals/reports?period=30d")).JsonAsync();
        var dashboard = await (await user.Client.GetAsync("/api/meals/dashboard")).JsonAsync();
        var month = dashboard.GetProperty("currencies").EnumerateArray().Select(c => c.GetProperty("monthToDateMinor").GetInt64()).Sum();
        return new Figures(summary.GetProperty("count").GetInt32(), report.GetProperty("totals").GetProperty("totalMinor").GetInt64(), month);
    }
}

public sealed class ListAndCacheTestsOnSqlite(SqliteHost fixture) : ListAndCacheTests<SqliteHost>(fixture);

public sealed class ListAndCacheTestsOnPostgres(PostgresHost fixture) : ListAndCacheTests<PostgresHost>(fixture);

public sealed class ListAndCacheTestsOnMySql(MySqlHost fixture) : ListAndCacheTests<MySqlHost>(fixture);
