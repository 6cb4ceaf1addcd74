using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Shop;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Operations;
using Quartet.Shop.Points;
using Quartet.TestSupport;

// Load benchmarks of spec §8.5 (B1–B4) against a real Kestrel host on loopback, on SQLite or PostgreSQL.
// Usage: ShopBench <sqlite|postgres> [seconds=60] [rounds=50]
var provider = args.ElementAtOrDefault(0) == "postgres" ? TestProvider.Postgres : TestProvider.Sqlite;
var seconds = int.Parse(args.ElementAtOrDefault(1) ?? "60", System.Globalization.CultureInfo.InvariantCulture);
var rounds = int.Parse(args.ElementAtOrDefault(2) ?? "50", System.Globalization.CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(seconds);

await using var host = await QuartetTestHost.StartAsync(provider, new Dictionary<string, string?>
{
    ["Logging:LogLevel:Default"] = "Warning",
    // Two pools (platform and shop) must stay under PostgreSQL's default max_connections of 100.
    ["Quartet:Database:MaxPoolSize"] = "40",
}, loopback: true, modules: [new ShopModule()]);
Console.WriteLine($"Provider {provider}, {Environment.ProcessorCount} cores, {seconds} s per timed scenario, {rounds} race rounds");

var admin = await host.CreateUserAsync("shop.admin");
var employees = new List<TestUser>();
for (var i = 0; i < 200; i++)
{
    employees.Add(await host.CreateUserAsync("shop.employee"));
}

await SeedProductsAsync(10_000, 50);
await FundAsync(employees.Select(e => e.Id), 900_000);

await Scenario("B1 balance", 200, _ => (HttpMethod.Get, "/api/shop/me/balance", null));

var redeemable = await host.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<ShopDb>().Products
    .Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.Id).Take(100).ToListAsync();
await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<ShopDb>();
    foreach (var id in redeemable)
    {
        var stock = await db.Products.Where(p => p.Id == id).Select(p => p.Stock).SingleAsync();
        await db.Products.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, 1_000_000));
        db.StockMovements.Add(new StockMovement { Id = Guid.CreateVersion7(), ProductId = id, Delta = 1_000_000 - stock, StockAfter = 1_000_000, Kind = StockMovementKind.Adjust, Reason = "bench", CreatedAt = DateTime.UtcNow });
    }

    await db.SaveChangesAsync();
}

await Scenario("B2 redeem", 200, i => (HttpMethod.Post, "/api/shop/orders", new { productId = redeemable[Random.Shared.Next(redeemable.Count)], quantity = 1 }), windows: true);
await ReconcileAsync("after B2");

await RacesAsync();
await ReconcileAsync("after B3");

string[] sorts = ["newest", "cost_asc", "cost_desc", "name"];
string[] words = ["mug", "card", "lamp", "yoga", "book", "tour", "kit", "set"];
await Scenario("B4 catalogue", 100, _ =>
{
    var page = Random.Shared.Next(1, 6);
    var query = Random.Shared.Next(3) switch
    {
        0 => $"q={words[Random.Shared.Next(words.Length)]}",
        1 => $"category=category-{Random.Shared.Next(50):00}",
        _ => "",
    };
    return (HttpMethod.Get, $"/api/shop/products?page={page}&pageSize=20&sort={sorts[Random.Shared.Next(sorts.Length)]}&{query}", null);
});
return;

async Task Scenario(string name, int clients, Func<int, (HttpMethod Method, string Path, object? Body)> request, bool windows = false)
{
    var latencies = new ConcurrentBag<double>();
    var perWindow = new ConcurrentDictionary<int, int>();
    var statuses = new ConcurrentDictionary<int, int>();
    var clock = Stopwatch.StartNew();
    var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
    {
        var client = employees[c % employees.Count].Client;
        while (clock.Elapsed < duration)
        {
            var (method, path, body) = request(c);
            using var message = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            if (method == HttpMethod.Post)
            {
                message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            }

            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(message);
            await response.Content.LoadIntoBufferAsync();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if (response.IsSuccessStatusCode)
            {
                perWindow.AddOrUpdate((int)(clock.Elapsed.TotalSeconds / 10), 1, (_, n) => n + 1);
            }
        }
    })).ToArray();
    await Task.WhenAll(tasks);
    var sorted = latencies.Order().ToArray();
    double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
    var ok = statuses.Where(s => s.Key < 400).Sum(s => s.Value);
    Console.WriteLine($"{name}: {sorted.Length} requests, {ok / clock.Elapsed.TotalSeconds:F0} ok/s, p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, " +
        $"statuses {string.Join(" ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
    if (windows)
    {
        var full = perWindow.Where(w => (w.Key + 1) * 10 <= duration.TotalSeconds).OrderBy(w => w.Key).Select(w => w.Value / 10.0).ToList();
        Console.WriteLine($"{name}: successes/s per 10 s window: {string.Join(", ", full.Select(v => v.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} (min {(full.Count == 0 ? 0 : full.Min()):F0})");
    }
}

async Task RacesAsync()
{
    int oversold = 0, overdraft = 0, wrongStock = 0, wrongPoints = 0;
    for (var round = 0; round < rounds; round++)
    {
        var product = await CreateProductAsync(10, 10);
        var stockRace = await Task.WhenAll(employees.Select(e => Redeem(e.Client, product)));
        var sold = stockRace.Count(s => s == HttpStatusCode.Created);
        wrongStock += sold == 10 ? 0 : 1;
        oversold += await StockAsync(product) < 0 ? 1 : 0;

        var poor = await host.CreateUserAsync("shop.employee");
        await FundAsync([poor.Id], 50);
        var cheap = await CreateProductAsync(10, 1_000);
        var pointsRace = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Redeem(poor.Client, cheap)));
        var bought = pointsRace.Count(s => s == HttpStatusCode.Created);
        wrongPoints += bought == 5 ? 0 : 1;
        overdraft += await BalanceAsync(poor.Id) < 0 ? 1 : 0;
    }

    Console.WriteLine($"B3 races: {rounds} rounds; rounds without exactly 10 sold: {wrongStock}; without exactly 5 bought: {wrongPoints}; oversold: {oversold}; overdrawn: {overdraft}");
}

async Task<HttpStatusCode> Redeem(HttpClient client, Guid product)
{
    using var message = new HttpRequestMessage(HttpMethod.Post, "/api/shop/orders") { Content = JsonContent.Create(new { productId = product, quantity = 1 }) };
    message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
    using var response = await client.SendAsync(message);
    return response.StatusCode;
}

async Task<Guid> CreateProductAsync(int cost, int stock)
{
    var response = await admin.Client.PostAsJsonAsync("/api/shop/admin/products", new { name = "Race " + Guid.NewGuid().ToString("N")[..6], category = "race", pointsCost = cost, stock, isActive = true });
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}

async Task<int> StockAsync(Guid product)
{
    await using var scope = host.Services.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<ShopDb>().Products.Where(p => p.Id == product).Select(p => p.Stock).SingleAsync();
}

async Task<int> BalanceAsync(Guid user)
{
    await using var scope = host.Services.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<ShopDb>().Accounts.Where(a => a.UserId == user).Select(a => a.Balance).SingleAsync();
}

async Task FundAsync(IEnumerable<Guid> users, int amount)
{
    await using var scope = host.Services.CreateAsyncScope();
    var ledger = scope.ServiceProvider.GetRequiredService<PointsLedger>();
    var db = scope.ServiceProvider.GetRequiredService<ShopDb>();
    var ids = users.ToList();
    await ledger.EnsureAccountsAsync(ids, CancellationToken.None);
    await Quartet.Platform.Data.Transactions.InTransactionAsync(db, async ct =>
    {
        var accounts = await ledger.LockAccountsAsync(ids, ct);
        foreach (var account in accounts.Values)
        {
            ledger.Credit(account, amount, LedgerType.Grant, LedgerSource.Manual, "bench funding", Actor.System, null);
        }
    }, CancellationToken.None);
}

async Task SeedProductsAsync(int count, int categories)
{
    await using var scope = host.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<ShopDb>();
    var blobs = scope.ServiceProvider.GetRequiredService<Quartet.Platform.Blobs.IBlobStore>();
    var image = Quartet.Shop.Demo.DemoImages.Tile(1, (40, 90, 160));
    string[] nouns = ["mug", "card", "lamp", "yoga mat", "book", "tour", "kit", "set", "bottle", "voucher"];
    for (var i = 0; i < count; i++)
    {
        string? key = null;
        if (i % 4 == 0)
        {
            key = Guid.NewGuid().ToString("N");
            await using var content = new MemoryStream(image);
            await blobs.PutAsync("shop/" + key, content, "image/png", CancellationToken.None);
        }

        var product = new Product
        {
            Id = Guid.CreateVersion7(),
            Name = "",
            Category = "",
            CategoryKey = "",
            SearchText = "",
            PointsCost = 10 + (i % 500),
            Stock = 1_000,
            IsActive = true,
            Version = 1,
            ImageKey = key,
            ImageContentType = key is null ? null : "image/png",
            ImageBytes = key is null ? null : image.Length,
            ImageWidth = key is null ? null : 256,
            ImageHeight = key is null ? null : 256,
            CreatedAt = DateTime.UtcNow.AddSeconds(-i),
            CreatedBy = admin.Id,
            UpdatedAt = DateTime.UtcNow,
        };
        product.Describe($"Bench {nouns[i % nouns.Length]} {i}", $"A benchmark {nouns[i % nouns.Length]} number {i}.", "", $"category-{i % categories:00}");
        db.Products.Add(product);
        db.StockMovements.Add(new StockMovement { Id = Guid.CreateVersion7(), ProductId = product.Id, Delta = 1_000, StockAfter = 1_000, Kind = StockMovementKind.Initial, CreatedAt = DateTime.UtcNow });
        if (i % 1_000 == 999)
        {
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    await db.SaveChangesAsync();
}

async Task ReconcileAsync(string when)
{
    await using var scope = host.Services.CreateAsyncScope();
    var problems = await scope.ServiceProvider.GetRequiredService<Reconciler>().FindProblemsAsync(CancellationToken.None);
    Console.WriteLine($"reconcile {when}: {(problems.Count == 0 ? "clean" : $"{problems.Count} problem(s): {string.Join("; ", problems.Take(5))}")}");
}
