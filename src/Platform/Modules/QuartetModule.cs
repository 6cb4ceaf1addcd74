using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Jobs;

namespace Quartet.Platform.Modules;

/// <summary>
/// One app of Quartet. A module owns its data, endpoints, jobs and demo data; the host composes the enabled ones.
/// </summary>
public abstract class QuartetModule
{
    /// <summary>Short key used in routes, configuration, schemas and file names, e.g. <c>shop</c>.</summary>
    public abstract string Key { get; }

    public abstract string Name { get; }

    public abstract string Description { get; }

    /// <summary>Where the app's UI lives in the SPA.</summary>
    public virtual string UiPath => "/" + Key;

    /// <summary>
    /// Every top-level SPA path of the app (one segment each, e.g. <c>/live</c> and the short join link <c>/j</c>), so
    /// platform code such as the request log can tell which app a page request belongs to without knowing the app.
    /// </summary>
    public virtual IReadOnlyList<string> UiPaths => [UiPath];

    /// <summary>Roles this module defines, e.g. <c>shop.admin</c>; the platform admin can grant them.</summary>
    public virtual IReadOnlyList<string> Roles => [];

    public virtual void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Maps the module's endpoints on its route group <c>/api/{Key}</c>.</summary>
    public virtual void MapEndpoints(RouteGroupBuilder api)
    {
    }

    /// <summary>Maps endpoints outside <c>/api/{Key}</c> (e.g. an embed page or a signed-blob route).</summary>
    public virtual void MapRootEndpoints(IEndpointRouteBuilder app)
    {
    }

    public virtual void AddHealthChecks(IHealthChecksBuilder health)
    {
    }

    /// <summary>
    /// Middleware that answers some requests before routing, after the request log, problem handling and security
    /// headers (e.g. a poll answered 304 from memory, which needs none of the rest of the pipeline).
    /// </summary>
    public virtual void UseBeforeRouting(IApplicationBuilder app)
    {
    }

    /// <summary>
    /// The module's commands that must run on a schedule. Every deployment (crontab, the AWS stack) schedules exactly
    /// these, and <c>quartet jobs status</c> watches their run records.
    /// </summary>
    public virtual IReadOnlyList<ScheduledJob> Jobs => [];

    /// <summary>Adds the module's commands (e.g. <c>quartet parks collect</c>) under <paramref name="moduleCommand"/>.</summary>
    public virtual void AddCommands(Command moduleCommand, CommandContext context)
    {
    }

    /// <summary>Read-only consistency check of the module's data (the restore drill runs it on a restored copy); the problems found.</summary>
    public virtual Task<IReadOnlyList<string>> CheckIntegrityAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>The accounts <see cref="SeedDemoAsync"/> creates, printed by <c>seed-demo</c> when it finishes.</summary>
    public virtual IReadOnlyList<DemoLogin> DemoLogins => [];

    /// <summary>
    /// Creates demo data. Must be idempotent: running it twice leaves the same data. A progress message holding
    /// "n of m" moves the command's progress bar to n/m.
    /// </summary>
    public virtual Task SeedDemoAsync(IServiceProvider services, IProgress<string> progress, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}

/// <summary>A demo account: which app and role it is for, and how to sign in.</summary>
public sealed record DemoLogin(string App, string Role, string Email, string Password);
