using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Shop.Data;
using Quartet.Shop.Operations;

namespace Quartet.Shop.Tests;

/// <summary>Drives the shop through its HTTP API the way clients do, and checks the invariants afterwards.</summary>
public sealed class ShopKit(QuartetTestHost host)
{
    private TestUser? admin;

    public QuartetTestHost Host => host;

    public async Task<TestUser> AdminAsync() => admin ??= await host.CreateUserAsync("shop.admin");

    public Task<TestUser> EmployeeAsync() => host.CreateUserAsync("shop.employee");

    public async Task GrantAsync(Guid userId, int amount)
    {
        var response = await (await AdminAsync()).Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId, amount, reason = "test funding" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public async Task<TestUser> FundedEmployeeAsync(int points)
    {
        var employee = await EmployeeAsync();
        if (points > 0)
        {
            await GrantAsync(employee.Id, points);
        }

        return employee;
    }

    public async Task<Guid> ProductAsync(int cost = 100, int stock = 100, bool active = true, string? name = null, string category = "Gadgets")
    {
        var response = await (await AdminAsync()).Client.PostAsJsonAsync("/api/shop/admin/products", new
        {
            name = name ?? $"Product {Guid.NewGuid():N}",
            description = "A test product",
            category,
            pointsCost = cost,
            stock,
            isActive = active,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> RedeemAsync(HttpClient client, Guid productId, int quantity = 1, string? key = null, int? expectedUnitCost = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/shop/orders")
        {
            Content = JsonContent.Create(new { productId, quantity, expectedUnitCost }),
        };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> CheckoutAsync(HttpClient client, string? key, params (Guid ProductId, int Quantity)[] lines)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/shop/cart/checkout")
        {
            Content = JsonContent.Create(new { lines = lines.Select(l => new { productId = l.ProductId, quantity = l.Quantity }) }),
        };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
        return client.SendAsync(request);
    }

    public static async Task<Guid> PlaceAsync(HttpClient client, Guid productId, int quantity = 1)
    {
        var response = await RedeemAsync(client, productId, quantity);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsAsync<JsonElement>()).GetProperty("order").GetProperty("id").GetGuid();
    }

    public static async Task<int> BalanceAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/shop/me/balance")).ReadAsAsync<JsonElement>()).GetProperty("balance").GetInt32();

    public async Task<T> QueryAsync<T>(Func<ShopDb, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ShopDb>());
    }

    public Task<int> StockAsync(Guid productId) => QueryAsync(db => db.Products.Where(p => p.Id == productId).Select(p => p.Stock).SingleAsync());

    public Task<int> CountAsync<TEntity>() where TEntity : class => QueryAsync(db => db.Set<TEntity>().CountAsync());

    /// <summary>Invariants I1–I7 hold (the reconcile command would report nothing).</summary>
    public async Task ShouldReconcileAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<Reconciler>().FindProblemsAsync(CancellationToken.None);
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    /// <summary>Runs every request at the same moment (as far as the runtime allows) and returns the responses.</summary>
    public static async Task<HttpResponseMessage[]> TogetherAsync(int count, Func<int, Task<HttpResponseMessage>> send)
    {
        using var start = new ManualResetEventSlim(false);
        var tasks = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await send(i);
        })).ToArray();
        start.Set();
        return await Task.WhenAll(tasks);
    }

    public static async Task<string?> CodeOfAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return json.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}
