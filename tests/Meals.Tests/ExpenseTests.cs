using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Data;

namespace Quartet.Meals.Tests;

public static class ExpenseBadInputs
{
    public static TheoryData<string, string> Cases => new()
    {
        { """{"amountMinor":0}""", "VALIDATION_FAILED" },
        { """{"amountMinor":-100}""", "VALIDATION_FAILED" },
        { """{"amountMinor":1000000001}""", "VALIDATION_FAILED" },
        { """{"amountMinor":100,"partySize":0}""", "VALIDATION_FAILED" },
        { """{"amountMinor":100,"partySize":51}""", "VALIDATION_FAILED" },
        { """{"amountMinor":100,"notes":"NOTES2001"}""", "VALIDATION_FAILED" },
        { """{"amountMinor":100,"tags":TAGS21}""", "VALIDATION_FAILED" },
        { """{"amountMinor":100,"timeZone":"Mars/Olympus"}""", "VALIDATION_FAILED" },
        { """{"amountMinor":100,"currency":"XYZ"}""", "VALIDATION_FAILED" },
        { """{"amountMinor":100,"localDate":"TWO_DAYS_AHEAD"}""", "DATE_OUT_OF_RANGE" },
        { """{"amountMinor":100,"localDate":"1969-12-31"}""", "DATE_OUT_OF_RANGE" },
        { """{"amountMinor":100,"mealType":"feast"}""", "VALIDATION_FAILED" },
        { """{"amountMinor":100,"tags":["!!!"]}""", "TAG_NAME_INVALID" },
    };
}

public abstract class ExpenseTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task An_expense_is_created_with_defaults_and_price_per_person()
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Luigi's", "Boston");
        var expense = await user.Client.CreateExpenseAsync(restaurant, 1001, "2025-01-10", partySize: 2, tags: ["Date Night", "date-night", "italian"]);
        expense.GetProperty("currency").GetString().ShouldBe("USD");
        expense.GetProperty("pricePerPersonMinor").GetInt64().ShouldBe(501);
        expense.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["Date-Night", "italian"]);
        expense.GetProperty("occurredAt").GetDateTime().ShouldBe(new DateTime(2025, 1, 10, 12, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [MemberData(nameof(ExpenseBadInputs.Cases), MemberType = typeof(ExpenseBadInputs))]
    public async Task Bad_expense_input_is_refused_and_writes_nothing(string body, string code)
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Cafe");
        var json = body
            .Replace("{", $"{{\"restaurantId\":\"{restaurant}\",", StringComparison.Ordinal)
            .Replace("NOTES2001", new string('n', 2001), StringComparison.Ordinal)
            .Replace("TAGS21", JsonSerializer.Serialize(Enumerable.Range(1, 21).Select(i => $"t{i}")), StringComparison.Ordinal)
            .Replace("TWO_DAYS_AHEAD", DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd"), StringComparison.Ordinal);
        var response = await user.Client.PostAsync("/api/meals/expenses", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
        var list = await (await user.Client.GetAsync("/api/meals/expenses")).JsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Sorting_by_date_orders_one_day_by_time_of_day()
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Corner Cafe", "Boston");
        foreach (var (time, amount) in new[] { ("12:30", 200L), ("08:15", 100L), ("19:45", 300L) })
        {
            await user.Client.CreateExpenseAsync(restaurant, amount, "2025-02-03", localTime: time);
        }

        await user.Client.CreateExpenseAsync(restaurant, 400, "2025-02-04", localTime: "07:00");

        async Task<long[]> AmountsAsync(string order) =>
            [.. (await (await user.Client.GetAsync($"/api/meals/expenses?sort=date&order={order}")).JsonAsync())
                .GetProperty("items").EnumerateArray().Select(e => e.GetProperty("amountMinor").GetInt64())];
        (await AmountsAsync("desc")).ShouldBe([400, 300, 200, 100]);
        (await AmountsAsync("asc")).ShouldBe([100, 200, 300, 400]);
    }

    [Fact]
    public async Task An_expense_keeps_its_local_date_after_the_user_changes_time_zone()
    {
        var user = await Host.CreateUserAsync();
        (await user.Client.PutAsJsonAsync("/api/meals/settings", new { homeCurrency = "NZD", timeZone = "Pacific/Auckland" })).EnsureSuccessStatusCode();
        var restaurant = await user.Client.CreateRestaurantAsync("Sushi");
        var created = await user.Client.CreateExpenseAsync(restaurant, 4500, "2025-01-10", localTime: "08:15");
        (await user.Client.PutAsJsonAsync("/api/meals/settings", new { homeCurrency = "USD", timeZone = "Pacific/Honolulu" })).EnsureSuccessStatusCode();
        var read = await (await user.Client.GetAsync($"/api/meals/expenses/{created.GetProperty("id").GetGuid()}")).JsonAsync();
        read.GetProperty("localDate").GetString().ShouldBe("2025-01-10");
        read.GetProperty("localTime").GetString().ShouldBe("08:15");
        read.GetProperty("timeZone").GetString().ShouldBe("Pacific/Auckland");
        read.GetProperty("currency").GetString().ShouldBe("NZD");
        var filtered = await (await user.Client.GetAsync("/api/meals/expenses?from=2025-01-10&to=2025-01-10")).JsonAsync();
        filtered.GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Legacy_zone_aliases_are_saved_canonically_and_unknown_ones_refused()
    {
        var user = await Host.CreateUserAsync();
        var saved = await (await user.Client.PutAsJsonAsync("/api/meals/settings", new { homeCurrency = "eur", timeZone = "US/Pacific" })).JsonAsync();
        saved.GetProperty("timeZone").GetString().ShouldBe("America/Los_Angeles");
        saved.GetProperty("homeCurrency").GetString().ShouldBe("EUR");
        await (await user.Client.PutAsJsonAsync("/api/meals/settings", new { homeCurrency = "EUR", timeZone = "Nowhere/Land" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task Summary_never_mixes_currencies()
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Anywhere");
        await user.Client.CreateExpenseAsync(restaurant, 1000, "2025-01-01");
        await user.Client.CreateExpenseAsync(restaurant, 1500, "2025-01-02", currency: "JPY");
        await user.Client.CreateExpenseAsync(restaurant, 2000, "2025-01-03");
        var summary = await (await user.Client.GetAsync("/api/meals/expenses/summary")).JsonAsync();
        var totals = summary.GetProperty("currencies").EnumerateArray().ToDictionary(c => c.GetProperty("currency").GetString()!, c => c.GetProperty("totalMinor").GetInt64());
        totals.ShouldBe(new Dictionary<string, long> { ["JPY"] = 1500, ["USD"] = 3000 });
    }

    [Fact]
    public async Task Two_puts_with_the_same_If_Match_give_one_200_and_one_412()
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Diner");
        var expense = await user.Client.CreateExpenseAsync(restaurant, 1000, "2025-01-01");
        var id = expense.GetProperty("id").GetGuid();
        (await user.Client.PutAsJsonAsync($"/api/meals/expenses/{id}", new { restaurantId = restaurant, amountMinor = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(i =>
            user.Client.SendAsync(MealsKit.Put($"/api/meals/expenses/{id}", new { restaurantId = restaurant, amountMinor = 2000 + i, localDate = "2025-01-01" }, "\"v1\""))));
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        await responses.Single(r => r.StatusCode != HttpStatusCode.OK).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "VERSION_MISMATCH");
    }

    [Fact]
    public async Task Parallel_posts_with_one_idempotency_key_create_one_expense()
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Queue Cafe");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/meals/expenses") { Content = JsonContent.Create(new { restaurantId = restaurant, amountMinor = 450, localDate = "2025-01-01" }) };
            request.Headers.Add("Idempotency-Key", "offline-1");
            return user.Client.SendAsync(request);
        }));
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.JsonAsync()).GetProperty("id").GetGuid()));
        ids.Distinct().Count().ShouldBe(1);
        (await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))).Distinct().Count().ShouldBe(1, "every replay is the first answer, byte for byte");
        responses.Select(r => r.Headers.Location).Distinct().Count().ShouldBe(1);
        responses.Count(r => r.Headers.Contains("Idempotency-Replayed")).ShouldBe(7);
        var reused = new HttpRequestMessage(HttpMethod.Post, "/api/meals/expenses") { Content = JsonContent.Create(new { restaurantId = restaurant, amountMinor = 999, localDate = "2025-01-01" }) };
        reused.Headers.Add("Idempotency-Key", "offline-1");
        await (await user.Client.SendAsync(reused)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");
        (await (await user.Client.GetAsync("/api/meals/expenses")).JsonAsync()).GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Ten_parallel_first_requests_create_one_settings_row_and_seven_categories()
    {
        var user = await Host.CreateUserAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => user.Client.GetAsync("/api/meals/categories")));
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        (await db.Settings.CountAsync(s => s.UserId == user.Id)).ShouldBe(1);
        (await db.Categories.CountAsync(c => c.UserId == user.Id)).ShouldBe(7);
    }

    [Fact]
    public async Task Twenty_parallel_creates_of_one_restaurant_give_one_201_and_nineteen_409()
    {
        var user = await Host.CreateUserAsync();
        await user.Client.GetAsync("/api/meals/settings");
        var names = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? "The  Golden Fork" : "the golden FORK ").ToList();
        var responses = await Task.WhenAll(names.Select(n => user.Client.PostAsJsonAsync("/api/meals/restaurants", new { name = n, city = " Paris" })));
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        var createdId = (await responses.Single(r => r.StatusCode == HttpStatusCode.Created).JsonAsync()).GetProperty("id").GetGuid();
        foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var problem = await conflict.ShouldBeProblemAsync(HttpStatusCode.Conflict, "RESTAURANT_DUPLICATE");
            problem.GetProperty("existingId").GetGuid().ShouldBe(createdId);
        }
    }

    [Fact]
    public async Task Deleting_a_restaurant_with_expenses_needs_cascade()
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Closing Soon");
        await user.Client.CreateExpenseAsync(restaurant, 1000, "2025-01-01");
        var refused = await (await user.Client.DeleteAsync($"/api/meals/restaurants/{restaurant}")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "RESTAURANT_HAS_EXPENSES");
        refused.GetProperty("expenseCount").GetInt32().ShouldBe(1);
        (await user.Client.DeleteAsync($"/api/meals/restaurants/{restaurant}?cascade=true")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await user.Client.GetAsync("/api/meals/expenses")).JsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_cascading_delete_racing_expense_creates_never_leaves_an_orphan()
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Racing Grill");
        await user.Client.CreateExpenseAsync(restaurant, 1000, "2025-01-01");
        var creates = Enumerable.Range(0, 6).Select(_ => user.Client.PostAsJsonAsync("/api/meals/expenses", new { restaurantId = restaurant, amountMinor = 700, localDate = "2025-01-02" }));
        var delete = user.Client.DeleteAsync($"/api/meals/restaurants/{restaurant}?cascade=true");
        var all = await Task.WhenAll(creates.Append(delete));
        all.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.NotFound || r.StatusCode == HttpStatusCode.NoContent);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        (await db.Expenses.CountAsync(e => e.UserId == user.Id && !db.Restaurants.Any(r => r.Id == e.RestaurantId))).ShouldBe(0);
    }

    [Fact]
    public async Task Refunds_cannot_be_created_by_api_and_keep_their_sign()
    {
        var user = await Host.CreateUserAsync();
        var csv = "date,amount,restaurant\n2025-01-05,-12.50,Refund Place\n";
        await user.Client.ImportAndApplyAsync(System.Text.Encoding.UTF8.GetBytes(csv), "r.csv");
        var refund = (await (await user.Client.GetAsync("/api/meals/expenses")).JsonAsync()).GetProperty("items")[0];
        refund.GetProperty("amountMinor").GetInt64().ShouldBe(-1250);
        var id = refund.GetProperty("id").GetGuid();
        var restaurantId = refund.GetProperty("restaurantId").GetGuid();
        await (await user.Client.SendAsync(MealsKit.Put($"/api/meals/expenses/{id}", new { restaurantId, amountMinor = 1250, localDate = "2025-01-05" }, "\"v1\"")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "REFUND_SIGN_CHANGE");
        (await user.Client.SendAsync(MealsKit.Put($"/api/meals/expenses/{id}", new { restaurantId, amountMinor = -1000, localDate = "2025-01-05" }, "\"v1\"")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Javascript_websites_are_refused_and_bare_hosts_get_https()
    {
        var user = await Host.CreateUserAsync();
        await (await user.Client.PostAsJsonAsync("/api/meals/restaurants", new { name = "XSS", website = "javascript:alert(1)" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        var created = await (await user.Client.PostAsJsonAsync("/api/meals/restaurants", new { name = "Web", website = "Example.COM/menu#top" })).JsonAsync();
        created.GetProperty("website").GetString().ShouldBe("https://example.com/menu");
    }
}

public sealed class ExpenseTestsOnSqlite(SqliteHost fixture) : ExpenseTests<SqliteHost>(fixture);

public sealed class ExpenseTestsOnPostgres(PostgresHost fixture) : ExpenseTests<PostgresHost>(fixture);

public sealed class ExpenseTestsOnMySql(MySqlHost fixture) : ExpenseTests<MySqlHost>(fixture);
