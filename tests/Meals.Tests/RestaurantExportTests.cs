using System.Net;

namespace Quartet.Meals.Tests;

public abstract class RestaurantExportTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    [Fact]
    public async Task Restaurant_export_lists_only_my_restaurants_with_stats_and_formula_safe_cells()
    {
        var user = await fixture.Host.CreateUserAsync();
        var other = await fixture.Host.CreateUserAsync();
        await other.Client.CreateRestaurantAsync("Not Mine");
        var diner = await user.Client.CreateRestaurantAsync("=Diner", "Boston");
        await user.Client.CreateRestaurantAsync("Cafe, \"Quoted\"");
        await user.Client.CreateExpenseAsync(diner, 1000, "2025-03-01");
        await user.Client.CreateExpenseAsync(diner, 2000, "2025-03-04");

        var csv = await user.Client.GetAsync("/api/meals/restaurants/export?format=csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("id,name,address_line1");
        lines.Length.ShouldBe(3);
        lines.ShouldContain(l => l.Contains(",\"Cafe, \"\"Quoted\"\"\",", StringComparison.Ordinal));
        lines.ShouldContain(l => l.Contains($"{diner},'=Diner,,,Boston,", StringComparison.Ordinal) && l.Contains(",2,2025-03-04,", StringComparison.Ordinal));
        lines.ShouldAllBe(l => !l.Contains("Not Mine", StringComparison.Ordinal));

        var json = await (await user.Client.GetAsync("/api/meals/restaurants/export?format=json")).JsonAsync();
        json.GetProperty("format").GetString().ShouldBe("meals-restaurants");
        var restaurants = json.GetProperty("restaurants").EnumerateArray().ToList();
        restaurants.Count.ShouldBe(2);
        var exported = restaurants.Single(r => r.GetProperty("id").GetGuid() == diner);
        exported.GetProperty("name").GetString().ShouldBe("=Diner");
        exported.GetProperty("stats").GetProperty("visits").GetInt32().ShouldBe(2);

        await (await user.Client.GetAsync("/api/meals/restaurants/export?format=xml")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task Place_lookup_is_disabled_without_a_provider()
    {
        var user = await fixture.Host.CreateUserAsync();
        await (await user.Client.GetAsync("/api/meals/places/search?q=pizza")).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "PLACES_LOOKUP_DISABLED");
        await (await fixture.Host.CreateClient().GetAsync("/api/meals/places/search?q=pizza")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class RestaurantExportTestsOnSqlite(SqliteHost fixture) : RestaurantExportTests<SqliteHost>(fixture);

public sealed class RestaurantExportTestsOnPostgres(PostgresHost fixture) : RestaurantExportTests<PostgresHost>(fixture);

public sealed class RestaurantExportTestsOnMySql(MySqlHost fixture) : RestaurantExportTests<MySqlHost>(fixture);
