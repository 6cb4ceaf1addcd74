using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Data;
using Spectre.Console;

namespace Quartet.Platform.Jobs;

/// <summary>What one run of a job did: a one-line summary for the run record, and whether it counts as failed.</summary>
public sealed record JobResult(string Summary, bool Failed = false);

/// <summary>
/// The one way a module's CLI runs a scheduled job: the name <c>{app}.{job}</c> on its lock and run record, the work in
/// its own scope under <see cref="JobRunner"/> (which also counts it in the <c>quartet.job.*</c> metrics), a status
/// spinner and a closing line in a terminal or one JSON line otherwise, and the exit code 0 (done), 1 (failed) or 75
/// (another run holds the lock).
/// </summary>
public static class JobCommand
{
    /// <summary>The name of a job's lock and run records, e.g. <c>shop.expire-points</c>.</summary>
    public static string Name(string app, string job) => $"{app}.{job}";

    public static async Task<int> RunAsync(IServiceProvider services, string app, string job, Func<IServiceProvider, CancellationToken, Task<JobResult>> work,
        CancellationToken ct, TimeSpan? lease = null)
    {
        var name = Name(app, job);
        var unmigrated = await services.GetRequiredService<DatabaseMigrator>().UnmigratedAsync(ct);
        if (unmigrated.Count > 0)
        {
            await Console.Error.WriteLineAsync($"{name}: the {string.Join(", ", unmigrated)} database(s) are not migrated; run `quartet migrate` first.");
            return JobExitCodes.Failed;
        }

        var runner = services.GetRequiredService<JobRunner>();
        var started = Stopwatch.GetTimestamp();
        JobResult? result = null;
        async Task<JobOutcome> Run() => await runner.RunAsync(name, async token =>
        {
            await using var scope = services.CreateAsyncScope();
            result = await work(scope.ServiceProvider, token);
            return result.Summary;
        }, ct, lease);

        var interactive = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        var outcome = interactive
            ? await AnsiConsole.Status().StartAsync($"{name} running…", _ => Run())
            : await Run();
        var exit = outcome == JobOutcome.Succeeded && result is { Failed: true } ? JobExitCodes.Failed : JobExitCodes.For(outcome);
        var report = new JobReport(name, StatusOf(exit), result?.Summary, Stopwatch.GetElapsedTime(started).TotalSeconds);
        if (interactive)
        {
            AnsiConsole.MarkupLineInterpolated($"[{(exit == JobExitCodes.Succeeded ? "green" : "yellow")}]{report.Job} {report.Status}[/] {report.Summary ?? ""} ({report.Seconds:0.0} s)");
        }
        else
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, JsonSerializerOptions.Web));
        }

        return exit;
    }

    private static string StatusOf(int exit) => exit switch
    {
        JobExitCodes.Succeeded => "succeeded",
        JobExitCodes.Busy => "busy",
        _ => "failed",
    };

    /// <summary>The closing line of a run: <c>{"job":"parks.collect","status":"succeeded","summary":"…","seconds":1.2}</c>.</summary>
    private sealed record JobReport(string Job, string Status, string? Summary, double Seconds);
}
