using Microsoft.AspNetCore.Authorization;

namespace Quartet.Shop.Common;

public static class ShopRoles
{
    public const string Employee = "shop.employee";
    public const string Admin = "shop.admin";
    public const string Products = "shop.products";
    public const string Points = "shop.points";

    public static void EmployeeOnly(AuthorizationPolicyBuilder policy) => policy.RequireRole(Employee);

    public static void ProductAdmin(AuthorizationPolicyBuilder policy) => policy.RequireRole(Products, Admin);

    public static void PointsAdmin(AuthorizationPolicyBuilder policy) => policy.RequireRole(Points, Admin);

    public static void AnyAdmin(AuthorizationPolicyBuilder policy) => policy.RequireRole(Products, Points, Admin);

    public static void FullAdmin(AuthorizationPolicyBuilder policy) => policy.RequireRole(Admin);
}
