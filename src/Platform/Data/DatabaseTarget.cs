using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using MySql.Data.MySqlClient;
using Npgsql;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    MySql,
}

/// <summary>
/// Where one module's data lives: its own SQLite file, its own schema in a PostgreSQL database, or its own MySQL database.
/// </summary>
public sealed record DatabaseTarget(string Key, DatabaseProvider Provider, string ConnectionString)
{
    public const string EngineSetting = "Quartet:Database:Engine";

    /// <summary>PostgreSQL schema of the module (its key); SQLite files have none.</summary>
    public string Schema => Key;

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public bool IsMySql => Provider == DatabaseProvider.MySql;

    /// <summary>
    /// <c>ConnectionStrings:{Key}</c> wins over <c>ConnectionStrings:Default</c>; with neither, a SQLite file in the data folder.
    /// The engine is <c>Quartet:Database:Engine</c>; unset, a SQLite-looking string (or none) is SQLite and any other PostgreSQL.
    /// </summary>
    public static DatabaseTarget Resolve(string key, IConfiguration configuration, QuartetOptions options)
    {
        var moduleString = configuration.GetConnectionString(key);
        var configured = string.IsNullOrWhiteSpace(moduleString) ? configuration.GetConnectionString("Default") : moduleString;
        var engine = EngineOf(options.Database.Engine, configured);
        if (engine == DatabaseProvider.Sqlite)
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                Directory.CreateDirectory(options.FullDataDir);
                return Sqlite(key, Path.Combine(options.FullDataDir, key + ".db"), options.Database);
            }

            return new DatabaseTarget(key, DatabaseProvider.Sqlite, configured);
        }

        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"{EngineSetting} is '{options.Database.Engine}' but ConnectionStrings:Default (or ConnectionStrings:{key}) is not set.");
        }

        return engine == DatabaseProvider.MySql
            ? MySql(key, configured, perModuleString: !string.IsNullOrWhiteSpace(moduleString), options.Database)
            : Postgres(key, configured, options.Database);
    }

    /// <summary>The engine named by <c>Quartet:Database:Engine</c>, or the one the connection string implies when it is unset.</summary>
    public static DatabaseProvider EngineOf(string? engineSetting, string? connectionString) =>
        engineSetting?.Trim().ToLowerInvariant() switch
        {
            null or "" => string.IsNullOrWhiteSpace(connectionString) || LooksLikeSqlite(connectionString) ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres,
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            "mysql" => DatabaseProvider.MySql,
            _ => throw new InvalidOperationException(
                $"{EngineSetting} is '{engineSetting}'; it must be sqlite, postgres or mysql (env Quartet__Database__Engine)."),
        };

    private static DatabaseTarget Postgres(string key, string configured, DatabaseOptions options)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ConnectionStrings:Default (or ConnectionStrings:{key}) is not a PostgreSQL connection string: {e.Message}", e);
        }

        builder = new NpgsqlConnectionStringBuilder(configured);
        builder.SearchPath = key;
        if (!HasKeyword(configured, "Timeout"))
        {
            builder.Timeout = options.TimeoutSeconds;
        }

        if (!HasKeyword(configured, "Command Timeout", "CommandTimeout"))
        {
            builder.CommandTimeout = options.TimeoutSeconds;
        }

        return new DatabaseTarget(key, DatabaseProvider.Postgres, builder.ConnectionString);
    }

    /// <summary>
    /// One MySQL database per module: <c>{Database}_{key}</c> from the shared string (<c>quartet_shop</c>), or exactly the
    /// database a per-module string names. Strings and dates travel as utf8mb4 and UTC.
    /// </summary>
    private static DatabaseTarget MySql(string key, string configured, bool perModuleString, DatabaseOptions options)
    {
        MySqlConnectionStringBuilder builder;
        try
        {
            builder = new MySqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ConnectionStrings:Default (or ConnectionStrings:{key}) is not a MySQL connection string: {e.Message}", e);
        }

        if (!perModuleString)
        {
            builder.Database = string.IsNullOrWhiteSpace(builder.Database) ? key : $"{builder.Database}_{key}";
        }
        else if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new InvalidOperationException($"ConnectionStrings:{key} must name its database (Database=...).");
        }

        builder.CharacterSet = "utf8mb4";
        if (!HasKeyword(configured, "Connect Timeout", "Connection Timeout", "ConnectionTimeout"))
        {
            builder.ConnectionTimeout = (uint)options.TimeoutSeconds;
        }

        if (!HasKeyword(configured, "Default Command Timeout", "Command Timeout", "DefaultCommandTimeout"))
        {
            builder.DefaultCommandTimeout = (uint)options.TimeoutSeconds;
        }

        return new DatabaseTarget(key, DatabaseProvider.MySql, builder.ConnectionString);
    }

    /// <summary>
    /// This module's share of the instance's connection budget: <c>Quartet:Database:MinPoolSize</c>/<c>MaxPoolSize</c>
    /// (5–20) are totals per instance, and every module database has its own pool, so each of <paramref name="modules"/>
    /// pools gets MinPoolSize / modules (rounded up) to MaxPoolSize / modules (rounded down, at least 2) — 1–4 each when
    /// all five run. Pool sizes written in the connection string itself are kept as they are. SQLite has no server
    /// connections to budget.
    /// </summary>
    public DatabaseTarget WithPoolShare(int modules, DatabaseOptions options)
    {
        var max = Math.Max(2, options.MaxPoolSize / modules);
        var min = Math.Min(max, (options.MinPoolSize + modules - 1) / modules);
        switch (Provider)
        {
            case DatabaseProvider.Postgres:
                var postgres = new NpgsqlConnectionStringBuilder(ConnectionString);
                if (!HasKeyword(ConnectionString, "Minimum Pool Size", "MinPoolSize", "Min Pool Size"))
                {
                    postgres.MinPoolSize = min;
                }

                if (!HasKeyword(ConnectionString, "Maximum Pool Size", "MaxPoolSize", "Max Pool Size"))
                {
                    postgres.MaxPoolSize = max;
                }

                return this with { ConnectionString = postgres.ConnectionString };
            case DatabaseProvider.MySql:
                var mysql = new MySqlConnectionStringBuilder(ConnectionString);
                if (!HasKeyword(ConnectionString, "Minimum Pool Size", "MinPoolSize", "Min Pool Size", "MinimumPoolSize"))
                {
                    mysql.MinimumPoolSize = (uint)min;
                }

                if (!HasKeyword(ConnectionString, "Maximum Pool Size", "MaxPoolSize", "Max Pool Size", "MaximumPoolSize"))
                {
                    mysql.MaximumPoolSize = (uint)max;
                }

                return this with { ConnectionString = mysql.ConnectionString };
            default:
                return this;
        }
    }

    /// <summary>The same server without a database, to create the module's database before migrating.</summary>
    public string ServerConnectionString() => new MySqlConnectionStringBuilder(ConnectionString) { Database = "" }.ConnectionString;

    public string DatabaseName => IsMySql ? new MySqlConnectionStringBuilder(ConnectionString).Database : Key;

    public static DatabaseTarget Sqlite(string key, string file, DatabaseOptions options)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Pooling = true,
            DefaultTimeout = options.TimeoutSeconds,
        };
        return new DatabaseTarget(key, DatabaseProvider.Sqlite, builder.ConnectionString);
    }

    private static bool LooksLikeSqlite(string connectionString) =>
        connectionString.TrimStart().StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase)
        || connectionString.TrimStart().StartsWith("DataSource=", StringComparison.OrdinalIgnoreCase)
        || connectionString.TrimStart().StartsWith("Filename=", StringComparison.OrdinalIgnoreCase);

    private static bool HasKeyword(string connectionString, params string[] keywords) =>
        connectionString.Split(';').Select(p => p.Split('=')[0].Trim())
            .Any(k => keywords.Any(w => w.Equals(k, StringComparison.OrdinalIgnoreCase)));
}
