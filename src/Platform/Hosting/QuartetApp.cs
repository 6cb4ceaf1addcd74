using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartet.Platform.Accounts;
using Quartet.Platform.Blobs;
using Quartet.Platform.Data;
using Quartet.Platform.Health;
using Quartet.Platform.Http;
using Quartet.Platform.Jobs;
using Quartet.Platform.Mail;
using Quartet.Platform.Modules;
using Quartet.Platform.Observability;

namespace Quartet.Platform.Hosting;

public sealed record AppInfo(string Key, string Name, string Description, string Path);

/// <summary>Composes the platform and the enabled modules into one web application.</summary>
public static class QuartetApp
{
    /// <param name="configure">Runs before the platform registers its services, so a registration here wins (e.g. a test clock).</param>
    public static WebApplication Build(string[] args, IReadOnlyList<QuartetModule> available, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);
        AddServices(builder, available);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    public static void AddServices(WebApplicationBuilder builder, IReadOnlyList<QuartetModule> available)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        var options = configuration.GetSection(QuartetOptions.Section).Get<QuartetOptions>() ?? new QuartetOptions();
        var modules = new ModuleCatalog(ModuleCatalog.Select(available, options.Apps));

        ConfigureLogging(builder.Logging, builder.Environment);
        builder.AddQuartetTelemetry();
        ConfigureWebRoot(builder);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.Security.MaxRequestBodyBytes);

        services.Configure<QuartetOptions>(configuration.GetSection(QuartetOptions.Section));
        services.AddSingleton(modules);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<RoleCatalog>();
        services.AddSingleton<JobLock>();
        services.AddSingleton<JobRunner>();
        options.Blobs.Validate();
        services.AddSingleton<FileSystemBlobStore>();
        if (options.Blobs.UsesS3)
        {
            services.AddSingleton<S3BlobStore>();
            services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<S3BlobStore>());
        }
        else
        {
            services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<FileSystemBlobStore>());
        }

        services.AddSingleton<DatabaseMigrator>();
        services.AddQuartetMail(options.Mail);
        services.AddModuleDbContext<PlatformDb, SqlitePlatformDb, PostgresPlatformDb, MySqlPlatformDb>(configuration, PlatformDb.Key, "20261121000000_PlatformInitial");
        services.AddHttpContextAccessor();

        services.AddQuartetProblems();
        services.AddQuartetAuth(configuration);
        services.AddQuartetAntiforgery();
        services.AddDataProtection().SetApplicationName("quartet");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o =>
            {
                o.XmlRepository = new PlatformKeyRepository(sp.GetRequiredService<IServiceScopeFactory>());
                o.XmlEncryptor = new KeyRingEncryptor(sp.GetRequiredService<SigningKeys>());
            }));
        services.Configure<RouteOptions>(o => o.ConstraintMap["spa"] = typeof(SpaPathConstraint));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));

        services.AddQuartetRateLimiter();
        services.AddPerClientRateLimit(AuthEndpoints.RateLimitPolicy, _ => options.RateLimits.AuthPerMinute);
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml"]);
        });
        if (options.Security.CorsOrigins.Count > 0)
        {
            services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins([.. options.Security.CorsOrigins]).AllowCredentials().AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Retry-After", "Location")));
        }

        services.AddOpenApi(ApiGroups.PlatformDocument, OpenApiContracts.Configure);
        var health = services.AddHealthChecks();
        if (options.Blobs.UsesS3)
        {
            health.AddCheck<S3BucketHealthCheck>("blob-store", HealthStatus.Unhealthy, [HealthSetup.ReadyTag]);
        }

        if (!string.IsNullOrWhiteSpace(options.Auth.External.Authority))
        {
            health.AddCheck<ExternalIssuerHealthCheck>("external-issuer", HealthStatus.Unhealthy, [HealthSetup.ReadyTag]);
        }

        foreach (var module in modules.Enabled)
        {
            services.AddOpenApi(module.Key, OpenApiContracts.Configure);
            module.AddServices(services, configuration);
            module.AddHealthChecks(health);
        }

        foreach (var (type, key) in services.Select(d => d.ImplementationInstance).OfType<ModuleDatabases>().Single().Registrations)
        {
            health.AddDatabaseCheck(type, $"{key}-db");
        }
    }

    /// <summary>Loopback is trusted by default; configured proxies replace that default.</summary>
    private static ForwardedHeadersOptions ForwardedHeadersFrom(List<string> trustedProxies)
    {
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        if (trustedProxies.Count == 0)
        {
            return forwarded;
        }

        forwarded.KnownIPNetworks.Clear();
        forwarded.KnownProxies.Clear();
        foreach (var network in QuartetOptions.ParseNetworks(trustedProxies, "Quartet:TrustedProxies"))
        {
            forwarded.KnownIPNetworks.Add(network);
        }

        return forwarded;
    }

    public static void UsePipeline(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<QuartetOptions>>().Value;
        var modules = app.Services.GetRequiredService<ModuleCatalog>();

        if (options.BehindProxy)
        {
            app.UseForwardedHeaders(ForwardedHeadersFrom(options.TrustedProxies));
        }

        app.UseQuartetRequestLogging();
        app.UseQuartetProblems();
        app.UseQuartetSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        foreach (var module in modules.Enabled)
        {
            module.UseBeforeRouting(app);
        }

        app.UseResponseCompression();
        app.UseQuartetMetrics(options.Metrics);
        app.UseSpaStaticFiles();
        app.UseHeadAsGet();
        app.UseRouting();
        if (options.Security.CorsOrigins.Count > 0)
        {
            app.UseCors();
        }

        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseQuartetAntiforgery();
        app.UseAuthorization();

        app.MapQuartetHealth();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = "docs";
            ui.DocumentTitle = "Quartet API";
            ui.SwaggerEndpoint($"/openapi/{ApiGroups.PlatformDocument}.json", "Platform (auth, admin)");
            foreach (var module in modules.Enabled)
            {
                ui.SwaggerEndpoint($"/openapi/{module.Key}.json", module.Name);
            }
        });

        app.MapAuth();
        app.MapAdmin();
        app.MapAdminMail();
        app.MapAccountDeletion();
        app.MapMailPreferences();
        if (!options.Blobs.UsesS3)
        {
            app.MapBlobs();
        }

        app.MapApiGroup("/api/apps", ApiGroups.PlatformDocument).WithTag("Apps", "The apps this host serves, for the platform's app switcher.")
            .MapGet("", () => TypedResults.Ok(modules.Enabled.Select(m => new AppInfo(m.Key, m.Name, m.Description, m.UiPath)).ToList()));

        foreach (var module in modules.Enabled)
        {
            module.MapEndpoints(app.MapApiGroup($"/api/{module.Key}", module.Key).WithTag(module.Name, module.Description));
            module.MapRootEndpoints(app);
        }

        app.MapSpaFallback();
    }

    /// <summary>Applies pending migrations of the platform and every enabled module.</summary>
    public static Task MigrateAsync(this WebApplication app, CancellationToken cancellationToken = default) =>
        app.Services.GetRequiredService<DatabaseMigrator>().MigrateAllAsync(cancellationToken);

    /// <summary>JSON lines for log collectors in production; one readable line per entry for a person in development.</summary>
    private static void ConfigureLogging(ILoggingBuilder logging, IHostEnvironment environment)
    {
        logging.ClearProviders();
        // Every line of a request carries its trace and span ids (the request log line relies on it).
        logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (environment.IsDevelopment())
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
            // The same JSON lines, written in batches rather than one write call per line (the request log's main cost).
            logging.Services.Remove(logging.Services.Single(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider)));
            logging.Services.AddSingleton<ILoggerProvider, BatchedJsonConsoleLoggerProvider>();
        }

        // Development's console logger: a full queue makes the logging request wait rather than lose the line (the
        // default, stated because it matters).
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.QueueFullMode = Microsoft.Extensions.Logging.Console.ConsoleLoggerQueueFullMode.Wait);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Warning);
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
    }

    private static void ConfigureWebRoot(WebApplicationBuilder builder)
    {
        var candidates = new[]
        {
            builder.Configuration["Quartet:WebRoot"] ?? "",
            Path.Combine(builder.Environment.ContentRootPath, "wwwroot"),
            Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        };
        var webRoot = candidates.FirstOrDefault(c => c.Length > 0 && Directory.Exists(c));
        if (webRoot is not null)
        {
            builder.Environment.WebRootPath = webRoot;
            builder.Environment.WebRootFileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(webRoot);
        }
    }
}
