using MySql.Data.MySqlClient;
using Npgsql;

namespace Quartet.TestSupport;

public enum TestProvider
{
    Sqlite,
    Postgres,
    MySql,
}

/// <summary>
/// Throw-away databases for tests. PostgreSQL comes from <c>QUARTET_TEST_PG</c> (a connection string for a role that
/// may create databases; test.sh sets it up). Without it the PostgreSQL tests fail loudly rather than pass silently.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "QUARTET_TEST_PG";

    public static string PostgresAdminConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run ./test.sh (it installs and starts PostgreSQL), or set it to e.g. " +
                "'Host=127.0.0.1;Username=quartet;Password=quartet;Database=postgres'.");

    /// <summary>
    /// Names of test databases start with this (<c>QUARTET_TEST_DB_PREFIX</c>, default <c>qt_</c>), so a test run can tell its
    /// own databases from another run's on a shared server.
    /// </summary>
    public static string DatabasePrefix => Environment.GetEnvironmentVariable("QUARTET_TEST_DB_PREFIX") is { Length: > 0 } prefix ? prefix : "qt_";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreatePostgresDatabaseAsync()
    {
        var name = DatabasePrefix + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(PostgresAdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>
    /// Drops a test database, ending its connections. The test role needs <c>pg_signal_backend</c> (test.sh grants it) to
    /// end another role's connection, such as an autovacuum worker's; one that starts while the database is being
    /// dropped makes PostgreSQL refuse the drop with "in use", so that is retried briefly.
    /// </summary>
    public static async Task DropPostgresDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresAdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }

    public const string MySqlVariable = "QUARTET_TEST_MYSQL";

    public static string MySqlAdminConnectionString =>
        Environment.GetEnvironmentVariable(MySqlVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{MySqlVariable} is not set. Run ./test.sh (it installs and starts MariaDB), or set it to e.g. " +
                "'Server=127.0.0.1;User ID=quartet;Password=quartet'.");

    /// <summary>
    /// A name for a test deployment on the MySQL server: each module creates its own database <c>{name}_{module}</c> when
    /// migrating. Returns the shared connection string (<c>ConnectionStrings:Default</c>).
    /// </summary>
    public static string NewMySqlDeployment() =>
        new MySqlConnectionStringBuilder(MySqlAdminConnectionString) { Database = DatabasePrefix + Guid.NewGuid().ToString("N")[..16] }.ConnectionString;

    /// <summary>Drops every module database of a test deployment made by <see cref="NewMySqlDeployment"/>.</summary>
    public static async Task DropMySqlDeploymentAsync(string connectionString)
    {
        var name = new MySqlConnectionStringBuilder(connectionString).Database;
        MySqlConnection.ClearAllPools();
        await using var connection = new MySqlConnection(MySqlAdminConnectionString);
        await connection.OpenAsync();
        var databases = new List<string>();
        await using (var list = new MySqlCommand("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE @prefix", connection))
        {
            list.Parameters.AddWithValue("@prefix", name.Replace("_", "\\_", StringComparison.Ordinal) + "\\_%");
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                databases.Add(reader.GetString(0));
            }
        }

        foreach (var database in databases)
        {
            await using var drop = new MySqlCommand($"DROP DATABASE IF EXISTS `{database}`", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    public static string NewTempFolder(string prefix = "quartet-test")
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The repository root (the folder holding Quartet.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            // The build output is usually inside the repository; with --artifacts-path it is not, so try the working directory too.
            foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "Quartet.slnx")))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new InvalidOperationException($"Quartet.slnx not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}.");
        }
    }
}
