using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Collection;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Simulator;
using Quartet.Platform.Jobs;
using Quartet.Platform.Modules;

namespace Quartet.Parks;

/// <summary><c>quartet parks …</c>: cron jobs (each under a database lock; exit 75 when another run holds it) and the simulator.</summary>
public static class ParksCommands
{
    public const int UsageError = 2;

    private static readonly JsonSerializerOptions PrettyJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static void Add(Command parks, CommandContext context)
    {
        parks.Subcommands.Add(Discover(context));
        parks.Subcommands.Add(Schedules(context));
        parks.Subcommands.Add(Collect(context));
        parks.Subcommands.Add(Aggregate(context));
        parks.Subcommands.Add(Prune(context));
        parks.Subcommands.Add(Status(context));
        parks.Subcommands.Add(Simulate());
        parks.Subcommands.Add(BenchSeed(context));
    }

    /// <summary>The name a parks job's lock and run records carry, <c>parks.{job}</c>.</summary>
    public static string RunName(string job) => JobCommand.Name("parks", job);

    /// <summary>Runs one job through the platform's job command; the exit code is 0 (success or partial), 1 (failure) or 75 (lock busy).</summary>
    public static Task<int> RunJobAsync(IServiceProvider services, string job, TimeSpan lease, Func<IServiceProvider, CancellationToken, Task<(string Summary, bool Failed)>> work, CancellationToken ct) =>
        JobCommand.RunAsync(services, "parks", job, async (scope, c) =>
        {
            var (summary, failed) = await work(scope, c);
            return new JobResult(summary, failed);
        }, ct, lease);

    private static Command Discover(CommandContext context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Match and report without writing." };
        var command = new Command("discover", "Import and match parks and rides from Queue-Times and ThemeParks.wiki.") { dryRun };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            return await RunJobAsync(app.Services, "discover", TimeSpan.FromMinutes(30), async (sp, c) =>
                ((await sp.GetRequiredService<Discovery>().RunAsync(parse.GetValue(dryRun), c)).ToString(), false), ct);
        });
        return command;
    }

    private static Command Schedules(CommandContext context)
    {
        var park = new Option<string?>("--park") { Description = "Only this park (slug)." };
        var days = new Option<int>("--days") { Description = "Days ahead.", DefaultValueFactory = _ => 30 };
        var command = new Command("schedules", "Refresh park schedules from ThemeParks.wiki.") { park, days };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            return await RunJobAsync(app.Services, "schedules", TimeSpan.FromMinutes(30), async (sp, c) =>
            {
                var db = sp.GetRequiredService<ParksDb>();
                var slug = parse.GetValue(park);
                var parks = db.Parks.Where(p => p.IsActive && (slug == null || p.Slug == slug)).ToList();
                var refreshed = await sp.GetRequiredService<ScheduleRefresher>().RefreshAsync(parks, parse.GetValue(days), c);
                return ($"refreshed {refreshed} of {parks.Count(p => p.TpwId != null)} parks", false);
            }, ct);
        });
        return command;
    }

    private static Command Collect(CommandContext context)
    {
        var park = new Option<string?>("--park") { Description = "Only this park (slug)." };
        var command = new Command("collect", "One collection run (every 10 minutes from cron).") { park };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            return await RunJobAsync(app.Services, "collect", JobRunner.DefaultLease, async (sp, c) =>
            {
                var summary = await sp.GetRequiredService<Collector>().RunAsync(parse.GetValue(park), c);
                return (summary.ToString(), summary.Status == "failed");
            }, ct);
        });
        return command;
    }

    private static Command Aggregate(CommandContext context)
    {
        var from = new Option<string?>("--from") { Description = "First local date (yyyy-MM-dd)." };
        var to = new Option<string?>("--to") { Description = "Last local date (yyyy-MM-dd)." };
        var park = new Option<string?>("--park") { Description = "Only this park (slug)." };
        var command = new Command("aggregate", "Rebuild rollups: today and finalisation, or a date range.") { from, to, park };
        command.SetAction(async (parse, ct) =>
        {
            var fromText = parse.GetValue(from);
            var toText = parse.GetValue(to);
            DateOnly? start = null, end = null;
            if (fromText is not null || toText is not null)
            {
                if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ||
                    !DateOnly.TryParseExact(toText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) || t < f)
                {
                    Console.Error.WriteLine("--from and --to must both be dates (yyyy-MM-dd), from ≤ to.");
                    return UsageError;
                }

                (start, end) = (f, t);
            }

            await using var app = context.BuildApp(parse);
            return await RunJobAsync(app.Services, "aggregate", TimeSpan.FromMinutes(60), async (sp, c) =>
            {
                var summary = await sp.GetRequiredService<Aggregator>().RunAsync(start, end, parse.GetValue(park), c);
                return (summary.ToString(), false);
            }, ct);
        });
        return command;
    }

    private static Command Prune(CommandContext context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be deleted." };
        var command = new Command("prune", "Delete raw snapshots of finalised days past the retention, old run logs and resolved issues.") { dryRun };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            return await RunJobAsync(app.Services, "prune", TimeSpan.FromMinutes(30), async (sp, c) =>
                ((await sp.GetRequiredService<Pruner>().RunAsync(parse.GetValue(dryRun), c)).ToString(), false), ct);
        });
        return command;
    }

    private static Command Status(CommandContext context)
    {
        var command = new Command("status", "Print the collection health as JSON; exit 1 unless healthy.");
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            await using var scope = app.Services.CreateAsyncScope();
            var health = await scope.ServiceProvider.GetRequiredService<ReadModel>().HealthAsync(ct);
            Console.WriteLine(JsonSerializer.Serialize(health, PrettyJson));
            return health.Status == "healthy" ? 0 : 1;
        });
        return command;
    }

    private static Command BenchSeed(CommandContext context)
    {
        var parks = new Option<int>("--parks") { DefaultValueFactory = _ => 100 };
        var rides = new Option<int>("--rides") { DefaultValueFactory = _ => 5000, Description = "Rides in all (spread evenly over the parks)." };
        var aggregateDays = new Option<int>("--aggregate-days") { DefaultValueFactory = _ => 365, Description = "Days of roll-ups, the raw days included." };
        var rawDays = new Option<int>("--raw-days") { DefaultValueFactory = _ => 30, Description = "Days of raw snapshots before today." };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 42 };
        var command = new Command("bench-seed", "Synthetic data at benchmark scale from the simulated world, aggregated by the real aggregator.")
        {
            parks, rides, aggregateDays, rawDays, seed,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (parkCount, rideCount, aggregate, raw) = (parse.GetValue(parks), parse.GetValue(rides), parse.GetValue(aggregateDays), parse.GetValue(rawDays));
            if (parkCount < 1 || rideCount < parkCount || raw < 1 || aggregate < raw)
            {
                Console.Error.WriteLine("Need --parks ≥ 1, --rides ≥ --parks, --raw-days ≥ 1 and --aggregate-days ≥ --raw-days.");
                return UsageError;
            }

            await using var app = context.BuildApp(parse);
            return await RunJobAsync(app.Services, "bench-seed", TimeSpan.FromHours(2), async (sp, c) =>
            {
                var progress = new Progress<string>(message => Console.Error.WriteLine(message));
                var summary = await ActivatorUtilities.CreateInstance<BenchSeeder>(sp).RunAsync(parkCount, rideCount, aggregate, raw, parse.GetValue(seed), progress, c);
                return (summary.ToString(), false);
            }, ct);
        });
        return command;
    }

    private static Command Simulate()
    {
        var port = new Option<int>("--port") { DefaultValueFactory = _ => 5099, Description = "Port on 127.0.0.1." };
        var parks = new Option<int>("--parks") { DefaultValueFactory = _ => 100 };
        var rides = new Option<int>("--rides-per-park") { DefaultValueFactory = _ => 50 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 42 };
        var scenario = new Option<string?>("--scenario") { Description = "JSON file: [{from, to, target, effect, value, count}]." };
        var clock = new Option<string>("--clock") { DefaultValueFactory = _ => "real", Description = "real | fixed:<iso> | speed:<n>" };
        var latency = new Option<int>("--latency-ms") { DefaultValueFactory = _ => 0, Description = "Delay added to every upstream answer." };
        var command = new Command("simulate", "Serve ThemeParks.wiki- and Queue-Times-shaped JSON for a synthetic world on loopback.")
        {
            port, parks, rides, seed, scenario, clock, latency,
        };
        command.SetAction(async (parse, ct) =>
        {
            List<ScenarioRule> rules = [];
            if (parse.GetValue(scenario) is { } file)
            {
                rules = JsonSerializer.Deserialize<List<ScenarioRule>>(await File.ReadAllTextAsync(file, ct), WebJson) ?? [];
            }

            var world = new SimWorld(parse.GetValue(parks), parse.GetValue(rides), parse.GetValue(seed));
            await using var server = await SimulatorServer.StartAsync(world, parse.GetValue(port), parse.GetValue(clock) ?? "real", parse.GetValue(latency));
            server.SetScenario(rules);
            Console.WriteLine($"Simulator on {server.BaseAddress} — set Parks__Sources__Tpw__BaseUrl={server.TpwBase} and Parks__Sources__Qt__BaseUrl={server.QtBase}");
            // A background job ignores SIGINT and a plain `kill` sends SIGTERM, which does not cancel the command's token: stop on either.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stop.Cancel();
            });
            using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
            {
                signal.Cancel = true;
                stop.Cancel();
            });
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
        return command;
    }
}
