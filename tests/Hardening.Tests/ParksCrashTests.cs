using Xunit.Abstractions;

namespace Quartet.Hardening.Tests;

/// <summary>
/// Item 4 for parks: <c>quartet parks collect</c> against <c>quartet parks simulate</c> is SIGKILLed while parks are
/// being written. Every park snapshot must be whole (its ride rows all there), the next run must complete the slot,
/// and the dead run's lease must not block collection for longer than its expiry.
/// </summary>
public abstract class ParksCrashTests(ITestOutputHelper output)
{
    /// <summary>Ride rows of a (park, slot) that disagree with the park snapshot's own counts, or have no park snapshot.</summary>
    private const string HalfWritten = """
        SELECT
          (SELECT COUNT(*) FROM park_snapshots p
            WHERE p."Operating" + p."Down" + p."Closed" + p."Refurbishment" + p."Unknown"
               <> (SELECT COUNT(*) FROM ride_snapshots r WHERE r."ParkId" = p."ParkId" AND r."SlotAt" = p."SlotAt"))
        + (SELECT COUNT(*) FROM ride_snapshots r
            WHERE NOT EXISTS (SELECT 1 FROM park_snapshots p WHERE p."ParkId" = r."ParkId" AND p."SlotAt" = r."SlotAt"))
        """;

    protected abstract TestProvider Provider { get; }

    [Fact]
    public async Task A_collect_killed_mid_run_leaves_no_half_written_park_and_the_next_run_completes_the_slot()
    {
        var port = QuartetProcess.FreePort();
        await using var deployment = await ProcessDeployment.CreateAsync(Provider, new Dictionary<string, string>
        {
            ["Parks__Sources__Tpw__BaseUrl"] = $"http://127.0.0.1:{port}/tpw/v1",
            ["Parks__Sources__Qt__BaseUrl"] = $"http://127.0.0.1:{port}/qt",
            ["Parks__Collection__MaxParallelParks"] = "2",
        });
        var log = $"parks-crash-{Provider}".ToLowerInvariant();
        await using var simulator = QuartetProcess.StartCommand(log + "-simulator", new Uri($"http://127.0.0.1:{port}"), deployment.Environment,
            "parks", "simulate", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--parks", "12", "--rides-per-park", "40", "--latency-ms", "150");
        await WaitForSimulatorAsync(port);
        (await deployment.RunAsync(log, "migrate")).ExitCode.ShouldBe(0);
        var (discovered, discovery) = await deployment.RunAsync(log, "parks", "discover");
        discovered.ShouldBe(0, discovery);
        var activeParks = await deployment.ScalarAsync("parks", "SELECT COUNT(*) FROM parks WHERE \"IsActive\"");
        activeParks.ShouldBeGreaterThan(1);

        await using (var collect = QuartetProcess.StartCommand(log, new Uri($"http://127.0.0.1:{port}"), deployment.Environment, "parks", "collect"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline && !collect.HasExited && await deployment.ScalarAsync("parks", "SELECT COUNT(*) FROM park_snapshots") == 0)
            {
                await Task.Delay(20);
            }

            collect.HasExited.ShouldBeFalse("the collection finished before it could be killed; slow the simulator down");
            await collect.KillAsync();
        }

        var landedBeforeKill = await deployment.ScalarAsync("parks", "SELECT COUNT(*) FROM park_snapshots");
        output.WriteLine($"{Provider}: killed after {landedBeforeKill} of {activeParks} parks landed");
        landedBeforeKill.ShouldBeLessThan(activeParks);
        (await deployment.ScalarAsync("parks", HalfWritten)).ShouldBe(0);

        // The dead run still holds its lease (2 minutes, the platform default): a run started at once is refused (exit 75).
        var (busy, _) = await deployment.RunAsync(log, "parks", "collect");
        busy.ShouldBe(75);
        await deployment.ScalarAsync("platform", "UPDATE job_leases SET \"ExpiresAt\" = @past WHERE \"Name\" = 'parks.collect'", ("past", DateTime.UtcNow.AddHours(-1)));

        var (exit, summary) = await deployment.RunAsync(log, "parks", "collect");
        exit.ShouldBe(0, summary);
        (await deployment.ScalarAsync("parks", HalfWritten)).ShouldBe(0);
        var lastSlotParks = await deployment.ScalarAsync("parks", "SELECT COUNT(*) FROM park_snapshots WHERE \"SlotAt\" = (SELECT MAX(\"SlotAt\") FROM park_snapshots)");
        lastSlotParks.ShouldBe(activeParks, "every active park has a snapshot in the slot of the run after the crash");
        var duplicates = await deployment.ScalarAsync("parks", "SELECT COUNT(*) FROM (SELECT \"ParkId\", \"SlotAt\" FROM park_snapshots GROUP BY \"ParkId\", \"SlotAt\" HAVING COUNT(*) > 1) d");
        duplicates.ShouldBe(0);

        // Finding F5, fixed: the run after the crash marks the dead run abandoned instead of leaving it running.
        (await deployment.ScalarAsync("parks", "SELECT COUNT(*) FROM runs WHERE \"Kind\" = 'collect' AND \"Status\" = 'running'")).ShouldBe(0);
        (await deployment.ScalarAsync("parks", "SELECT COUNT(*) FROM runs WHERE \"Kind\" = 'collect' AND \"Status\" = 'abandoned' AND \"FinishedAt\" IS NOT NULL")).ShouldBe(1);
        ReliabilityFigures.Record($"parks collect crash ({Provider})", 0, 0, 0, 1);
    }

    private static async Task WaitForSimulatorAsync(int port)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                await client.GetAsync("/qt/parks.json");
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException("the parks simulator did not start");
    }
}

public sealed class ParksCrashOnSqlite(ITestOutputHelper output) : ParksCrashTests(output)
{
    protected override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class ParksCrashOnPostgres(ITestOutputHelper output) : ParksCrashTests(output)
{
    protected override TestProvider Provider => TestProvider.Postgres;
}

public sealed class ParksCrashOnMySql(ITestOutputHelper output) : ParksCrashTests(output)
{
    protected override TestProvider Provider => TestProvider.MySql;
}
