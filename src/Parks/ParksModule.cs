using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Collection;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Parks.Notifications;
using Quartet.Parks.Simulator;
using Quartet.Parks.Sources;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;
using Quartet.Platform.Jobs;
using Quartet.Platform.Mail;
using Quartet.Platform.Modules;
using Quartet.Platform.Observability;

namespace Quartet.Parks;

public sealed class ParksModule : QuartetModule
{
    public override string Key => "parks";

    public override string Name => "Theme Park Hall of Shame";

    public override string Description => "Which theme parks and rides are down the most, from live ride status.";

    public override IReadOnlyList<string> Roles => [ParksRoles.Admin];

    public override IReadOnlyList<ScheduledJob> Jobs =>
    [
        new("parks collect", ParksCommands.RunName("collect"), JobSchedule.EveryMinutes(10), TimeSpan.FromSeconds(540)),
        new("parks aggregate", ParksCommands.RunName("aggregate"), JobSchedule.Hourly(5), TimeSpan.FromSeconds(3300)),
        new("parks discover", ParksCommands.RunName("discover"), JobSchedule.Daily(11, 30), TimeSpan.FromSeconds(1500)),
        new("parks prune", ParksCommands.RunName("prune"), JobSchedule.Daily(11, 45), TimeSpan.FromSeconds(1500)),
        new("parks schedules", ParksCommands.RunName("schedules"), JobSchedule.Daily(12, 15), TimeSpan.FromSeconds(1500)),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ParksDb, SqliteParksDb, PostgresParksDb, MySqlParksDb>(configuration, ParksDb.Key, "20261121200000_ParksInitial", "20261121230000_ParksAdmin", "20261122010000_ParksPeriodRollups");
        services.AddScoped<Quartet.Platform.Accounts.IAccountDeletionHandler, Privacy.ParksAccountDeletion>();
        services.AddOptions<ParksOptions>().Bind(configuration.GetSection(ParksOptions.Section))
            .Validate(o => o.Collection.IntervalMinutes is > 0 and <= 60 && 60 % o.Collection.IntervalMinutes == 0, "Parks:Collection:IntervalMinutes must divide 60.")
            .ValidateOnStart();
        services.PostConfigure<QuartetOptions>(EmbedSettings.AddDefaultRule);
        services.AddOptions<QuartetOptions>()
            .Validate(o => EmbedSettings.Rule(o)?.Origins.All(EmbedSettings.IsValidAncestor) ?? true,
                $"Quartet:Security:Framing origins for {EmbedSettings.EmbedPath} must be 'self', https origins or https://*.host.")
            .ValidateOnStart();
        services.AddPerClientRateLimit(PublicRateLimit, sp => sp.GetRequiredService<IOptions<ParksOptions>>().Value.RateLimit.PerMinute);
        services.AddPerClientRateLimit(AuditRateLimit, sp => sp.GetRequiredService<IOptions<ParksOptions>>().Value.RateLimit.AuditPerMinute);
        services.AddSingleton(sp => new ReportingZone(sp.GetRequiredService<IOptions<ParksOptions>>().Value.ReportingTimeZone));
        services.AddSingleton(sp => new PeriodResolver(sp.GetRequiredService<ReportingZone>(), sp.GetRequiredService<IOptions<ParksOptions>>().Value.WeekStartsOn));
        services.AddHttpClient<UpstreamHttp>((sp, client) =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<IOptions<ParksOptions>>().Value.Sources.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                MaxConnectionsPerServer = Math.Max(1, sp.GetRequiredService<IOptions<ParksOptions>>().Value.Collection.MaxParallelParks),
                AutomaticDecompression = System.Net.DecompressionMethods.All,
            });
        services.AddTransient<ThemeParksWikiSource>();
        services.AddTransient<QueueTimesSource>();
        services.AddTransient<ScheduleRefresher>();
        services.AddTransient<Rollups>();
        services.AddSingleton<PeriodRollups>();
        services.AddInstrumentOwner<ParksMetrics>();
        services.AddTransient<Collector>();
        services.AddTransient<Aggregator>();
        services.AddScoped<Pruner>();
        services.AddScoped<Discovery>();
        services.AddScoped<ParksAdminAlerts>();
        services.AddHostedService<ParksAlertWatcher>();
        services.AddMailTopic(ParksAdminAlerts.Topic, ParksAdminAlerts.TopicLabel);
        services.AddTransient<Backfill>();
        services.AddScoped<ReadModel>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<DataVersions>();
        services.AddHostedService<DataVersionListener>();
    }

    /// <summary>Per client IP on the public endpoints; the audit trace has its own, smaller budget.</summary>
    public const string PublicRateLimit = "parks-public";

    public const string AuditRateLimit = "parks-audit";

    public override void MapEndpoints(RouteGroupBuilder api) => ParksApi.Map(api);

    public override void AddCommands(Command moduleCommand, CommandContext context) => ParksCommands.Add(moduleCommand, context);

    public override IReadOnlyList<DemoLogin> DemoLogins => [new("parks", "admin (parks, rides, hours)", DemoSeeder.AdminEmail, DemoSeeder.AdminPassword)];

    public override Task SeedDemoAsync(IServiceProvider services, IProgress<string> progress, CancellationToken cancellationToken) =>
        DemoSeeder.RunAsync(services, progress, cancellationToken);
}

public static class ParksRoles
{
    public const string Admin = "parks.admin";
}
