using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartet.Shop.Catalogue;
using Quartet.Shop.Data;
using Xunit.Abstractions;

namespace Quartet.Shop.Tests;

/// <summary>
/// Spec §8.4: the database going away and coming back, the blob store going away, and backup → restore → reconcile.
/// Each test runs its own host, because it breaks what the host depends on.
/// </summary>
public sealed class OperationsTests(ITestOutputHelper output)
{
    /// <summary>Far below the 30 s database timeout: a request that waited for it would fail this.</summary>
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Sqlite_locked_by_another_process_gives_503_and_recovers_without_a_restart()
    {
        // The busy timeout is the time a request waits for the lock; the 5 s bar needs it below 5 s (default 30 s).
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?> { ["Quartet:Database:TimeoutSeconds"] = "2" });
        var kit = new ShopKit(host);
        var (employee, product) = await ReadyAsync(kit);

        // Idle connections hold WAL read locks that would keep the locker from its exclusive lock: close them, the
        // catalogue's kept front-page readers included.
        SqliteConnection.ClearAllPools();
        host.Services.GetRequiredService<SqliteCataloguePages>().Dispose();
        await using (var locker = new SqliteConnection($"Data Source={Path.Combine(host.DataDir, "shop.db")};Pooling=False"))
        {
            await locker.OpenAsync();
            await using (var command = locker.CreateCommand())
            {
                // What a stuck maintenance process does: an exclusive lock that keeps every other connection out, readers too.
                command.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;";
                await command.ExecuteNonQueryAsync();
            }

            await ShouldBeDownAsync(kit, employee, product);
        }

        await ShouldRecoverAsync(kit, employee, product);
    }

    [Fact]
    public async Task Postgres_unreachable_gives_503_and_recovers_without_a_restart()
    {
        var database = await TestDatabases.CreatePostgresDatabaseAsync();
        var direct = new NpgsqlConnectionStringBuilder(database);
        using var relay = new TcpRelay(direct.Host!, direct.Port);
        relay.Start();
        var relayed = new NpgsqlConnectionStringBuilder(database) { Host = "127.0.0.1", Port = relay.Port }.ConnectionString;
        try
        {
            await using var host = await QuartetTestHost.StartAsync(
                TestProvider.Postgres, new Dictionary<string, string?> { ["ConnectionStrings:shop"] = relayed }, sharedPostgresDatabase: database);
            var kit = new ShopKit(host);
            var (employee, product) = await ReadyAsync(kit);

            relay.Stop();
            await ShouldBeDownAsync(kit, employee, product);

            relay.Start();
            await ShouldRecoverAsync(kit, employee, product);
        }
        finally
        {
            await TestDatabases.DropPostgresDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task With_the_blob_store_down_health_is_degraded_and_the_catalogue_is_still_served()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite);
        var kit = new ShopKit(host);
        var (employee, product) = await ReadyAsync(kit);
        await UploadImageAsync(kit, product);
        var imageUrl = (await (await employee.Client.GetAsync($"/api/shop/products/{product}")).ReadAsAsync<JsonElement>()).GetProperty("imageUrl").GetString()!;
        (await host.CreateRawClient().GetAsync(imageUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The store's folder replaced by a file: every write and read of a blob fails, as on a lost or read-only volume.
        var blobs = Path.Combine(host.DataDir, "blobs");
        Directory.Move(blobs, blobs + ".away");
        await File.WriteAllTextAsync(blobs, "not a folder");

        var health = await HealthAsync(kit);
        health.GetProperty("status").GetString().ShouldBe("Degraded");
        health.GetProperty("components").GetProperty("shop-blob").GetProperty("status").GetString().ShouldBe("Degraded");
        health.GetProperty("components").GetProperty("shop-db").GetProperty("status").GetString().ShouldBe("Healthy");

        var page = await employee.Client.GetAsync("/api/shop/products?pageSize=100");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var item = (await page.ReadAsAsync<JsonElement>()).GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == product);
        item.GetProperty("imageUrl").GetString().ShouldNotBeNullOrEmpty();
        await (await host.CreateRawClient().GetAsync(imageUrl)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "IMAGE_NOT_FOUND");
        (await ShopKit.RedeemAsync(employee.Client, product)).StatusCode.ShouldBe(HttpStatusCode.Created);

        File.Delete(blobs);
        Directory.Move(blobs + ".away", blobs);
        (await HealthAsync(kit)).GetProperty("status").GetString().ShouldBe("Healthy");
        (await host.CreateRawClient().GetAsync(imageUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Sqlite_backup_restored_into_an_empty_data_folder_reconciles_clean_with_equal_row_counts()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite);
        var kit = new ShopKit(host);
        await WriteHistoryAsync(kit);

        // `quartet shop backup` is the documented SQLite backup (online snapshot via SQLite's backup API, plus the blobs).
        var original = await SqliteRowCountsAsync(Path.Combine(host.DataDir, "shop.db"));
        original["orders"].ShouldBeGreaterThan(0);
        var backup = TestDatabases.NewTempFolder("shop-backup");
        var restored = TestDatabases.NewTempFolder("shop-restored");
        try
        {
            var made = await QuartetCommand.RunAsync(host.DataDir, null, "shop", "backup", "--out", backup);
            made.ExitCode.ShouldBe(0, made.Output);

            File.Copy(Path.Combine(backup, "shop.db"), Path.Combine(restored, "shop.db"));
            CopyFolder(Path.Combine(backup, "blobs"), Path.Combine(restored, "blobs"));
            (await SqliteRowCountsAsync(Path.Combine(restored, "shop.db"))).ShouldBe(original);
            var migrated = await QuartetCommand.RunAsync(restored, null, "migrate");
            migrated.ExitCode.ShouldBe(0, migrated.Output);

            var reconciled = await QuartetCommand.RunAsync(restored, null, "shop", "reconcile");
            reconciled.ExitCode.ShouldBe(0, reconciled.Output);
            Directory.GetFiles(Path.Combine(restored, "blobs", "shop")).Length.ShouldBeGreaterThan(0);
            Directory.GetFiles(Path.Combine(restored, "blobs", "shop")).Length.ShouldBe(Directory.GetFiles(Path.Combine(host.DataDir, "blobs", "shop")).Length);
        }
        finally
        {
            Directory.Delete(backup, recursive: true);
            Directory.Delete(restored, recursive: true);
        }
    }

    [Fact]
    public async Task Postgres_pg_dump_restored_into_an_empty_database_reconciles_clean_with_equal_row_counts()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Postgres);
        var kit = new ShopKit(host);
        await WriteHistoryAsync(kit);
        var source = host.Services.GetRequiredService<IConfiguration>().GetConnectionString("Default")!;

        // The shop refuses `backup` on PostgreSQL and points to the database's own tools: pg_dump -n shop, restored with psql.
        var refused = await QuartetCommand.RunAsync(host.DataDir, source, "shop", "backup", "--out", Path.Combine(host.DataDir, "backup"));
        refused.ExitCode.ShouldBe(2, refused.Output);
        var original = await PostgresRowCountsAsync(source);
        original["orders"].ShouldBeGreaterThan(0);
        var target = await TestDatabases.CreatePostgresDatabaseAsync();
        try
        {
            var dump = Path.Combine(host.DataDir, "shop.sql");
            (await ToolAsync("pg_dump", source, "--schema=shop", "--no-owner", $"--file={dump}")).ShouldBe(0);
            (await ToolAsync("psql", target, "--set=ON_ERROR_STOP=1", "--quiet", $"--file={dump}")).ShouldBe(0);
            (await PostgresRowCountsAsync(target)).ShouldBe(original);
            var migrated = await QuartetCommand.RunAsync(host.DataDir, target, "migrate");
            migrated.ExitCode.ShouldBe(0, migrated.Output);

            var reconciled = await QuartetCommand.RunAsync(host.DataDir, target, "shop", "reconcile");
            reconciled.ExitCode.ShouldBe(0, reconciled.Output);
        }
        finally
        {
            await TestDatabases.DropPostgresDatabaseAsync(target);
        }
    }

    private static async Task<(TestUser Employee, Guid Product)> ReadyAsync(ShopKit kit)
    {
        var employee = await kit.FundedEmployeeAsync(500);
        var product = await kit.ProductAsync(cost: 10, stock: 50);
        (await employee.Client.GetAsync("/api/shop/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (employee, product);
    }

    private async Task ShouldBeDownAsync(ShopKit kit, TestUser employee, Guid product)
    {
        var clock = Stopwatch.StartNew();
        var catalogue = await employee.Client.GetAsync("/api/shop/products").WaitAsync(NoHang);
        output.WriteLine($"catalogue answered {(int)catalogue.StatusCode} after {clock.ElapsedMilliseconds} ms");
        await catalogue.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
        catalogue.Headers.RetryAfter.ShouldNotBeNull();

        clock.Restart();
        var redeem = await ShopKit.RedeemAsync(employee.Client, product).WaitAsync(NoHang);
        output.WriteLine($"redemption answered {(int)redeem.StatusCode} after {clock.ElapsedMilliseconds} ms");
        await redeem.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");

        clock.Restart();
        var health = await kit.Host.CreateRawClient().GetAsync("/health").WaitAsync(NoHang);
        output.WriteLine($"/health answered {(int)health.StatusCode} after {clock.ElapsedMilliseconds} ms");
        health.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        report.GetProperty("components").GetProperty("shop-db").GetProperty("status").GetString().ShouldBe("Unhealthy");
    }

    private static async Task ShouldRecoverAsync(ShopKit kit, TestUser employee, Guid product)
    {
        var catalogue = await employee.Client.GetAsync("/api/shop/products").WaitAsync(NoHang);
        catalogue.StatusCode.ShouldBe(HttpStatusCode.OK, await catalogue.Content.ReadAsStringAsync());
        (await ShopKit.RedeemAsync(employee.Client, product)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await HealthAsync(kit)).GetProperty("components").GetProperty("shop-db").GetProperty("status").GetString().ShouldBe("Healthy");

        // The redemption refused while the database was down wrote nothing: one order, one debit.
        (await kit.CountAsync<Order>()).ShouldBe(1);
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(490);
        await kit.ShouldReconcileAsync();
    }

    private static async Task<JsonElement> HealthAsync(ShopKit kit) =>
        JsonDocument.Parse(await (await kit.Host.CreateRawClient().GetAsync("/health")).Content.ReadAsStringAsync()).RootElement;

    private static async Task UploadImageAsync(ShopKit kit, Guid product)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Images.Png(40, 30));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "photo.png");
        (await (await kit.AdminAsync()).Client.PutAsync($"/api/shop/admin/products/{product}/image", form)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Grants, orders, a cancellation, a fulfilment and an image: every table the reconcile reads has rows.</summary>
    private static async Task WriteHistoryAsync(ShopKit kit)
    {
        var admin = await kit.AdminAsync();
        var product = await kit.ProductAsync(cost: 25, stock: 40);
        await UploadImageAsync(kit, product);
        for (var i = 0; i < 3; i++)
        {
            var employee = await kit.FundedEmployeeAsync(200);
            var first = await ShopKit.PlaceAsync(employee.Client, product, 2);
            await ShopKit.PlaceAsync(employee.Client, product);
            (await employee.Client.PostAsync($"/api/shop/orders/{first}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var third = await ShopKit.PlaceAsync(employee.Client, product);
            (await admin.Client.PostAsync($"/api/shop/admin/orders/{third}/fulfil", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await kit.ShouldReconcileAsync();
    }

    private static async Task<Dictionary<string, long>> SqliteRowCountsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private static async Task<Dictionary<string, long>> PostgresRowCountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'shop' AND table_type = 'BASE TABLE' ORDER BY table_name", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM shop.\"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>Runs a PostgreSQL client tool against the database of <paramref name="connectionString"/>.</summary>
    private static async Task<int> ToolAsync(string tool, string connectionString, params string[] args)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args.Concat([$"--host={target.Host}", $"--port={target.Port}", $"--username={target.Username}", $"--dbname={target.Database}"]))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PGPASSWORD"] = target.Password;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        process.ExitCode.ShouldBe(0, await errors);
        return process.ExitCode;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
