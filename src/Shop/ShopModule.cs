using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartet.Platform.Data;
using Quartet.Platform.Modules;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Employees;
using Quartet.Shop.Operations;
using Quartet.Shop.Orders;
using Quartet.Shop.Points;
using Quartet.Shop.Products;

namespace Quartet.Shop;

public sealed class ShopModule : QuartetModule
{
    public override string Key => "shop";

    public override string Name => "AWSomeShop";

    public override string Description => "Redeem your benefit points for goods and vouchers.";

    public override IReadOnlyList<string> Roles => [ShopRoles.Employee, ShopRoles.Admin, ShopRoles.Products, ShopRoles.Points];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ShopOptions>(configuration.GetSection(ShopOptions.Section));
        services.AddModuleDbContext<ShopDb>(configuration, ShopDb.Key);
        services.TryAddSingleton<ShopClock>();
        services.AddScoped<AuditLog>();
        services.AddScoped<PointsLedger>();
        services.AddScoped<CancelOrder.Handler>();
        services.AddScoped<AdjustPoints.Handler>();
        services.AddScoped<EmployeeDirectory>();
        services.AddSingleton<ImageUrls>();
        services.AddScoped<Reconciler>();
    }

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        var employee = api.MapGroup("").RequireAuthorization(ShopRoles.EmployeeOnly).WithTags("Employee");
        MyPoints.Map(employee);
        PlaceOrder.Map(employee);
        MyOrders.Map(employee);
        CancelOrder.MapEmployee(employee);

        var products = api.MapGroup("/admin").RequireAuthorization(ShopRoles.ProductAdmin).WithTags("Admin: products and orders");
        FulfilOrder.Map(products);
        CancelOrder.MapAdmin(products);
        CreateProduct.Map(products);
        AdjustStock.Map(products);

        var points = api.MapGroup("/admin").RequireAuthorization(ShopRoles.PointsAdmin).WithTags("Admin: points and employees");
        AdjustPoints.Map(points);
    }
}
