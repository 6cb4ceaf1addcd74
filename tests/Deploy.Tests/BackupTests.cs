using System.Text.Json;
using Microsoft.Data.Sqlite;
using MySql.Data.MySqlClient;
using Npgsql;

namespace Quartet.Deploy.Tests;

/// <summary>
/// <c>quartet backup</c> and <c>quartet restore-drill</c> through the real command line, on the shop's demo data: the
/// drill restores into a fresh place, finds a clean copy clean and a damaged copy damaged, and reports its time.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly string dataDir = TestDatabases.NewTempFolder("quartet-backup");

    [Fact]
    public async Task Sqlite_backup_keeps_7_days_and_the_drill_restores_checks_and_times_it()
    {
        var stale = Path.Combine(dataDir, "backups", "20200101-000000");
        Directory.CreateDirectory(stale);
        await File.WriteAllTextAsync(Path.Combine(stale, "COMPLETE"), "");
        (await Cli("seed-demo")).ExitCode.ShouldBe(0);

        var backup = await Cli("backup");
        backup.ExitCode.ShouldBe(0, backup.Output);
        Directory.Exists(stale).ShouldBeFalse("backups older than 7 days are pruned");
        var folder = Directory.GetDirectories(Path.Combine(dataDir, "backups")).ShouldHaveSingleItem();
        new[] { "platform.db", "shop.db", "COMPLETE" }.ShouldAllBe(f => File.Exists(Path.Combine(folder, f)));
        Directory.EnumerateFiles(Path.Combine(folder, "blobs"), "*", SearchOption.AllDirectories).ShouldNotBeEmpty("the demo products' images");

        var drill = await Cli("restore-drill");
        drill.ExitCode.ShouldBe(0, drill.Output);
        var report = Report(drill);
        report.GetProperty("problems").GetInt32().ShouldBe(0);
        report.GetProperty("totalSeconds").GetDouble().ShouldBeGreaterThan(0);
        report.GetProperty("checked").EnumerateArray().Select(c => c.GetString()).ShouldContain("shop integrity");

        var status = await Cli("jobs", "status");
        using (var jobs = JsonDocument.Parse(status.Output.Split('\n').Single(l => l.Contains("\"jobs.status\"", StringComparison.Ordinal))))
        {
            jobs.RootElement.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("command").GetString() == "backup")
                .GetProperty("overdue").GetBoolean().ShouldBeFalse("the backup recorded its run");
        }

        await using (var damaged = new SqliteConnection($"Data Source={Path.Combine(folder, "shop.db")};Pooling=false"))
        {
            await damaged.OpenAsync();
            await using var command = new SqliteCommand("UPDATE points_accounts SET Balance = Balance + 7", damaged);
            (await command.ExecuteNonQueryAsync()).ShouldBeGreaterThan(0);
        }

        var failed = await Cli("restore-drill", "--from", folder);
        failed.ExitCode.ShouldBe(1, failed.Output);
        failed.Output.ShouldContain("shop: I1 account");
        File.Exists(Path.Combine(dataDir, "shop.db")).ShouldBeTrue();
    }

    [Fact]
    public async Task Postgres_backup_dumps_each_schema_and_the_drill_restores_into_a_new_database()
    {
        var connectionString = await TestDatabases.CreatePostgresDatabaseAsync();
        try
        {
            var environment = new Dictionary<string, string> { ["ConnectionStrings__Default"] = connectionString };
            (await Cli(environment, "seed-demo")).ExitCode.ShouldBe(0);

            var backup = await Cli(environment, "backup");
            backup.ExitCode.ShouldBe(0, backup.Output);
            var folder = Directory.GetDirectories(Path.Combine(dataDir, "backups")).ShouldHaveSingleItem();
            File.Exists(Path.Combine(folder, "shop.dump")).ShouldBeTrue();
            File.Exists(Path.Combine(folder, "platform.dump")).ShouldBeTrue();

            var drill = await Cli(environment, "restore-drill");
            drill.ExitCode.ShouldBe(0, drill.Output);
            Report(drill).GetProperty("problems").GetInt32().ShouldBe(0);
            (await DrillDatabasesAsync()).ShouldBe(0, "the drill drops its database");
        }
        finally
        {
            await TestDatabases.DropPostgresDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task MySql_backup_dumps_each_database_and_the_drill_restores_into_new_databases()
    {
        var connectionString = TestDatabases.NewMySqlDeployment();
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Default"] = connectionString,
                ["Quartet__Database__Engine"] = "mysql",
            };
            (await Cli(environment, "seed-demo")).ExitCode.ShouldBe(0);

            var backup = await Cli(environment, "backup");
            backup.ExitCode.ShouldBe(0, backup.Output);
            var folder = Directory.GetDirectories(Path.Combine(dataDir, "backups")).ShouldHaveSingleItem();
            new[] { "shop.sql", "platform.sql" }.ShouldAllBe(f => File.Exists(Path.Combine(folder, f)));

            var drill = await Cli(environment, "restore-drill");
            drill.ExitCode.ShouldBe(0, drill.Output);
            var report = Report(drill);
            report.GetProperty("problems").GetInt32().ShouldBe(0);
            report.GetProperty("checked").EnumerateArray().Select(c => c.GetString()).ShouldContain("shop integrity");
            (await MySqlDrillDatabasesAsync()).ShouldBe(0, "the drill drops its databases");

            var dump = Path.Combine(folder, "shop.sql");
            await File.AppendAllTextAsync(dump, "\nUPDATE points_accounts SET Balance = Balance + 7;\n");
            var failed = await Cli(environment, "restore-drill", "--from", folder);
            failed.ExitCode.ShouldBe(1, failed.Output);
            failed.Output.ShouldContain("shop: I1 account");
        }
        finally
        {
            await TestDatabases.DropMySqlDeploymentAsync(connectionString);
        }
    }

    private Task<QuartetProcess.Result> Cli(params string[] args) => Cli(new Dictionary<string, string>(), args);

    private Task<QuartetProcess.Result> Cli(Dictionary<string, string> environment, params string[] args) =>
        QuartetProcess.RunAsync(environment, [.. args, "--data-dir", dataDir, "--apps", "shop"]);

    private static JsonElement Report(QuartetProcess.Result result) =>
        JsonDocument.Parse(result.Output.Split('\n').Single(l => l.Contains("\"restore.drill\"", StringComparison.Ordinal))).RootElement;

    private static async Task<long> DrillDatabasesAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabases.PostgresAdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname LIKE 'quartet\\_drill\\_%'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> MySqlDrillDatabasesAsync()
    {
        await using var connection = new MySqlConnection(TestDatabases.MySqlAdminConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'quartet\\_drill\\_%'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }
}
