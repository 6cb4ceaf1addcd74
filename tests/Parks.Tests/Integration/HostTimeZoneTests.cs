using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Tests.Support;

namespace Quartet.Parks.Tests.Integration;

public sealed class TimeZoneSqliteHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Sqlite;
}

/// <summary>
/// The real <c>quartet parks aggregate</c> in child processes whose own time zone (TZ) differs: the roll-ups, events and
/// day boundaries they write are byte-for-byte the same, because every conversion uses the reporting zone, never the host's.
/// </summary>
public sealed class HostTimeZoneTests(TimeZoneSqliteHost fixture) : IClassFixture<TimeZoneSqliteHost>
{
    private static readonly string[] Tables = ["park_day_stats", "park_hour_stats", "ride_day_stats", "ride_hour_stats", "downtime_events"];

    [Fact]
    public async Task Aggregation_gives_identical_rows_whatever_the_host_time_zone()
    {
        await ApiSeed.SeedAsync(fixture);
        var source = Path.Combine(Path.GetTempPath(), $"parks-tz-{Guid.NewGuid():N}.db");
        var connectionString = await fixture.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using (var live = new SqliteConnection(connectionString))
        await using (var copy = new SqliteConnection($"Data Source={source};Pooling=False"))
        {
            await live.OpenAsync();
            live.BackupDatabase(copy);
        }

        var date = new Domain.ReportingZone("America/Los_Angeles").LocalDateOf(ParksHost.Noon);

        var dumps = new Dictionary<string, string>();
        foreach (var zone in new[] { "Asia/Tokyo", "America/Los_Angeles", "Pacific/Auckland", "UTC" })
        {
            var dataDir = Directory.CreateTempSubdirectory("parks-tz-").FullName;
            File.Copy(source, Path.Combine(dataDir, "parks.db"));
            (await RunQuartetAsync(zone, dataDir, "migrate")).ShouldBe(0);
            (await RunQuartetAsync(zone, dataDir, "parks", "aggregate", "--from", $"{date:yyyy-MM-dd}", "--to", $"{date:yyyy-MM-dd}")).ShouldBe(0);
            dumps[zone] = await DumpAsync(Path.Combine(dataDir, "parks.db"));
        }

        dumps["UTC"].ShouldContain("park_day_stats");
        dumps["UTC"].Split('\n').Length.ShouldBeGreaterThan(50);
        dumps.Values.Distinct().Count().ShouldBe(1);
    }

    private static async Task<int> RunQuartetAsync(string zone, string dataDir, params string[] args)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "quartet.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(host);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TZ"] = zone;
        start.Environment["Quartet__DataDir"] = dataDir;
        start.Environment["Quartet__WebRoot"] = dataDir;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ConnectionStrings__Default");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"quartet {string.Join(' ', args)} (TZ={zone}) exited {process.ExitCode}: {await output} {await errors}");
        }

        return process.ExitCode;
    }

    private static async Task<string> DumpAsync(string file)
    {
        var text = new StringBuilder();
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        foreach (var table in Tables)
        {
            text.Append(table).Append('\n');
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) != "Id").Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            text.AppendJoin('\n', rows).Append('\n');
        }

        return text.ToString();
    }
}
