using System.Text.RegularExpressions;
using MySql.Data.MySqlClient;

namespace Quartet.Platform.Data;

/// <summary>Checks the MySQL server a module uses and creates the module's database (utf8mb4, binary collation).</summary>
public static partial class MySqlServer
{
    public static readonly Version MinimumMySql = new(8, 0);

    public static readonly Version MinimumMariaDb = new(10, 6);

    public static async Task EnsureDatabaseAsync(DatabaseTarget target, CancellationToken ct)
    {
        await using var connection = new MySqlConnection(target.ServerConnectionString());
        await OpenCheckedAsync(connection, target, ct);
        await using var create = new MySqlCommand(
            $"CREATE DATABASE IF NOT EXISTS `{target.DatabaseName.Replace("`", "``", StringComparison.Ordinal)}` " +
            $"CHARACTER SET utf8mb4 COLLATE {ModuleDbContext.MySqlCollation}", connection);
        await create.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The checks of <see cref="EnsureDatabaseAsync"/> without creating anything: the server is reachable with the configured credentials and new enough.</summary>
    public static async Task CheckServerAsync(DatabaseTarget target, CancellationToken ct)
    {
        await using var connection = new MySqlConnection(target.ServerConnectionString());
        await OpenCheckedAsync(connection, target, ct);
    }

    private static async Task OpenCheckedAsync(MySqlConnection connection, DatabaseTarget target, CancellationToken ct)
    {
        var setting = $"ConnectionStrings:{target.Key} (or ConnectionStrings:Default) with {DatabaseTarget.EngineSetting}=mysql";
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (MySqlException e)
        {
            throw new InvalidOperationException($"{setting}: cannot connect to the MySQL server: {e.Message}", e);
        }

        await using var version = new MySqlCommand("SELECT VERSION()", connection);
        CheckVersion((string)(await version.ExecuteScalarAsync(ct))!, setting);
    }

    /// <summary>MySQL 8.0 or later, or MariaDB 10.6 or later (what the tests run on).</summary>
    public static void CheckVersion(string reported, string setting)
    {
        var match = VersionNumber().Match(reported);
        var version = match.Success ? new Version(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : new Version(0, 0);
        var mariaDb = reported.Contains("MariaDB", StringComparison.OrdinalIgnoreCase);
        var minimum = mariaDb ? MinimumMariaDb : MinimumMySql;
        if (version < minimum)
        {
            throw new InvalidOperationException(
                $"{setting}: the server is {(mariaDb ? "MariaDB" : "MySQL")} {reported}; Quartet needs MySQL {MinimumMySql} or MariaDB {MinimumMariaDb} or later.");
        }
    }

    [GeneratedRegex(@"^(\d+)\.(\d+)")]
    private static partial Regex VersionNumber();
}
