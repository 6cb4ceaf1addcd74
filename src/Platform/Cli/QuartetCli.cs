using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;
using Quartet.Platform.Modules;
using Spectre.Console;

namespace Quartet.Platform.Cli;

/// <summary>The <c>quartet</c> command line: serve (default), migrate, seed-demo, users, backup, restore-drill, jobs and each module's commands.</summary>
public static class QuartetCli
{
    private static readonly Option<string?> AppsOption = new("--apps")
    {
        Description = "Comma-separated apps to enable (shop,meals,live,parks); default all, or the Apps setting.",
        Recursive = true,
    };

    private static readonly Option<string?> DataDirOption = new("--data-dir")
    {
        Description = "Folder for SQLite files, blobs and development keys (default ./data, or Quartet__DataDir).",
        Recursive = true,
    };

    public static Task<int> RunAsync(string[] args, IReadOnlyList<QuartetModule> modules)
    {
        var root = new RootCommand("Quartet: AWSomeShop, Meal Expense Tracker, Caja Live and Theme Park Hall of Shame on one host.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(AppsOption);
        root.Options.Add(DataDirOption);

        var context = new CommandContext((parse, settings) => QuartetApp.Build([.. HostArgs(parse), .. settings], modules));
        var serve = ServeCommand(modules);
        root.Subcommands.Add(serve);
        root.SetAction((parse, ct) => Serve(parse, modules, null, ct));
        root.Subcommands.Add(MigrateCommand(context));
        root.Subcommands.Add(SeedDemoCommand(modules));
        root.Subcommands.Add(UsersCommand(context));
        root.Subcommands.Add(OpenApiCommand.Create(context));
        root.Subcommands.Add(BackupCommands.BackupCommand(context));
        root.Subcommands.Add(BackupCommands.RestoreDrillCommand(context));
        root.Subcommands.Add(MailCommands.Create(context));
        root.Subcommands.Add(JobsCommand.Create(context, parse => ModuleCatalog.Select(modules, parse.GetValue(AppsOption))));
        foreach (var module in modules)
        {
            var command = new Command(module.Key, $"{module.Name} commands.");
            module.AddCommands(command, context);
            if (command.Subcommands.Count > 0)
            {
                root.Subcommands.Add(command);
            }
        }

        return root.Parse(args).InvokeAsync();
    }

    /// <summary>Host arguments for the web application: the global options as configuration, plus any unmatched tokens.</summary>
    private static string[] HostArgs(ParseResult parse, string? urls = null)
    {
        var args = new List<string>(parse.UnmatchedTokens);
        if (parse.GetValue(AppsOption) is { } apps)
        {
            args.Add($"--Quartet:Apps={apps}");
        }

        if (parse.GetValue(DataDirOption) is { } dataDir)
        {
            args.Add($"--Quartet:DataDir={dataDir}");
        }

        if (urls is not null)
        {
            args.Add($"--urls={urls}");
        }

        return [.. args];
    }

    private static WebApplication Build(ParseResult parse, IReadOnlyList<QuartetModule> modules, string? urls = null) =>
        QuartetApp.Build(HostArgs(parse, urls), modules);

    private static Command ServeCommand(IReadOnlyList<QuartetModule> modules)
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, e.g. http://0.0.0.0:8080 (default http://localhost:5000)." };
        var command = new Command("serve", "Run the web server (the default command).") { TreatUnmatchedTokensAsErrors = false };
        command.Options.Add(urls);
        command.SetAction((parse, ct) => Serve(parse, modules, parse.GetValue(urls), ct));
        return command;
    }

    private static async Task<int> Serve(ParseResult parse, IReadOnlyList<QuartetModule> modules, string? urls, CancellationToken ct)
    {
        var app = Build(parse, modules, urls);
        var options = app.Services.GetRequiredService<IOptions<QuartetOptions>>().Value;
        _ = app.Services.GetRequiredService<SigningKeys>();
        if (options.MigrateOnStartup ?? app.Environment.IsDevelopment())
        {
            await app.MigrateAsync(ct);
        }
        else
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().CheckServersAsync(ct);
        }

        await app.RunAsync(ct);
        return 0;
    }

    private static Command MigrateCommand(CommandContext context)
    {
        var appOption = new Option<string?>("--app") { Description = "Only this module's database (shop, meals, live, parks or platform)." };
        var command = new Command("migrate", "Apply pending database migrations of the platform and every enabled module.");
        command.Options.Add(appOption);
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
            var only = parse.GetValue(appOption);
            var targets = migrator.Targets(only).ToList();
            if (targets.Count == 0)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]No enabled database named '{only}'.[/]");
                return 2;
            }

            foreach (var (type, key) in targets)
            {
                var applied = await migrator.MigrateAsync(type, ct);
                var where = app.Services.TargetOf(type);
                AnsiConsole.MarkupLineInterpolated($"[green]{key}[/] ({where.Provider}): {(applied.Count == 0 ? "up to date" : $"applied {string.Join(", ", applied)}")}");
            }

            return 0;
        });
        return command;
    }

    private static Command SeedDemoCommand(IReadOnlyList<QuartetModule> all)
    {
        var command = new Command("seed-demo", "Create demo data for every enabled app (idempotent; migrates first).");
        command.SetAction(async (parse, ct) =>
        {
            // Warnings only: informational logs would scroll the progress display away.
            await using var app = QuartetApp.Build([.. HostArgs(parse), "--Logging:LogLevel:Default=Warning"], all);
            await app.MigrateAsync(ct);
            var modules = app.Services.GetRequiredService<ModuleCatalog>().Enabled;
            var steps = new List<SeedStep>
            {
                new("platform", async progress =>
                {
                    await DemoAccounts.EnsureAsync(app.Services, DemoAccounts.AdminEmail, DemoAccounts.AdminPassword, "Demo Admin", [PlatformRoles.Admin], ct);
                    progress.Report($"admin account {DemoAccounts.AdminEmail} ready");
                }),
            };
            steps.AddRange(modules.Select(module => new SeedStep(module.Key, async progress =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                await module.SeedDemoAsync(scope.ServiceProvider, progress, ct);
            })));
            await SeedProgress.RunAsync(steps);
            SeedProgress.PrintLogins(
                [new DemoLogin("platform", "admin (users and roles)", DemoAccounts.AdminEmail, DemoAccounts.AdminPassword), .. modules.SelectMany(m => m.DemoLogins)],
                Console.Out);
            return 0;
        });
        return command;
    }

    private static Command UsersCommand(CommandContext context)
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail.", Required = true };
        var password = new Option<string?>("--password") { Description = "Password (≥ 8 characters, letters and digits). Required for a new account." };
        var role = new Option<string[]>("--role") { Description = "Role to grant; repeat for several (admin, shop.admin, …).", AllowMultipleArgumentsPerToken = false };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var create = new Command("create", "Create an account (or, if it exists, grant the roles and reset the password if given).");
        create.Options.Add(email);
        create.Options.Add(password);
        create.Options.Add(role);
        create.Options.Add(name);
        create.SetAction(async (parse, ct) =>
        {
            var pwd = parse.GetValue(password);
            if (pwd is not null && PasswordPolicy.Problem(pwd) is { } problem)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]Password refused: {problem}[/]");
                return 2;
            }

            await using var app = context.BuildApp(parse);
            await app.MigrateAsync(ct);
            var roles = parse.GetValue(role) ?? [];
            var catalog = app.Services.GetRequiredService<RoleCatalog>();
            var unknown = roles.Where(r => !catalog.IsKnown(r)).ToList();
            if (unknown.Count > 0)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]Unknown role(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", catalog.All)}[/]");
                return 2;
            }

            var existed = await DemoAccounts.ExistsAsync(app.Services, parse.GetValue(email)!, ct);
            if (!existed && pwd is null)
            {
                AnsiConsole.MarkupLine("[red]--password is required for a new account.[/]");
                return 2;
            }

            var user = await DemoAccounts.EnsureAsync(app.Services, parse.GetValue(email)!, pwd, parse.GetValue(name), roles, ct);
            AnsiConsole.MarkupLineInterpolated($"{(existed ? "Updated" : "Created")} {user.Email} ({user.Id}) with roles: {string.Join(", ", user.Roles)}");
            return 0;
        });
        var users = new Command("users", "Manage accounts.");
        users.Subcommands.Add(create);
        return users;
    }
}
