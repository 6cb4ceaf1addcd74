using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Data;

/// <summary>Every DbContext the enabled modules registered, with where its data lives.</summary>
public sealed class ModuleDatabases
{
    private readonly List<(Type ContextType, string Key)> registrations = [];

    public IReadOnlyList<(Type ContextType, string Key)> Registrations => registrations;

    internal void Add(Type contextType, string key) => registrations.Add((contextType, key));
}

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers a module's DbContext on its own SQLite file or PostgreSQL schema (see <see cref="DatabaseTarget"/>),
    /// with pooling, transient-failure retry on PostgreSQL, and registration for migrate, health, backup and tests.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, IConfiguration configuration, string key)
        where TContext : DbContext
    {
        var options = configuration.GetSection(QuartetOptions.Section).Get<QuartetOptions>() ?? new QuartetOptions();
        var target = DatabaseTarget.Resolve(key, configuration, options);
        var registry = services.Select(d => d.ImplementationInstance).OfType<ModuleDatabases>().FirstOrDefault();
        if (registry is null)
        {
            registry = new ModuleDatabases();
            services.AddSingleton(registry);
        }

        registry.Add(typeof(TContext), key);
        services.AddKeyedSingleton<DatabaseTarget>(typeof(TContext), target);
        services.AddDbContextPool<TContext>(builder => Configure(builder, target, options.Database));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseTarget target, DatabaseOptions options)
    {
        if (target.IsPostgres)
        {
            builder.UseNpgsql(target.ConnectionString, npgsql =>
            {
                npgsql.MigrationsHistoryTable("__EFMigrationsHistory", target.Schema);
                npgsql.EnableRetryOnFailure(options.MaxRetries);
            });
        }
        else
        {
            builder.UseSqlite(target.ConnectionString);
            builder.AddInterceptors(new SqlitePragmas());
        }

        // Migrations are hand-written (no design-time package here); SchemaVerifier checks them against the model instead.
        // EF logs every failed command as an error, also those the caller expects and handles (a unique violation that
        // becomes a 409, the history-table probe of a fresh PostgreSQL schema); the exception reaches the caller either
        // way, and the problem handler logs what nobody handled.
        builder.ConfigureWarnings(w => w
            .Ignore(RelationalEventId.PendingModelChangesWarning)
            .Log((RelationalEventId.CommandError, LogLevel.Information)));
    }

    public static DatabaseTarget TargetOf<TContext>(this IServiceProvider services) where TContext : DbContext =>
        services.GetRequiredKeyedService<DatabaseTarget>(typeof(TContext));

    public static DatabaseTarget TargetOf(this IServiceProvider services, Type contextType) =>
        services.GetRequiredKeyedService<DatabaseTarget>(contextType);
}
