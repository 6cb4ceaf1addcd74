using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Backups;
using Quartet.Platform.Hosting;
using Quartet.Platform.Jobs;
using Quartet.Platform.Modules;

namespace Quartet.Platform.Cli;

/// <summary><c>quartet backup</c> (the scheduled job, 7 days kept) and <c>quartet restore-drill</c>.</summary>
public static class BackupCommands
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static Command BackupCommand(CommandContext context)
    {
        var output = new Option<string?>("--out") { Description = "Exact folder for this backup (nothing is pruned). Default: a new timestamped folder under --root." };
        var root = new Option<string?>("--root") { Description = "Folder holding the timestamped backups (default {data-dir}/backups)." };
        var keepDays = new Option<int>("--keep-days") { Description = "Delete timestamped backups older than this (the newest is always kept).", DefaultValueFactory = _ => 7 };
        var command = new Command("backup",
            "Back up every database (SQLite online copy; PostgreSQL with pg_dump per schema) and the local blobs, then prune old backups. Runs under the job lock.")
        {
            output, root, keepDays,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            var dataDir = app.Services.GetRequiredService<IOptions<QuartetOptions>>().Value.FullDataDir;
            var backupRoot = Path.GetFullPath(parse.GetValue(root) ?? Path.Combine(dataDir, "backups"));
            var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var folder = parse.GetValue(output) is { } exact ? Path.GetFullPath(exact) : BackupSet.NewFolder(backupRoot, now);
            return await JobCommand.RunAsync(app.Services, "platform", "backup", async (scope, token) =>
            {
                var summary = await BackupSet.CreateAsync(scope, folder, Path.Combine(dataDir, "blobs"), token);
                if (parse.GetValue(output) is null)
                {
                    var pruned = BackupSet.Prune(backupRoot, TimeSpan.FromDays(parse.GetValue(keepDays)), now);
                    summary += $"; pruned {pruned.Count} older backup(s)";
                }

                return new JobResult(summary);
            }, ct, TimeSpan.FromMinutes(10));
        });
        return command;
    }

    public static Command RestoreDrillCommand(CommandContext context)
    {
        var from = new Option<string?>("--from") { Description = "Backup folder to restore (default: the newest complete one under --root)." };
        var root = new Option<string?>("--root") { Description = "Folder holding the timestamped backups (default {data-dir}/backups)." };
        var command = new Command("restore-drill",
            "Restore the latest backup into a fresh database, check migrations and every app's integrity, report the time; exit 1 on any problem.")
        {
            from, root,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            var dataDir = app.Services.GetRequiredService<IOptions<QuartetOptions>>().Value.FullDataDir;
            var backup = parse.GetValue(from) ?? BackupSet.Latest(Path.GetFullPath(parse.GetValue(root) ?? Path.Combine(dataDir, "backups")));
            if (backup is null || !Directory.Exists(backup))
            {
                Console.Error.WriteLine("No complete backup found; run `quartet backup` first or pass --from.");
                return 2;
            }

            var report = await RestoreDrill.RunAsync(Path.GetFullPath(backup), app.Services, settings => context.BuildApp(parse, settings), ct);
            foreach (var problem in report.Problems)
            {
                Console.WriteLine(problem);
            }

            Console.WriteLine(JsonSerializer.Serialize(new
            {
                Event = "restore.drill",
                report.Backup,
                RestoreSeconds = Math.Round(report.RestoreSeconds, 2),
                CheckSeconds = Math.Round(report.CheckSeconds, 2),
                TotalSeconds = Math.Round(report.TotalSeconds, 2),
                report.Checked,
                Problems = report.Problems.Count,
            }, WebJson));
            return report.Problems.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
