using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Data;

/// <summary>Every DbContext the enabled modules registered, with where its data lives.</summary>
public sealed class ModuleDatabases
{
    private readonly List<(Type ContextType, string Key)> registrations = [];
    private readonly Dictionary<Type, IReadOnlyList<string>> handWrittenMigrations = [];

    public IReadOnlyList<(Type ContextType, string Key)> Registrations => registrations;

    /// <summary>
    /// Ids of the hand-written migrations a module had before migrations were generated; a database holding all of them
    /// has the schema of the first generated migration (see <see cref="DatabaseMigrator"/>).
    /// </summary>
    public IReadOnlyList<string> HandWrittenMigrationsOf(Type contextType) =>
        handWrittenMigrations.GetValueOrDefault(contextType) ?? [];

    internal void Add(Type contextType, string key, IReadOnlyList<string> handWritten)
    {
        registrations.Add((contextType, key));
        handWrittenMigrations[contextType] = handWritten;
    }
}

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers a module's DbContext on its own SQLite file, PostgreSQL schema or MySQL database (see
    /// <see cref="DatabaseTarget"/>). <typeparamref name="TContext"/> is what the module injects; the engine's subclass is
    /// what runs, so each engine has its own generated migrations and snapshot. Pooled, with transient-failure retry on
    /// PostgreSQL, and registered for migrate, health, backup and tests.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres, TMySql>(
        this IServiceCollection services, IConfiguration configuration, string key, params string[] handWrittenMigrations)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
        where TMySql : TContext
    {
        var options = configuration.GetSection(QuartetOptions.Section).Get<QuartetOptions>() ?? new QuartetOptions();
        var target = DatabaseTarget.Resolve(key, configuration, options);
        var registry = services.Select(d => d.ImplementationInstance).OfType<ModuleDatabases>().FirstOrDefault();
        if (registry is null)
        {
            registry = new ModuleDatabases();
            services.AddSingleton(registry);
        }

        registry.Add(typeof(TContext), key, handWrittenMigrations);

        // Resolved once every module has registered, so the instance's pool budget is split over all of them.
        services.AddKeyedSingleton<DatabaseTarget>(typeof(TContext), (_, _) => target.WithPoolShare(registry.Registrations.Count, options.Database));
        switch (target.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<TContext, TPostgres>((sp, builder) => Configure(builder, sp.TargetOf<TContext>(), options.Database));
                break;
            case DatabaseProvider.MySql:
                services.AddDbContextPool<TContext, TMySql>((sp, builder) => Configure(builder, sp.TargetOf<TContext>(), options.Database));
                break;
            default:
                services.AddDbContextPool<TContext, TSqlite>((sp, builder) => Configure(builder, sp.TargetOf<TContext>(), options.Database));
                break;
        }

        return services;
    }

    /// <summary>
    /// InnoDB errors worth running the whole transaction again for: a deadlock victim (1213) and a lock wait timeout
    /// (1205), which InnoDB reports instead of PostgreSQL's serialization failure.
    /// </summary>
    private static readonly int[] MySqlTransientErrors = [1213, 1205];

    public static void Configure(DbContextOptionsBuilder builder, DatabaseTarget target, DatabaseOptions options)
    {
        switch (target.Provider)
        {
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(target.ConnectionString, npgsql =>
                {
                    npgsql.MigrationsHistoryTable("__EFMigrationsHistory", target.Schema);
                    npgsql.EnableRetryOnFailure(options.MaxRetries);
                });
                break;
            case DatabaseProvider.MySql:
                builder.UseMySQL(target.ConnectionString, mysql => mysql.EnableRetryOnFailure(options.MaxRetries, TimeSpan.FromSeconds(1), MySqlTransientErrors));
                builder.ReplaceService<IHistoryRepository, MySqlHistoryRepository>();
                builder.AddInterceptors(MySqlDeleteAlias.Instance, MySqlConnectionGate.For(target.ConnectionString));
                break;
            default:
                builder.UseSqlite(target.ConnectionString);
                builder.AddInterceptors(new SqlitePragmas());
                break;
        }

        builder.ReplaceService<IMigrationsIdGenerator, OrderedMigrationsIdGenerator>();

        // EF logs every failed command as an error, also those the caller expects and handles (a unique violation that
        // becomes a 409, the history-table probe of a fresh PostgreSQL schema); the exception reaches the caller either
        // way, and the problem handler logs what nobody handled.
        builder.ConfigureWarnings(w => w.Log((RelationalEventId.CommandError, LogLevel.Information)));
    }

    public static DatabaseTarget TargetOf<TContext>(this IServiceProvider services) where TContext : DbContext =>
        services.GetRequiredKeyedService<DatabaseTarget>(typeof(TContext));

    public static DatabaseTarget TargetOf(this IServiceProvider services, Type contextType) =>
        services.GetRequiredKeyedService<DatabaseTarget>(contextType);
}
