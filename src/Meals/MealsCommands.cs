using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Demo;
using Quartet.Meals.Maintenance;
using Quartet.Platform.Data;
using Quartet.Platform.Modules;

namespace Quartet.Meals;

/// <summary><c>quartet meals …</c> commands.</summary>
public static class MealsCommands
{
    public static void Add(Command meals, CommandContext context)
    {
        var email = new Option<string>("--email") { Description = "Account to fill", DefaultValueFactory = _ => DemoSeeder.DemoEmail };
        var expenses = new Option<int>("--expenses") { Description = "Number of expenses", DefaultValueFactory = _ => 1500 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same data)", DefaultValueFactory = _ => 42 };
        var years = new Option<int>("--years") { Description = "Years of history", DefaultValueFactory = _ => 2 };
        var currencies = new Option<string?>("--currencies") { Description = "Comma-separated currencies to draw from, e.g. USD,EUR,JPY" };
        var replace = new Option<bool>("--replace") { Description = "Replace the user's existing meal data" };
        var command = new Command("seed-demo", "Deterministic demo/benchmark data for one user; refuses if the user has data unless --replace.")
        {
            email, expenses, seed, years, currencies, replace,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAllAsync(ct);
            var summary = await DemoSeeder.RunAsync(app.Services,
                new DemoSeeder.Options(parse.GetValue(email)!, parse.GetValue(expenses), parse.GetValue(seed), parse.GetValue(replace), parse.GetValue(years),
                    parse.GetValue(currencies)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
                new Progress<string>(Console.WriteLine), ct);
            Console.WriteLine(summary);
            return 0;
        });
        meals.Subcommands.Add(command);
        meals.Subcommands.Add(Job(context, MealsJobs.PurgeExpiredJob,
            "Hourly: expire idle import drafts, trim applied imports to their summary after 7 days, delete expired data exports and old idempotency keys."));
        meals.Subcommands.Add(Job(context, MealsJobs.PurgeAuditJob, "Daily: remove audit entries older than Meals:AuditRetentionDays (730)."));
        meals.Subcommands.Add(Job(context, MealsJobs.VerifyIntegrityJob,
            "Weekly, read-only: report cross-user references, receipts without blobs and tag links to missing tags (one per line on standard error); exit code 1 on findings."));
        meals.Subcommands.Add(Job(context, MealsJobs.SweepBlobsJob,
            "Daily: delete receipt and data-export blobs that no row references and that are older than 1 h (retries deletions left by data removal)."));
    }

    /// <summary>Runs <c>meals.{job}</c> through the platform's job command: exit code 0 done, 1 failed (or findings), 75 another run holds the lock.</summary>
    private static Command Job(CommandContext context, string job, string description)
    {
        var command = new Command(job, description);
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            return await MealsJobs.RunAsync(app.Services, job, ct);
        });
        return command;
    }
}
