using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Quartet.Platform.Data;

namespace Quartet.Platform.Tests;

/// <summary>
/// Databases created by the release before migrations were generated (hand-written migrations; LegacyDatabases/ holds
/// their schema, history rows and demo data, dumped from that release) upgrade to the generated migrations with every
/// row intact, readable through today's model, and end with exactly the schema a fresh database gets.
/// </summary>
public sealed class HandWrittenDatabaseUpgradeTests
{
    private static readonly string[] Keys = ["platform", "shop", "meals", "live", "parks"];

    /// <summary>
    /// Tables a later migration replaced with the platform's idempotency_records of the module: meals moved its keys
    /// there; live's write receipts held no answer to replay and were dropped (they matter only for a retry within 60 s).
    /// </summary>
    private static readonly string[] Replaced = ["meals.idempotency_keys", "live.live_write_receipts"];

    private static string Fixture(string engine, string key) =>
        File.ReadAllText(Path.Combine(TestDatabases.RepositoryRoot, "tests", "Platform.Tests", "LegacyDatabases", engine, key + ".sql"));

    [Fact]
    public async Task A_sqlite_deployment_upgrades_without_loss()
    {
        var dataDir = TestDatabases.NewTempFolder();
        try
        {
            foreach (var key in Keys)
            {
                await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, key + ".db")}");
                await connection.OpenAsync();
                await ExecuteAsync(connection, Fixture("sqlite", key));
            }

            SqliteConnection.ClearAllPools();

            var before = await CountRowsAsync(TestProvider.Sqlite, dataDir);
            SqliteConnection.ClearAllPools();
            await using var upgraded = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?> { ["Quartet:DataDir"] = dataDir });
            await using var fresh = await QuartetTestHost.StartAsync(TestProvider.Sqlite);
            await AssertUpgradedAsync(upgraded, fresh, before);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_postgres_deployment_upgrades_without_loss()
    {
        var database = await TestDatabases.CreatePostgresDatabaseAsync();
        try
        {
            await using (var connection = new NpgsqlConnection(database))
            {
                await connection.OpenAsync();
                foreach (var key in Keys)
                {
                    await ExecuteAsync(connection, Fixture("postgres", key));
                }
            }

            var before = await CountRowsAsync(TestProvider.Postgres, database);
            await using var upgraded = await QuartetTestHost.StartAsync(TestProvider.Postgres, sharedPostgresDatabase: database);
            await using var fresh = await QuartetTestHost.StartAsync(TestProvider.Postgres);
            await AssertUpgradedAsync(upgraded, fresh, before);
        }
        finally
        {
            await TestDatabases.DropPostgresDatabaseAsync(database);
        }
    }

    private static async Task AssertUpgradedAsync(QuartetTestHost upgraded, QuartetTestHost fresh, Dictionary<string, long> before)
    {
        before.Values.Sum().ShouldBeGreaterThan(1000, "the fixtures hold demo data");
        var after = await CountRowsAsync(upgraded.Provider, upgraded.Provider == TestProvider.Sqlite ? upgraded.App.Configuration["Quartet:DataDir"]! : upgraded.App.Configuration["ConnectionStrings:Default"]!);
        // Every table survives (later migrations may add tables); every table that held rows holds exactly those; empty
        // ones may have gained what the started host writes (a key, a lease).
        before.Keys.Except(Replaced).ShouldBeSubsetOf(after.Keys);
        after.Where(t => before.GetValueOrDefault(t.Key) > 0).ShouldBe(before.Where(t => t.Value > 0 && !Replaced.Contains(t.Key)), ignoreOrder: true);
        after["shop.idempotency_records"].ShouldBe(before["shop.orders"], "every order's Idempotency-Key moved into the table");

        foreach (var (type, key) in upgraded.Services.GetRequiredService<ModuleDatabases>().Registrations)
        {
            await using var scope = upgraded.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            applied.ShouldContain(db.GetService<IMigrationsAssembly>().Migrations.Keys.First(), key);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty(key);

            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                var read = await ReadAllAsync(db, entity.ClrType);
                read.ShouldBe(after[$"{key}.{entity.GetTableName()}"], $"{key}.{entity.GetTableName()} read through the model");
            }

            await using var freshScope = fresh.Services.CreateAsyncScope();
            var freshDb = (DbContext)freshScope.ServiceProvider.GetRequiredService(type);
            var upgradedSchema = await SchemaDescription.ReadAsync(db);
            var freshSchema = await SchemaDescription.ReadAsync(freshDb);
            upgradedSchema.Except(freshSchema).ShouldBeEmpty($"{key}: only in the upgraded database");
            freshSchema.Except(upgradedSchema).ShouldBeEmpty($"{key}: only in a fresh database");
        }
    }

    private static async Task<long> ReadAllAsync(DbContext db, Type entity)
    {
        var method = typeof(HandWrittenDatabaseUpgradeTests).GetMethod(nameof(ReadAllOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return await (Task<long>)method.MakeGenericMethod(entity).Invoke(null, [db])!;
    }

    private static async Task<long> ReadAllOfAsync<T>(DbContext db) where T : class =>
        (await db.Set<T>().AsNoTracking().ToListAsync()).Count;

    /// <summary>Rows per <c>module.table</c>, read with plain SQL (not through the model).</summary>
    private static async Task<Dictionary<string, long>> CountRowsAsync(TestProvider provider, string where)
    {
        var counts = new Dictionary<string, long>();
        foreach (var key in Keys)
        {
            await using DbConnection connection = provider == TestProvider.Sqlite
                ? new SqliteConnection($"Data Source={Path.Combine(where, key + ".db")}")
                : new NpgsqlConnection(where);
            await connection.OpenAsync();
            var tables = await QueryAsync(connection, provider == TestProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '__EF%'"
                : $"SELECT table_name FROM information_schema.tables WHERE table_schema = '{key}' AND table_name NOT LIKE '\\_\\_EF%'");
            foreach (var table in tables)
            {
                var qualified = provider == TestProvider.Sqlite ? $"\"{table}\"" : $"\"{key}\".\"{table}\"";
                counts[$"{key}.{table}"] = long.Parse((await QueryAsync(connection, $"SELECT COUNT(*) FROM {qualified}")).Single(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return counts;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return rows;
    }
}
