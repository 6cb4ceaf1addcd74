using System.Net.Http.Json;
using System.Text.Json;

namespace Quartet.Meals.Tests;

public abstract class BudgetTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    [Theory]
    [InlineData(7999, "ok")]
    [InlineData(8000, "warning")]
    [InlineData(10000, "warning")]
    [InlineData(10001, "over")]
    public async Task Budget_state_follows_the_warning_line_and_the_limit(long spent, string state)
    {
        var user = await fixture.Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Budget Diner");
        (await user.Client.PostAsJsonAsync("/api/meals/budgets", new { limitMinor = 10000, currency = "USD" })).EnsureSuccessStatusCode();
        await user.Client.CreateExpenseAsync(restaurant, spent, "2025-03-05");
        await user.Client.CreateExpenseAsync(restaurant, 99999, "2025-04-01");
        await user.Client.CreateExpenseAsync(restaurant, 99999, "2025-03-05", currency: "EUR");
        var status = await (await user.Client.GetAsync("/api/meals/budgets/status?month=2025-03")).JsonAsync();
        var budget = status.GetProperty("budgets")[0];
        budget.GetProperty("spentMinor").GetInt64().ShouldBe(spent);
        budget.GetProperty("state").GetString().ShouldBe(state);
        budget.GetProperty("projectedMinor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Reports_answer_304_to_a_current_etag_and_refuse_long_periods()
    {
        var user = await fixture.Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Report Grill");
        await user.Client.CreateExpenseAsync(restaurant, 1500, DateTime.UtcNow.ToString("yyyy-MM-dd"));
        var first = await user.Client.GetAsync("/api/meals/reports?period=30d");
        var report = await first.JsonAsync();
        report.GetProperty("totals").GetProperty("totalMinor").GetInt64().ShouldBe(1500);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/meals/reports?period=30d");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);
        (await user.Client.SendAsync(request)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotModified);
        await (await user.Client.GetAsync("/api/meals/reports?period=custom&from=2020-01-01&to=2023-01-01"))
            .ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest, "PERIOD_INVALID");
        var dashboard = await (await user.Client.GetAsync("/api/meals/dashboard")).JsonAsync();
        dashboard.GetProperty("currencies")[0].GetProperty("last30Minor").GetInt64().ShouldBe(1500);
    }
}

public sealed class BudgetTestsOnSqlite(SqliteHost fixture) : BudgetTests<SqliteHost>(fixture);

public sealed class BudgetTestsOnPostgres(PostgresHost fixture) : BudgetTests<PostgresHost>(fixture);

public sealed class BudgetTestsOnMySql(MySqlHost fixture) : BudgetTests<MySqlHost>(fixture);
