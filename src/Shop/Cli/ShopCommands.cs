using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;
using Quartet.Platform.Jobs;
using Quartet.Platform.Modules;
using Quartet.Shop.Allocation;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Notifications;
using Quartet.Shop.Operations;
using Quartet.Shop.Orders;
using Spectre.Console;

namespace Quartet.Shop.Cli;

/// <summary>
/// <c>quartet shop …</c>: the scheduled jobs of spec §6. Each runs under the platform job lock (exit 75 when another run
/// holds it), prints a summary, writes an audit entry (not for dry runs) and exits 0, 1 (data problem) or 2 (usage).
/// </summary>
public static class ShopCommands
{
    public const int UsageError = 2;

    public static void Add(Command shop, CommandContext context)
    {
        shop.Subcommands.Add(AllocateMonthly(context));
        shop.Subcommands.Add(ExpirePoints(context));
        shop.Subcommands.Add(Reconcile(context));
        shop.Subcommands.Add(Backup(context));
        shop.Subcommands.Add(SweepImages(context));
        shop.Subcommands.Add(PurgeIdempotency(context));
    }

    private static Command AllocateMonthly(CommandContext context)
    {
        var period = new Option<string?>("--period") { Description = "Month to allocate, YYYY-MM (default: the current month in the shop's time zone)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be allocated; write nothing." };
        var command = new Command("allocate-monthly", "Give this month's points allocation to every active employee who has none yet.") { period, dryRun };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            await using var scope = app.Services.CreateAsyncScope();
            var allocator = scope.ServiceProvider.GetRequiredService<MonthlyAllocator>();
            var wanted = parse.GetValue(period) ?? allocator.CurrentPeriod;
            if (!MonthlyAllocator.TryParsePeriod(wanted, out _))
            {
                AnsiConsole.MarkupLine("[red]--period must be a month as YYYY-MM.[/]");
                return UsageError;
            }

            if (parse.GetValue(dryRun))
            {
                AnsiConsole.WriteLine((await allocator.RunAsync(wanted, true, null, ct)).ToString());
                return 0;
            }

            return await RunJobAsync(app, "allocate-monthly", async (services, ct) =>
            {
                var summary = await services.GetRequiredService<MonthlyAllocator>().RunAsync(wanted, false, null, ct);
                return (summary.ToString(), "allocation.run", wanted, summary);
            }, ct);
        });
        return command;
    }

    private static Command ExpirePoints(CommandContext context)
    {
        var asOf = new Option<DateTime?>("--as-of") { Description = "Expire lots due at or before this UTC time (default: now)." };
        var command = new Command("expire-points", "Expire due points lots (only what remains of each lot, once).") { asOf };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            var clock = app.Services.GetRequiredService<ShopClock>();
            var when = QueryArgs.Utc(parse.GetValue(asOf)) ?? clock.UtcNow;
            return await RunJobAsync(app, "expire-points", async (services, ct) =>
            {
                var summary = await services.GetRequiredService<PointsExpiry>().RunAsync(when, null, ct);
                var warned = await services.GetRequiredService<ShopNotifications>().WarnExpiringAsync(when, ct);
                return ($"expired {summary.Lots} lot(s), {summary.Points:N0} points, as of {when:O}; warned about {warned} lot(s) expiring within 7 days",
                    "expiry.run", when.ToString("O", CultureInfo.InvariantCulture), summary);
            }, ct);
        });
        return command;
    }

    private static Command Reconcile(CommandContext context)
    {
        var command = new Command("reconcile", "Read-only check of the invariants I1–I8; lists every mismatch and exits 1 if there is any.");
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            IReadOnlyList<string> problems = [];
            var exit = await RunJobAsync(app, "reconcile", async (services, ct) =>
            {
                problems = await services.GetRequiredService<Reconciler>().FindProblemsAsync(ct);
                return ($"{problems.Count} problem(s)", "reconcile.run", "shop", new { problems = problems.Count });
            }, ct);
            foreach (var problem in problems)
            {
                AnsiConsole.WriteLine(problem);
            }

            return exit != 0 ? exit : problems.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command Backup(CommandContext context)
    {
        var output = new Option<string>("--out") { Description = "Folder for the snapshot (shop.db plus the image blobs).", Required = true };
        var command = new Command("backup", "Consistent online snapshot of the shop's SQLite database and its image blobs.") { output };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            var target = app.Services.TargetOf<ShopDb>();
            if (target.Provider != DatabaseProvider.Sqlite)
            {
                AnsiConsole.MarkupLine($"[yellow]The shop runs on {target.Provider}: use the database's own backups (managed snapshots, pg_dump -n shop or mysqldump).[/]");
                return UsageError;
            }

            var folder = Path.GetFullPath(parse.GetValue(output)!);
            return await RunJobAsync(app, "backup", async (services, ct) =>
            {
                Directory.CreateDirectory(folder);
                var destination = Path.Combine(folder, "shop.db");
                await using (var source = new SqliteConnection(target.ConnectionString))
                await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ConnectionString))
                {
                    await source.OpenAsync(ct);
                    await copy.OpenAsync(ct);
                    source.BackupDatabase(copy);
                }

                var quartet = services.GetRequiredService<IOptions<QuartetOptions>>().Value;
                if (quartet.Blobs.UsesS3)
                {
                    return ($"database → {destination}; images stay in S3 bucket '{quartet.Blobs.Bucket}' (keep versioning on for point-in-time recovery)",
                        "backup.run", folder, new { destination, blobFiles = 0 });
                }

                var blobs = Path.Combine(quartet.FullDataDir, "blobs", "shop");
                var copied = 0;
                if (Directory.Exists(blobs))
                {
                    var blobCopy = Path.Combine(folder, "blobs", "shop");
                    Directory.CreateDirectory(blobCopy);
                    foreach (var file in Directory.EnumerateFiles(blobs))
                    {
                        File.Copy(file, Path.Combine(blobCopy, Path.GetFileName(file)), overwrite: true);
                        copied++;
                    }
                }

                return ($"database → {destination}, {copied} blob file(s)", "backup.run", folder, new { destination, blobFiles = copied });
            }, ct);
        });
        return command;
    }

    private static Command SweepImages(CommandContext context)
    {
        var command = new Command("sweep-images", "Delete image blobs that no product has referenced for more than 24 hours.");
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            return await RunJobAsync(app, "sweep-images", async (services, ct) =>
            {
                var deleted = await ImageSweeper.SweepAsync(services, ct);
                return ($"deleted {deleted} unreferenced image(s)", "images.sweep", "shop", new { deleted });
            }, ct);
        });
        return command;
    }

    private static Command PurgeIdempotency(CommandContext context)
    {
        var command = new Command(PurgeIdempotencyRecords.Job, "Delete the Idempotency-Key records of orders and carts older than 24 hours.");
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            return await RunJobAsync(app, PurgeIdempotencyRecords.Job, async (services, ct) =>
            {
                var deleted = await PurgeIdempotencyRecords.RunAsync(services, ct);
                return ($"deleted {deleted} idempotency record(s)", "idempotency.purge", "shop", new { deleted });
            }, ct);
        });
        return command;
    }

    /// <summary>Runs the job <c>shop.{job}</c> through the platform's job command and records one audit summary entry for it.</summary>
    private static Task<int> RunJobAsync(
        WebApplication app, string job, Func<IServiceProvider, CancellationToken, Task<(string Summary, string Action, string EntityId, object After)>> work, CancellationToken ct) =>
        JobCommand.RunAsync(app.Services, "shop", job, async (services, ct) =>
        {
            var (summary, action, entityId, after) = await work(services, ct);
            var db = services.GetRequiredService<ShopDb>();
            db.ChangeTracker.Clear();
            services.GetRequiredService<AuditLog>().Record(Actor.System, action, "job", entityId, null, after);
            await db.SaveChangesAsync(ct);
            return new JobResult(summary);
        }, ct);
}
