using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Platform.Accounts;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Orders;

/// <summary>An employee's own orders: list (newest first, filterable) and detail with the time left to cancel.</summary>
public static class MyOrders
{
    public static void Map(RouteGroupBuilder employee)
    {
        employee.MapGet("/orders", async (
            PageRequest page, string? status, DateTime? from, DateTime? to, ClaimsPrincipal user, ShopDb db,
            IOptions<ShopOptions> options, ShopClock clock, CancellationToken ct) =>
        {
            var userId = user.UserId();
            var query = Filter(db.Orders.AsNoTracking().Where(o => o.UserId == userId), status, from, to);
            var result = await query.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id).ToPageAsync(page, ct);
            var window = TimeSpan.FromHours(options.Value.EmployeeCancelWindowHours);
            var now = clock.UtcNow;
            return TypedResults.Ok(new PagedList<OrderView>([.. result.Items.Select(o => OrderView.Of(o, window, now))], result.Page, result.PageSize, result.Total));
        });

        employee.MapGet("/orders/{id}", async (Guid id, ClaimsPrincipal user, ShopDb db, IOptions<ShopOptions> options, ShopClock clock, CancellationToken ct) =>
        {
            var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw ShopErrors.OrderNotFound();
            if (order.UserId != user.UserId())
            {
                throw ShopErrors.NotOwner();
            }

            return TypedResults.Ok(OrderView.Of(order, TimeSpan.FromHours(options.Value.EmployeeCancelWindowHours), clock.UtcNow));
        });
    }

    public static IQueryable<Order> Filter(IQueryable<Order> query, string? status, DateTime? from, DateTime? to)
    {
        var wanted = QueryArgs.Enum<OrderStatus>(status, "status");
        from = QueryArgs.Utc(from);
        to = QueryArgs.Utc(to);
        QueryArgs.Range(from, to);
        if (wanted is { } s)
        {
            query = query.Where(o => o.Status == s);
        }

        if (from is { } f)
        {
            query = query.Where(o => o.PlacedAt >= f);
        }

        if (to is { } t)
        {
            query = query.Where(o => o.PlacedAt <= t);
        }

        return query;
    }
}
