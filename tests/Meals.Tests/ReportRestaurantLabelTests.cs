using System.Net.Http.Json;

namespace Quartet.Meals.Tests;

/// <summary>"By restaurant" tells same-named restaurants apart by city, or by street address when a city is missing.</summary>
public abstract class ReportRestaurantLabelTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    [Fact]
    public async Task Same_named_restaurants_carry_their_city_or_address_in_the_report()
    {
        var user = await fixture.Host.CreateUserAsync();
        var boston = await user.Client.CreateRestaurantAsync("Little Kitchen", "Boston");
        var denver = await user.Client.CreateRestaurantAsync("Little Kitchen", "Denver");
        var first = await CreateAsync(user.Client, "Noodle Bar", "Austin", "1 Main St");
        var second = await CreateAsync(user.Client, "Noodle Bar", null, "9 Elm St");
        var unique = await user.Client.CreateRestaurantAsync("Solo Diner", "Boston");
        foreach (var (restaurant, amount) in new[] { (boston, 5000L), (denver, 4000L), (first, 3000L), (second, 2000L), (unique, 1000L) })
        {
            await user.Client.CreateExpenseAsync(restaurant, amount);
        }

        var report = await (await user.Client.GetAsync("/api/meals/reports?period=30d")).JsonAsync();

        report.GetProperty("byRestaurant").EnumerateArray().Select(s => s.GetProperty("label").GetString()).ShouldBe(
            ["Little Kitchen · Boston", "Little Kitchen · Denver", "Noodle Bar · Austin", "Noodle Bar · 9 Elm St", "Solo Diner"]);
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string name, string? city, string addressLine1)
    {
        var response = await client.PostAsJsonAsync("/api/meals/restaurants", new { name, city, addressLine1 });
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }
}

public sealed class ReportRestaurantLabelTestsOnSqlite(SqliteHost fixture) : ReportRestaurantLabelTests<SqliteHost>(fixture);
