using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Platform.Jobs;
using Quartet.Platform.Mail;
using Quartet.Platform.Modules;
using Quartet.Shop.Allocation;
using Quartet.Shop.Audit;
using Quartet.Shop.Catalogue;
using Quartet.Shop.Cli;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Demo;
using Quartet.Shop.Employees;
using Quartet.Shop.Operations;
using Quartet.Shop.Orders;
using Quartet.Shop.Points;
using Quartet.Shop.Products;
using Quartet.Shop.Stats;

namespace Quartet.Shop;

public sealed class ShopModule : QuartetModule
{
    public override string Key => "shop";

    public override string Name => "AWSomeShop";

    public override string Description => "Redeem your benefit points for goods and vouchers.";

    public override IReadOnlyList<string> Roles => [ShopRoles.Employee, ShopRoles.Admin, ShopRoles.Products, ShopRoles.Points];

    public override IReadOnlyList<ScheduledJob> Jobs =>
    [
        new("shop allocate-monthly", AllocationEndpoints.JobName, JobSchedule.Daily(0, 10), TimeSpan.FromMinutes(25)),
        new("shop expire-points", JobCommand.Name("shop", "expire-points"), JobSchedule.Daily(0, 30), TimeSpan.FromMinutes(25)),
        new("shop reconcile", JobCommand.Name("shop", "reconcile"), JobSchedule.Daily(3, 0), TimeSpan.FromMinutes(25)),
        new("shop sweep-images", JobCommand.Name("shop", "sweep-images"), JobSchedule.Daily(4, 0), TimeSpan.FromMinutes(25)),
        new("shop purge-idempotency", JobCommand.Name("shop", PurgeIdempotencyRecords.Job), JobSchedule.Hourly(40), TimeSpan.FromMinutes(55)),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ShopOptions>(configuration.GetSection(ShopOptions.Section));
        services.AddModuleDbContext<ShopDb, SqliteShopDb, PostgresShopDb, MySqlShopDb>(configuration, ShopDb.Key, "20261201000000_ShopInitial", "20261221000000_CatalogueSortIndexes");
        services.AddSingleton<ShopMetrics>();
        services.AddSingleton<LedgerMetricsInterceptor>();
        // Options belong to the engine's context type (the one that runs), not to ShopDb.
        void CountLedgerEntries(IServiceProvider sp, DbContextOptionsBuilder builder) => builder.AddInterceptors(sp.GetRequiredService<LedgerMetricsInterceptor>());
        services.ConfigureDbContext<SqliteShopDb>(CountLedgerEntries);
        services.ConfigureDbContext<PostgresShopDb>(CountLedgerEntries);
        services.ConfigureDbContext<MySqlShopDb>(CountLedgerEntries);
        services.TryAddSingleton<ShopClock>();
        services.AddSingleton<ImageUrls>();
        services.AddSingleton<SqliteBalanceReads>();
        services.AddSingleton<SqliteCataloguePages>();
        services.AddScoped<AuditLog>();
        services.AddScoped<PointsLedger>();
        services.AddScoped<IExternalSignInListener, ExternalEmployeeNumber>();
        services.AddScoped<EmployeeDirectory>();
        services.AddScoped<IAccountDeletionHandler, Privacy.ShopAccountDeletion>();
        services.AddScoped<Notifications.ShopNotifications>();
        services.AddMailOutbox<ShopDb>();
        foreach (var (topic, label) in Notifications.ShopNotifications.Topics)
        {
            services.AddMailTopic(topic, label);
        }
        services.AddScoped<CancelOrder.Handler>();
        services.AddScoped<AdjustPoints.Handler>();
        services.AddScoped<PointsBatches.Handler>();
        services.AddScoped<MonthlyAllocator>();
        services.AddScoped<PointsExpiry>();
        services.AddScoped<Reconciler>();
    }

    public override void AddHealthChecks(IHealthChecksBuilder health) =>
        health.Add(new HealthCheckRegistration("shop-blob", sp => ActivatorUtilities.CreateInstance<BlobHealthCheck>(sp), HealthStatus.Degraded,
            [Platform.Health.HealthSetup.ReadyTag], TimeSpan.FromSeconds(2)));

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        ProductImages.MapPublic(api);

        var employee = api.MapGroup("").RequireAuthorization(ShopRoles.EmployeeOnly).WithTag("Employee", "An employee's own points, the catalogue, the cart and their orders.");
        MyPoints.Map(employee);
        BrowseCatalogue.Map(employee);
        PlaceOrder.Map(employee);
        CheckoutCart.Map(employee);
        MyOrders.Map(employee);
        CancelOrder.MapEmployee(employee);

        var products = api.MapGroup("/admin").RequireAuthorization(ShopRoles.ProductAdmin).WithTag("Admin: products and orders", "Product admins: the catalogue, stock and every employee's orders.");
        ManageProducts.Map(products);
        CreateProduct.Map(products);
        AdjustStock.Map(products);
        ProductImages.Map(products);
        AdminOrders.Map(products);
        FulfilOrder.Map(products);
        CancelOrder.MapAdmin(products);

        var points = api.MapGroup("/admin").RequireAuthorization(ShopRoles.PointsAdmin).WithTag("Admin: points and employees", "Points admins: grants, deductions, batches, monthly allocations and employee records.");
        AdjustPoints.Map(points);
        PointsBatches.Map(points);
        AdminLedger.Map(points);
        ManageEmployees.Map(points);
        AllocationEndpoints.Map(points);

        GetStats.Map(api.MapGroup("/admin").RequireAuthorization(ShopRoles.AnyAdmin).WithTag("Admin: dashboard", "Figures for every admin role."));
        ListAudit.Map(api.MapGroup("/admin").RequireAuthorization(ShopRoles.FullAdmin).WithTag("Admin: audit", "The audit log of every admin change (full admins only)."));
    }

    public override void AddCommands(Command moduleCommand, CommandContext context) => ShopCommands.Add(moduleCommand, context);

    public override async Task<IReadOnlyList<string>> CheckIntegrityAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Reconciler>().FindProblemsAsync(cancellationToken);
    }

    public override IReadOnlyList<DemoLogin> DemoLogins =>
    [
        new("shop", "admin (catalogue, points)", DemoSeeder.AdminEmail, DemoSeeder.AdminPassword),
        new("shop", "employee", DemoSeeder.EmployeeEmail, DemoSeeder.EmployeePassword),
    ];

    public override Task SeedDemoAsync(IServiceProvider services, IProgress<string> progress, CancellationToken cancellationToken) =>
        DemoSeeder.SeedAsync(services, progress, cancellationToken);
}
