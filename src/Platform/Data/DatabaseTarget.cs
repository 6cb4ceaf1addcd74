using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where one module's data lives: its own SQLite file, or its own schema in a PostgreSQL database.</summary>
public sealed record DatabaseTarget(string Key, DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>PostgreSQL schema of the module (its key); SQLite files have none.</summary>
    public string Schema => Key;

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>
    /// <c>ConnectionStrings:{Key}</c> wins over <c>ConnectionStrings:Default</c>; with neither, a SQLite file in the data folder.
    /// </summary>
    public static DatabaseTarget Resolve(string key, IConfiguration configuration, QuartetOptions options)
    {
        var configured = configuration.GetConnectionString(key);
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = configuration.GetConnectionString("Default");
        }

        if (string.IsNullOrWhiteSpace(configured))
        {
            Directory.CreateDirectory(options.FullDataDir);
            return Sqlite(key, Path.Combine(options.FullDataDir, key + ".db"), options.Database);
        }

        if (LooksLikeSqlite(configured))
        {
            return new DatabaseTarget(key, DatabaseProvider.Sqlite, configured);
        }

        var builder = new NpgsqlConnectionStringBuilder(configured);
        builder.SearchPath = key;
        if (!HasKeyword(configured, "Minimum Pool Size", "MinPoolSize", "Min Pool Size"))
        {
            builder.MinPoolSize = options.Database.MinPoolSize;
        }

        if (!HasKeyword(configured, "Maximum Pool Size", "MaxPoolSize", "Max Pool Size"))
        {
            builder.MaxPoolSize = options.Database.MaxPoolSize;
        }

        if (!HasKeyword(configured, "Timeout"))
        {
            builder.Timeout = options.Database.TimeoutSeconds;
        }

        if (!HasKeyword(configured, "Command Timeout", "CommandTimeout"))
        {
            builder.CommandTimeout = options.Database.TimeoutSeconds;
        }

        return new DatabaseTarget(key, DatabaseProvider.Postgres, builder.ConnectionString);
    }

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
