using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySql.Data.MySqlClient;
using Npgsql;
using Quartet.Platform.Data;
using Quartet.Platform.Modules;

namespace Quartet.Platform.Backups;

/// <summary>
/// Proves a backup can be used: restores it into a fresh place (a new folder for SQLite files and blobs, a new
/// PostgreSQL database for schema dumps, new MySQL databases <c>{drill}_{key}</c> for MySQL dumps), opens the app on it, checks every database answers with all migrations applied,
/// runs each module's integrity check, and times it all. The restored copy is removed afterwards.
/// </summary>
public static class RestoreDrill
{
    public sealed record Report(string Backup, double RestoreSeconds, double CheckSeconds, IReadOnlyList<string> Checked, IReadOnlyList<string> Problems)
    {
        public double TotalSeconds => RestoreSeconds + CheckSeconds;
    }

    /// <param name="currentDatabases">The live app's databases: a dump is restored next to the database it came from.</param>
    /// <param name="openRestored">Builds the app with extra settings (command-line style) pointing it at the restored copy.</param>
    public static async Task<Report> RunAsync(string backup, IServiceProvider currentDatabases, Func<IReadOnlyList<string>, WebApplication> openRestored, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var folder = Path.Combine(Path.GetTempPath(), $"quartet-restore-drill-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        string? drillDatabase = null;
        var drillMySqlDatabases = new List<string>();
        var settings = new List<string> { $"--Quartet:DataDir={folder}" };
        try
        {
            foreach (var file in Directory.EnumerateFiles(backup, "*.db"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var dumps = Directory.EnumerateFiles(backup, "*.dump").ToList();
            if (dumps.Count > 0)
            {
                var live = LiveTarget(currentDatabases, DatabaseProvider.Postgres);
                drillDatabase = DrillName();
                await ExecuteAsync(live.ConnectionString, $"CREATE DATABASE \"{drillDatabase}\"", ct);
                var restored = new NpgsqlConnectionStringBuilder(live.ConnectionString) { Database = drillDatabase, SearchPath = null };
                foreach (var dump in dumps)
                {
                    await BackupSet.PgAsync("pg_restore", restored.ConnectionString, ["--no-owner", "--exit-on-error", dump], ct);
                }

                settings.Add($"--ConnectionStrings:Default={restored.ConnectionString}");
            }

            var mySqlDumps = Directory.EnumerateFiles(backup, "*.sql").ToList();
            if (mySqlDumps.Count > 0)
            {
                var server = new MySqlConnectionStringBuilder(LiveTarget(currentDatabases, DatabaseProvider.MySql).ConnectionString) { Database = "" };
                var drillName = DrillName();
                foreach (var dump in mySqlDumps)
                {
                    var database = $"{drillName}_{Path.GetFileNameWithoutExtension(dump)}";
                    await ExecuteMySqlAsync(server.ConnectionString, $"CREATE DATABASE `{database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", ct);
                    drillMySqlDatabases.Add(database);
                    await BackupSet.MySqlAsync("mysql", server.ConnectionString, [database], input: dump, ct);
                }

                settings.Add($"--ConnectionStrings:Default={new MySqlConnectionStringBuilder(server.ConnectionString) { Database = drillName }.ConnectionString}");
            }

            BackupSet.CopyTree(Path.Combine(backup, "blobs"), Path.Combine(folder, "blobs"));
            var restoreSeconds = clock.Elapsed.TotalSeconds;

            clock.Restart();
            var problems = new List<string>();
            var checkedParts = new List<string>();
            await using (var app = openRestored(settings))
            {
                foreach (var (type, key) in app.Services.GetRequiredService<ModuleDatabases>().Registrations)
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
                    var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                    if (pending.Count > 0 || !(await db.Database.GetAppliedMigrationsAsync(ct)).Any())
                    {
                        problems.Add($"{key}: the restored database lacks migrations ({string.Join(", ", pending)})");
                    }

                    checkedParts.Add($"{key} database");
                }

                foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Enabled)
                {
                    problems.AddRange((await module.CheckIntegrityAsync(app.Services, ct)).Select(p => $"{module.Key}: {p}"));
                    checkedParts.Add($"{module.Key} integrity");
                }
            }

            return new Report(backup, restoreSeconds, clock.Elapsed.TotalSeconds, checkedParts, problems);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            if (drillDatabase is not null)
            {
                NpgsqlConnection.ClearAllPools();
                var live = LiveTarget(currentDatabases, DatabaseProvider.Postgres);
                await ExecuteAsync(live.ConnectionString, $"DROP DATABASE IF EXISTS \"{drillDatabase}\" WITH (FORCE)", CancellationToken.None);
            }

            if (drillMySqlDatabases.Count > 0)
            {
                MySqlConnection.ClearAllPools();
                var server = new MySqlConnectionStringBuilder(LiveTarget(currentDatabases, DatabaseProvider.MySql).ConnectionString) { Database = "" };
                foreach (var database in drillMySqlDatabases)
                {
                    await ExecuteMySqlAsync(server.ConnectionString, $"DROP DATABASE IF EXISTS `{database}`", CancellationToken.None);
                }
            }
        }
    }

    private static string DrillName() => $"quartet_drill_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A database of the live app on the given engine: the drill's copies are made on the same server.</summary>
    private static DatabaseTarget LiveTarget(IServiceProvider currentDatabases, DatabaseProvider engine) =>
        currentDatabases.GetRequiredService<ModuleDatabases>().Registrations
            .Select(r => currentDatabases.TargetOf(r.ContextType)).FirstOrDefault(t => t.Provider == engine)
        ?? throw new InvalidOperationException($"The backup holds {engine} dumps but the app is not configured for {engine} (Quartet__Database__Engine, ConnectionStrings__Default).");

    private static async Task ExecuteMySqlAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
