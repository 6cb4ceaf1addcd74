using System.Text.Json;

namespace Quartet.Shop.Tests;

/// <summary>What employees browse (spec 4.3): active products only, search, filters and stable sorted pages.</summary>
public abstract class CatalogueTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task Every_sort_pages_through_the_active_products_in_order_with_ties_broken_by_id()
    {
        var category = "Sorted " + Guid.NewGuid().ToString("N")[..6];
        int[] costs = [30, 10, 20, 10, 30, 20, 10];
        foreach (var (cost, i) in costs.Select((c, i) => (c, i)))
        {
            await kit.ProductAsync(cost: cost, name: $"Item {(char)('G' - i)}", category: category);
        }

        await kit.ProductAsync(cost: 5, active: false, category: category);
        var employee = await kit.EmployeeAsync();

        foreach (var sort in new[] { "newest", "cost_asc", "cost_desc", "name" })
        {
            var seen = new List<JsonElement>();
            for (var page = 1; page <= 4; page++)
            {
                var body = await (await employee.Client.GetAsync($"/api/shop/products?category={Uri.EscapeDataString(category.ToUpperInvariant())}&sort={sort}&page={page}&pageSize=2")).ReadAsAsync<JsonElement>();
                body.GetProperty("total").GetInt32().ShouldBe(costs.Length);
                seen.AddRange(body.GetProperty("items").EnumerateArray());
            }

            seen.Count.ShouldBe(costs.Length, sort);
            seen.Select(Id).Distinct().Count().ShouldBe(costs.Length, sort);
            var expected = sort switch
            {
                "cost_asc" => seen.OrderBy(Cost).ThenBy(Id),
                "cost_desc" => seen.OrderByDescending(Cost).ThenByDescending(Id),
                "name" => seen.OrderBy(p => p.GetProperty("name").GetString(), StringComparer.Ordinal).ThenBy(Id),
                _ => seen.OrderByDescending(p => p.GetProperty("createdAt").GetDateTime()).ThenBy(Id),
            };
            seen.Select(Id).ShouldBe(expected.Select(Id), sort);
        }
    }

    [Fact]
    public async Task Search_needs_every_word_matches_chinese_substrings_and_the_available_filter_hides_sold_out_products()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var mug = await kit.ProductAsync(name: $"Blue coffee mug {tag}");
        var soldOut = await kit.ProductAsync(name: $"Red coffee cup {tag}", stock: 0);
        var tea = await kit.ProductAsync(name: $"绿茶礼盒 {tag}", category: "饮品");
        var hidden = await kit.ProductAsync(name: $"Hidden coffee mug {tag}", active: false);
        var employee = await kit.EmployeeAsync();

        async Task<List<Guid>> SearchAsync(string query) =>
            [.. (await (await employee.Client.GetAsync($"/api/shop/products?pageSize=100&q={Uri.EscapeDataString(query)}")).ReadAsAsync<JsonElement>())
                .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())];

        (await SearchAsync($"COFFEE {tag}")).ShouldBe([mug, soldOut], ignoreOrder: true);
        (await SearchAsync($"mug {tag}")).ShouldBe([mug]);
        (await SearchAsync($"茶礼 {tag}")).ShouldBe([tea]);
        (await SearchAsync(tag)).ShouldNotContain(hidden);

        var available = await (await employee.Client.GetAsync($"/api/shop/products?pageSize=100&available=true&q={tag}")).ReadAsAsync<JsonElement>();
        available.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldNotContain(soldOut);
        var listed = await (await employee.Client.GetAsync($"/api/shop/products/{soldOut}")).ReadAsAsync<JsonElement>();
        listed.GetProperty("available").GetBoolean().ShouldBeFalse();
        (await employee.Client.GetAsync($"/api/shop/products/{hidden}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_front_page_equals_the_filtered_query_and_its_total_follows_every_activation_and_deactivation()
    {
        var employee = await kit.EmployeeAsync();
        var admin = await kit.AdminAsync();

        // No filter and sort "newest" is the front page's own read; minCost=1 (every cost is above 0) the general query.
        async Task<string> PageAsync(int page, string extra = "") =>
            await (await employee.Client.GetAsync($"/api/shop/products?page={page}&pageSize=3{extra}")).Content.ReadAsStringAsync();
        async Task<int> TotalAsync() => JsonDocument.Parse(await PageAsync(1)).RootElement.GetProperty("total").GetInt32();
        async Task ShouldEqualTheFilteredQueryAsync()
        {
            for (var page = 1; page <= 3; page++)
            {
                (await PageAsync(page)).ShouldBe(await PageAsync(page, "&minCost=1"));
            }
        }

        await kit.ProductAsync(name: "Front page first");
        var before = await TotalAsync();
        await ShouldEqualTheFilteredQueryAsync();

        var added = await kit.ProductAsync(name: "Front page second", stock: 0);
        await kit.ProductAsync(name: "Front page hidden", active: false);
        (await TotalAsync()).ShouldBe(before + 1);
        await ShouldEqualTheFilteredQueryAsync();

        (await admin.Client.PostAsync($"/api/shop/admin/products/{added}/deactivate", null)).EnsureSuccessStatusCode();
        (await TotalAsync()).ShouldBe(before);
        await ShouldEqualTheFilteredQueryAsync();

        (await admin.Client.PostAsync($"/api/shop/admin/products/{added}/activate", null)).EnsureSuccessStatusCode();
        (await TotalAsync()).ShouldBe(before + 1);
        await ShouldEqualTheFilteredQueryAsync();
    }

    private static Guid Id(JsonElement product) => product.GetProperty("id").GetGuid();

    private static int Cost(JsonElement product) => product.GetProperty("pointsCost").GetInt32();
}

public sealed class CatalogueTestsOnSqlite(SqliteHost fixture) : CatalogueTests<SqliteHost>(fixture);

public sealed class CatalogueTestsOnPostgres(PostgresHost fixture) : CatalogueTests<PostgresHost>(fixture);

public sealed class CatalogueTestsOnMySql(MySqlHost fixture) : CatalogueTests<MySqlHost>(fixture);
