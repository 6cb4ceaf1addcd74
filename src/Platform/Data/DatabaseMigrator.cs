using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Quartet.Platform.Data;

/// <summary>Applies the hand-written EF migrations of every registered DbContext (or of one module).</summary>
public sealed class DatabaseMigrator(IServiceProvider services, ModuleDatabases databases)
{
    public IEnumerable<(Type ContextType, string Key)> Targets(string? onlyKey = null) =>
        databases.Registrations.Where(r => onlyKey is null || r.Key.Equals(onlyKey, StringComparison.OrdinalIgnoreCase));

    public async Task<IReadOnlyList<string>> MigrateAsync(Type contextType, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var target = services.TargetOf(contextType);
        if (target.IsPostgres)
        {
            await EnsureSchemaAsync(db, target.Schema, cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    public async Task MigrateAllAsync(CancellationToken cancellationToken, string? onlyKey = null)
    {
        foreach (var (type, _) in Targets(onlyKey))
        {
            await MigrateAsync(type, cancellationToken);
        }
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
