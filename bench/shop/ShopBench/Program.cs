using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Accounts;
using Quartet.Platform.Blobs;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;
using Quartet.Shop;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Demo;
using Quartet.Shop.Points;
using Quartet.Shop.Products;
using Quartet.TestSupport;

// Benchmarks of spec §8.5. The server is a separate process (`quartet serve --apps shop`, see run.sh); this program
// prepares its data set (`setup`, in-process against the same database, no HTTP) and then generates load over loopback
// HTTP from its own process (`load`).
//   ShopBench setup <dir> <sqlite|postgres|mysql> [employees=200] [products=10000]  → <dir>/bench.json
//   ShopBench setup-ledger <dir> <sqlite|postgres> [rows=1000000]                 → <dir>/bench.json (B6: an admin and N ledger rows)
//   ShopBench load <baseUrl> <dir> <b1|b2|b3|b4|b6|b7> [seconds=60] [rounds=50] [clients]
return args.ElementAtOrDefault(0) switch
{
    "setup" => await SetupAsync(args[1], args[2], Int(3, 200), Int(4, 10_000)),
    "setup-ledger" => await SetupLedgerAsync(args[1], args[2] == "postgres", Int(3, 1_000_000)),
    "load" => await LoadAsync(new Uri(args[1]), args[2], args[3], TimeSpan.FromSeconds(Int(4, 60)), Int(5, 50), args.Length > 6 ? Int(6, 0) : null),
    _ => Usage(),
};

int Int(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static int Usage()
{
    Console.Error.WriteLine(
        "usage: ShopBench setup <dir> <sqlite|postgres|mysql> [employees] [products] | setup-ledger <dir> <sqlite|postgres> [rows] | load <baseUrl> <dir> <b1|b2|b3|b4|b6|b7> [seconds] [rounds] [clients]");
    return 2;
}

static async Task<int> SetupAsync(string dir, string engine, int employeeCount, int productCount)
{
    var started = Stopwatch.StartNew();
    Directory.CreateDirectory(dir);
    // MySQL: a database per app named after the deployment (QUARTET_TEST_MYSQL), created by the migrations below.
    var connection = engine switch
    {
        "postgres" => await TestDatabases.CreatePostgresDatabaseAsync(),
        "mysql" => TestDatabases.NewMySqlDeployment(),
        _ => null,
    };
    string[] settings =
    [
        $"--Quartet:DataDir={dir}",
        "--Quartet:Auth:PasswordHasher:IterationCount=1000",
        "--Quartet:RateLimits:AuthPerMinute=1000000",
        "--Logging:LogLevel:Default=Warning",
        .. connection is null ? Array.Empty<string>() : [$"--ConnectionStrings:Default={connection}"],
        .. engine == "mysql" ? ["--Quartet:Database:Engine=mysql"] : Array.Empty<string>(),
    ];
    await using var app = QuartetApp.Build(settings, [new ShopModule()], builder => builder.WebHost.UseTestServer());
    await app.MigrateAsync();
    await app.StartAsync();
    using var http = app.GetTestServer().CreateClient();

    // B5's 10,000 employees only need accounts; the load scenarios need a token for each client.
    var withTokens = employeeCount <= 1_000;
    async Task<BenchUser> UserAsync(string email, params string[] roles)
    {
        var view = await DemoAccounts.EnsureAsync(app.Services, email, QuartetTestHost.TestPassword, null, roles, CancellationToken.None);
        return new BenchUser(view.Id, withTokens ? await QuartetTestHost.GetTokenAsync(http, email, QuartetTestHost.TestPassword) : "");
    }

    var admin = await UserAsync("bench-admin@bench.quartet", "shop.admin");
    var employees = new List<BenchUser>();
    for (var i = 0; i < employeeCount; i++)
    {
        employees.Add(await UserAsync($"bench-{i:00000}@bench.quartet", "shop.employee"));
    }

    // B3's "one employee whose balance covers 5": one fresh employee per round, funded with 50 (cost 10).
    var poor = new List<BenchUser>();
    for (var i = 0; i < 50; i++)
    {
        poor.Add(await UserAsync($"bench-poor-{i:000}@bench.quartet", "shop.employee"));
    }

    var redeemable = await SeedProductsAsync(app.Services, admin.Id, productCount, 50);
    await FundAsync(app.Services, employees.Select(e => e.Id), 900_000);
    await FundAsync(app.Services, poor.Select(e => e.Id), 50);
    var setup = new BenchSetup(connection, admin, employees, poor, redeemable);
    await File.WriteAllTextAsync(Path.Combine(dir, "bench.json"), JsonSerializer.Serialize(setup, JsonSerializerOptions.Web));
    Console.WriteLine($"setup: {employeeCount} employees, {productCount} products in {started.Elapsed.TotalSeconds:F0} s → {dir}/bench.json");
    return 0;
}

// B6's data set: N ledger rows inserted by SQL (no accounts, lots or audit to match, so reconcile is not meaningful
// on it); the export only reads ledger_entries.
static async Task<int> SetupLedgerAsync(string dir, bool postgres, int rows)
{
    var started = Stopwatch.StartNew();
    Directory.CreateDirectory(dir);
    var connection = postgres ? await TestDatabases.CreatePostgresDatabaseAsync() : null;
    string[] settings =
    [
        $"--Quartet:DataDir={dir}",
        "--Quartet:Auth:PasswordHasher:IterationCount=1000",
        "--Logging:LogLevel:Default=Warning",
        .. connection is null ? Array.Empty<string>() : [$"--ConnectionStrings:Default={connection}"],
    ];
    await using var app = QuartetApp.Build(settings, [new ShopModule()], builder => builder.WebHost.UseTestServer());
    await app.MigrateAsync();
    await app.StartAsync();
    using var http = app.GetTestServer().CreateClient();
    var adminView = await DemoAccounts.EnsureAsync(app.Services, "bench-admin@bench.quartet", QuartetTestHost.TestPassword, null, ["shop.admin"], CancellationToken.None);
    var admin = new BenchUser(adminView.Id, await QuartetTestHost.GetTokenAsync(http, "bench-admin@bench.quartet", QuartetTestHost.TestPassword));
    // One INSERT … SELECT over a generated series: 1,000 employees, every 7th row a grant, 30 s apart over a year.
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<ShopDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var sql = postgres
            ? $"""
              INSERT INTO shop.ledger_entries ("Id", "UserId", "Sequence", "Type", "Source", "Amount", "BalanceAfter", "Reason", "OperatorKind", "CreatedAt")
              SELECT md5('e' || i)::uuid, md5('u' || (i % 1000))::uuid, i / 1000 + 1,
                     CASE WHEN i % 7 = 0 THEN 'grant' ELSE 'redeem' END, CASE WHEN i % 7 = 0 THEN 'manual' ELSE 'order' END,
                     CASE WHEN i % 7 = 0 THEN 500 ELSE -10 END, 1000 + i % 997,
                     CASE WHEN i % 7 = 0 THEN 'bench grant, with a comma' ELSE 'Order B-' || lpad(i::text, 7, '0') END,
                     CASE WHEN i % 7 = 0 THEN 'admin' ELSE 'employee' END, now() - interval '400 days' + i * interval '30 seconds'
              FROM generate_series(0, {rows - 1}) AS i
              """
            : $"""
              WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {rows - 1})
              INSERT INTO ledger_entries ("Id", "UserId", "Sequence", "Type", "Source", "Amount", "BalanceAfter", "Reason", "OperatorKind", "CreatedAt")
              SELECT printf('%08X-0000-7000-8000-%012X', i, i), printf('00000000-0000-7000-8000-%012X', i % 1000), i / 1000 + 1,
                     CASE WHEN i % 7 = 0 THEN 'grant' ELSE 'redeem' END, CASE WHEN i % 7 = 0 THEN 'manual' ELSE 'order' END,
                     CASE WHEN i % 7 = 0 THEN 500 ELSE -10 END, 1000 + i % 997,
                     CASE WHEN i % 7 = 0 THEN 'bench grant, with a comma' ELSE printf('Order B-%07d', i) END,
                     CASE WHEN i % 7 = 0 THEN 'admin' ELSE 'employee' END,
                     strftime('%Y-%m-%d %H:%M:%S', 'now', '-400 days', printf('+%d seconds', i * 30)) || '.0000000'
              FROM n
              """;
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    var setup = new BenchSetup(connection, admin, [], [], []);
    await File.WriteAllTextAsync(Path.Combine(dir, "bench.json"), JsonSerializer.Serialize(setup, JsonSerializerOptions.Web));
    Console.WriteLine($"setup-ledger: {rows:N0} ledger rows in {started.Elapsed.TotalSeconds:F0} s → {dir}/bench.json");
    return 0;
}

// Funds through the ledger (lots, sequence, balance) with one audit entry per grant, as the invariants require.
static async Task FundAsync(IServiceProvider services, IEnumerable<Guid> users, int amount)
{
    await using var scope = services.CreateAsyncScope();
    var ledger = scope.ServiceProvider.GetRequiredService<PointsLedger>();
    var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
    var db = scope.ServiceProvider.GetRequiredService<ShopDb>();
    var ids = users.ToList();
    await ledger.EnsureAccountsAsync(ids, CancellationToken.None);
    await db.InTransactionAsync(async ct =>
    {
        var accounts = await ledger.LockAccountsAsync(ids, ct);
        foreach (var account in accounts.Values)
        {
            ledger.Credit(account, amount, LedgerType.Grant, LedgerSource.Manual, "bench funding", Actor.System, null);
            audit.Record(Actor.System, "points.grant", "account", account.UserId.ToString(), null, new { amount }, "bench funding");
        }
    }, CancellationToken.None);
}

// 10,000 active products in 50 categories, a quarter with images (so signed URLs are produced); the first 100 get a deep stock for B2.
static async Task<List<Guid>> SeedProductsAsync(IServiceProvider services, Guid adminId, int count, int categories)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<ShopDb>();
    var blobs = scope.ServiceProvider.GetRequiredService<IBlobStore>();
    var image = DemoImages.Tile(1, (40, 90, 160));
    string[] nouns = ["mug", "card", "lamp", "yoga mat", "book", "tour", "kit", "set", "bottle", "voucher"];
    var deep = new List<Guid>();
    var now = DateTime.UtcNow;
    for (var i = 0; i < count; i++)
    {
        string? key = null;
        if (i % 4 == 0)
        {
            key = Guid.NewGuid().ToString("N");
            await using var content = new MemoryStream(image);
            await blobs.PutAsync(ImageUrls.BlobKeyOf(key), content, "image/png", CancellationToken.None);
        }

        var stock = i < 100 ? 1_000_000 : 1_000;
        var product = new Product
        {
            Id = Guid.CreateVersion7(),
            Name = "",
            Category = "",
            CategoryKey = "",
            SearchText = "",
            PointsCost = 10 + (i % 500),
            Stock = stock,
            IsActive = true,
            Version = 1,
            ImageKey = key,
            ImageContentType = key is null ? null : "image/png",
            ImageBytes = key is null ? null : image.Length,
            ImageWidth = key is null ? null : 256,
            ImageHeight = key is null ? null : 256,
            CreatedAt = now.AddSeconds(-i),
            CreatedBy = adminId,
            UpdatedAt = now,
        };
        product.Describe($"Bench {nouns[i % nouns.Length]} {i}", $"A benchmark {nouns[i % nouns.Length]} number {i}.", "", $"category-{i % categories:00}");
        db.Products.Add(product);
        db.StockMovements.Add(new StockMovement { Id = Guid.CreateVersion7(), ProductId = product.Id, Delta = stock, StockAfter = stock, Kind = StockMovementKind.Initial, CreatedAt = now });
        if (i < 100)
        {
            deep.Add(product.Id);
        }

        if (i % 1_000 == 999)
        {
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    await db.SaveChangesAsync();
    return deep;
}

static async Task<int> LoadAsync(Uri baseUrl, string dir, string scenario, TimeSpan duration, int rounds, int? clientsOverride)
{
    var setup = JsonSerializer.Deserialize<BenchSetup>(await File.ReadAllTextAsync(Path.Combine(dir, "bench.json")), JsonSerializerOptions.Web)!;
    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1000, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
    using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(100) };
    Console.WriteLine($"{scenario}: load generator pid {Environment.ProcessId}, {Environment.ProcessorCount} cores, server {baseUrl}");
    string[] sorts = ["newest", "cost_asc", "cost_desc", "name"];
    string[] words = ["mug", "card", "lamp", "yoga", "book", "tour", "kit", "set"];
    switch (scenario)
    {
        case "b1":
            await ScenarioAsync("B1 balance", clientsOverride ?? 200, _ => (HttpMethod.Get, "/api/shop/me/balance", null));
            return 0;
        case "b2":
            await ScenarioAsync("B2 redeem", clientsOverride ?? 200, _ =>
                (HttpMethod.Post, "/api/shop/orders", new { productId = setup.Redeemable[Random.Shared.Next(setup.Redeemable.Count)], quantity = 1 }), windows: true);
            return 0;
        case "b3":
            return await RacesAsync();
        case "b6":
            return await ExportAsync();
        case "b7":
            await MixedAsync(clientsOverride ?? 200);
            return 0;
        case "b4":
            await ScenarioAsync("B4 catalogue", clientsOverride ?? 100, _ =>
            {
                var query = Random.Shared.Next(3) switch
                {
                    0 => $"&q={words[Random.Shared.Next(words.Length)]}",
                    1 => $"&category=category-{Random.Shared.Next(50):00}",
                    _ => "",
                };
                return (HttpMethod.Get, $"/api/shop/products?page={Random.Shared.Next(1, 6)}&pageSize=20&sort={sorts[Random.Shared.Next(sorts.Length)]}{query}", null);
            });
            return 0;
        default:
            return Usage();
    }

    async Task ScenarioAsync(string name, int clients, Func<int, (HttpMethod Method, string Path, object? Body)> request, bool windows = false)
    {
        // Warm-up (JIT, connection pools, database caches), not measured.
        await RunAsync(clients, TimeSpan.FromSeconds(5), request, [], [], []);
        var latencies = new ConcurrentBag<double>();
        var perWindow = new ConcurrentDictionary<int, int>();
        var statuses = new ConcurrentDictionary<int, int>();
        var elapsed = await RunAsync(clients, duration, request, latencies, perWindow, statuses);
        var sorted = latencies.Order().ToArray();
        double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
        var ok = statuses.Where(s => s.Key < 400).Sum(s => s.Value);
        Console.WriteLine(FormattableString.Invariant(
            $"{name}: {clients} clients, {sorted.Length} requests in {elapsed.TotalSeconds:F0} s, {ok / elapsed.TotalSeconds:F0} ok/s, p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, statuses {string.Join(" ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}"));
        if (windows)
        {
            var full = perWindow.Where(w => (w.Key + 1) * 10 <= duration.TotalSeconds).OrderBy(w => w.Key).Select(w => w.Value / 10.0).ToList();
            Console.WriteLine(FormattableString.Invariant($"{name}: successes/s per 10 s window: {string.Join(", ", full.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))} (min {(full.Count == 0 ? 0 : full.Min()):F0})"));
        }
    }

    async Task<TimeSpan> RunAsync(int clients, TimeSpan length, Func<int, (HttpMethod Method, string Path, object? Body)> request,
        ConcurrentBag<double> latencies, ConcurrentDictionary<int, int> perWindow, ConcurrentDictionary<int, int> statuses)
    {
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var user = setup.Employees[c % setup.Employees.Count];
            while (clock.Elapsed < length)
            {
                var (method, path, body) = request(c);
                using var message = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
                if (method == HttpMethod.Post)
                {
                    message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
                }

                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(message);
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
        return clock.Elapsed;
    }

    // B6: one admin export of the whole ledger; time to the first body byte and to the end, bytes and rows received.
    async Task<int> ExportAsync()
    {
        var started = Stopwatch.GetTimestamp();
        using var message = new HttpRequestMessage(HttpMethod.Get, "/api/shop/admin/exports/ledger.csv");
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", setup.Admin.Token);
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
        var headers = Stopwatch.GetElapsedTime(started);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long bytes = 0, lines = 0;
        TimeSpan? firstByte = null;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            firstByte ??= Stopwatch.GetElapsedTime(started);
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        var total = Stopwatch.GetElapsedTime(started);
        Console.WriteLine(FormattableString.Invariant(
            $"B6 ledger CSV: status {(int)response.StatusCode}, headers {headers.TotalMilliseconds:F0} ms, first byte {firstByte?.TotalMilliseconds ?? 0:F0} ms, total {total.TotalSeconds:F1} s, {bytes / 1048576.0:F0} MB, {lines - 1:N0} rows"));
        return response.IsSuccessStatusCode ? 0 : 1;
    }

    // B7: 200 users for the whole duration, each request drawn 70 % browse (catalogue pages, some product pages),
    // 15 % balance, 10 % points history, 5 % redeem; latency and errors per kind.
    async Task MixedAsync(int clients)
    {
        var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var user = setup.Employees[c % setup.Employees.Count];
            while (clock.Elapsed < duration)
            {
                var dice = Random.Shared.Next(100);
                var (kind, method, path, body) = dice switch
                {
                    < 60 => ("browse", HttpMethod.Get, $"/api/shop/products?page={Random.Shared.Next(1, 6)}&pageSize=20&sort={sorts[Random.Shared.Next(sorts.Length)]}"
                        + (Random.Shared.Next(3) switch { 0 => $"&q={words[Random.Shared.Next(words.Length)]}", 1 => $"&category=category-{Random.Shared.Next(50):00}", _ => "" }), null),
                    < 70 => ("browse", HttpMethod.Get, $"/api/shop/products/{setup.Redeemable[Random.Shared.Next(setup.Redeemable.Count)]}", null),
                    < 85 => ("balance", HttpMethod.Get, "/api/shop/me/balance", null),
                    < 95 => ("history", HttpMethod.Get, $"/api/shop/me/ledger?page={Random.Shared.Next(1, 4)}", null),
                    _ => ("redeem", HttpMethod.Post, "/api/shop/orders", (object?)new { productId = setup.Redeemable[Random.Shared.Next(setup.Redeemable.Count)], quantity = 1 }),
                };
                using var message = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
                if (method == HttpMethod.Post)
                {
                    message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
                }

                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(message);
                await response.Content.LoadIntoBufferAsync();
                latencies.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        var all = latencies.Values.Sum(b => b.Count);
        var failed = errors.Values.Sum();
        Console.WriteLine(FormattableString.Invariant(
            $"B7 mixed: {clients} clients, {all} requests in {clock.Elapsed.TotalSeconds:F0} s ({all / clock.Elapsed.TotalSeconds:F0} req/s), errors {failed} ({100.0 * failed / Math.Max(all, 1):F3} %)"));
        foreach (var (kind, bag) in latencies.OrderBy(k => k.Key))
        {
            var sorted = bag.Order().ToArray();
            double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
            Console.WriteLine(FormattableString.Invariant(
                $"B7 {kind}: {sorted.Length} requests ({100.0 * sorted.Length / all:F0} %), p50 {P(0.50):F0} ms, p95 {P(0.95):F0} ms, p99 {P(0.99):F0} ms, max {sorted[^1]:F0} ms, errors {errors.GetValueOrDefault(kind)}"));
        }
    }

    async Task<int> RacesAsync()
    {
        int oversold = 0, overdraft = 0, wrongStock = 0, wrongPoints = 0;
        rounds = Math.Min(rounds, setup.Poor.Count);
        for (var round = 0; round < rounds; round++)
        {
            var product = await CreateProductAsync(10, 10);
            var stockRace = await Task.WhenAll(setup.Employees.Take(200).Select(e => RedeemAsync(e, product)));
            wrongStock += stockRace.Count(s => s == HttpStatusCode.Created) == 10 ? 0 : 1;
            oversold += await StockAsync(product) < 0 ? 1 : 0;

            var poor = setup.Poor[round];
            var cheap = await CreateProductAsync(10, 1_000);
            var pointsRace = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => RedeemAsync(poor, cheap)));
            wrongPoints += pointsRace.Count(s => s == HttpStatusCode.Created) == 5 ? 0 : 1;
            overdraft += await BalanceAsync(poor) < 0 ? 1 : 0;
        }

        Console.WriteLine($"B3 races: {rounds} rounds; rounds without exactly 10 sold: {wrongStock}; without exactly 5 bought: {wrongPoints}; oversold: {oversold}; overdrawn: {overdraft}");
        return wrongStock + wrongPoints + oversold + overdraft == 0 ? 0 : 1;
    }

    async Task<HttpStatusCode> RedeemAsync(BenchUser user, Guid product)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/shop/orders") { Content = JsonContent.Create(new { productId = product, quantity = 1 }) };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await http.SendAsync(message);
        return response.StatusCode;
    }

    async Task<JsonElement> SendAsync(HttpMethod method, string path, BenchUser user, object? body = null)
    {
        using var message = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        using var response = await http.SendAsync(message);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    async Task<Guid> CreateProductAsync(int cost, int stock) =>
        (await SendAsync(HttpMethod.Post, "/api/shop/admin/products", setup.Admin,
            new { name = "Race " + Guid.NewGuid().ToString("N")[..6], category = "race", pointsCost = cost, stock, isActive = true })).GetProperty("id").GetGuid();

    async Task<int> StockAsync(Guid product) =>
        (await SendAsync(HttpMethod.Get, $"/api/shop/admin/products/{product}", setup.Admin)).GetProperty("stock").GetInt32();

    async Task<int> BalanceAsync(BenchUser user) =>
        (await SendAsync(HttpMethod.Get, "/api/shop/me/balance", user)).GetProperty("balance").GetInt32();
}

internal sealed record BenchUser(Guid Id, string Token);

internal sealed record BenchSetup(string? ConnectionString, BenchUser Admin, List<BenchUser> Employees, List<BenchUser> Poor, List<Guid> Redeemable);
