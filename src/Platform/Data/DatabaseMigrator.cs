using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Quartet.Platform.Data;

/// <summary>
/// Applies the generated EF migrations of every registered DbContext (or of one module). A database created before
/// migrations were generated holds the hand-written migrations' history rows; its schema is the first generated
/// migration's, so that migration is recorded as applied and the later ones run as usual.
/// </summary>
public sealed class DatabaseMigrator(IServiceProvider services, ModuleDatabases databases)
{
    public IEnumerable<(Type ContextType, string Key)> Targets(string? onlyKey = null) =>
        databases.Registrations.Where(r => onlyKey is null || r.Key.Equals(onlyKey, StringComparison.OrdinalIgnoreCase));

    public async Task<IReadOnlyList<string>> MigrateAsync(Type contextType, CancellationToken cancellationToken)
    {
        var target = services.TargetOf(contextType);
        if (target.IsMySql)
        {
            await MySqlServer.EnsureDatabaseAsync(target, cancellationToken);
        }

        await using var scope = services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        if (target.IsPostgres)
        {
            await EnsureSchemaAsync(db, target.Schema, cancellationToken);
        }

        await AdoptHandWrittenHistoryAsync(db, databases.HandWrittenMigrationsOf(contextType), target, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    /// <summary>
    /// What <see cref="MigrateAsync"/> checks before touching a MySQL database, for start-up without migrating: each
    /// server is reachable with its configured credentials and is MySQL 8 / MariaDB 10.6 or later.
    /// </summary>
    public async Task CheckServersAsync(CancellationToken cancellationToken)
    {
        foreach (var target in Targets().Select(t => services.TargetOf(t.ContextType)).Where(t => t.IsMySql))
        {
            await MySqlServer.CheckServerAsync(target, cancellationToken);
        }
    }

    /// <summary>The databases (by module key) that still have migrations to apply, e.g. a data folder never migrated.</summary>
    public async Task<IReadOnlyList<string>> UnmigratedAsync(CancellationToken cancellationToken)
    {
        var unmigrated = new List<string>();
        foreach (var (type, key) in Targets())
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                unmigrated.Add(key);
            }
        }

        return unmigrated;
    }

    public async Task MigrateAllAsync(CancellationToken cancellationToken, string? onlyKey = null)
    {
        foreach (var (type, _) in Targets(onlyKey))
        {
            await MigrateAsync(type, cancellationToken);
        }
    }

    private static async Task AdoptHandWrittenHistoryAsync(DbContext db, IReadOnlyList<string> handWritten, DatabaseTarget target, CancellationToken ct)
    {
        if (handWritten.Count == 0)
        {
            return;
        }

        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var oldApplied = handWritten.Where(applied.Contains).ToList();
        if (oldApplied.Count == 0)
        {
            return;
        }

        var baseline = db.GetService<IMigrationsAssembly>().Migrations.Keys.First();
        if (applied.Contains(baseline))
        {
            return;
        }

        if (oldApplied.Count != handWritten.Count)
        {
            throw new InvalidOperationException(
                $"The {target.Key} database has only some of its hand-written migrations ({string.Join(", ", oldApplied)} of " +
                $"{string.Join(", ", handWritten)}): upgrade it with the release of 2026-12-06 first, then with this one.");
        }

        var history = db.GetService<IHistoryRepository>();
        var row = history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion()));
#pragma warning disable EF1002 // the script comes from EF's own history repository
        await db.Database.ExecuteSqlRawAsync(row, ct);
#pragma warning restore EF1002
    }

    private static async Task EnsureSchemaAsync(DbContext db, string schema, CancellationToken ct)
    {
        // Two instances starting at once may both try to create the schema; IF NOT EXISTS can still race in PostgreSQL.
        try
        {
#pragma warning disable EF1002 // the schema is a module key, never user input
            await db.Database.ExecuteSqlRawAsync($"CREATE SCHEMA IF NOT EXISTS \"{schema}\"", ct);
#pragma warning restore EF1002
        }
        catch (Npgsql.PostgresException e) when (e.SqlState is "23505" or "42P06")
        {
        }
    }
}
