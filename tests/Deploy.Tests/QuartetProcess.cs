using System.Diagnostics;
using System.Text.Json;

namespace Quartet.Deploy.Tests;

/// <summary>Runs the built <c>quartet</c> command line as its own process, the way cron and the container run it.</summary>
public static class QuartetProcess
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public sealed record Result(int ExitCode, string Output);

    public sealed record Job(string Command, string RunName, string Cron, string EventBridgeCron, int PeriodSeconds, int TimeoutSeconds, string? ReplacedOnAws);

    public static Task<Result> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quartet.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output + await error);
    }

    /// <summary>What the command line says must be scheduled.</summary>
    public static async Task<IReadOnlyList<Job>> JobsAsync()
    {
        var result = await RunAsync("jobs", "list", "--json");
        result.ExitCode.ShouldBe(0, result.Output);
        var jobs = JsonSerializer.Deserialize<List<Job>>(result.Output, WebJson)!;
        jobs.Count.ShouldBeGreaterThan(10);
        return jobs;
    }
}
