using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartet.Platform.Data;
using Quartet.Platform.Modules;

namespace Quartet.Platform.Backups;

/// <summary>
/// Proves a backup can be used: restores it into a fresh place (a new folder for SQLite files and blobs, a new
/// PostgreSQL database for dumps), opens the app on it, checks every database answers with all migrations applied,
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
                var live = currentDatabases.GetRequiredService<ModuleDatabases>().Registrations
                    .Select(r => currentDatabases.TargetOf(r.ContextType)).First(t => t.IsPostgres);
                drillDatabase = $"quartet_drill_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid().ToString("N")[..6]}";
                await ExecuteAsync(live.ConnectionString, $"CREATE DATABASE \"{drillDatabase}\"", ct);
                var restored = new NpgsqlConnectionStringBuilder(live.ConnectionString) { Database = drillDatabase, SearchPath = null };
                foreach (var dump in dumps)
                {
                    await BackupSet.PgAsync("pg_restore", restored.ConnectionString, ["--no-owner", "--exit-on-error", dump], ct);
                }

                settings.Add($"--ConnectionStrings:Default={restored.ConnectionString}");
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
                var live = currentDatabases.GetRequiredService<ModuleDatabases>().Registrations
                    .Select(r => currentDatabases.TargetOf(r.ContextType)).First(t => t.IsPostgres);
                await ExecuteAsync(live.ConnectionString, $"DROP DATABASE IF EXISTS \"{drillDatabase}\" WITH (FORCE)", CancellationToken.None);
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
