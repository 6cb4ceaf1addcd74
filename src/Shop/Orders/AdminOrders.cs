using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Csv;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Employees;

namespace Quartet.Shop.Orders;

/// <summary>All orders for product admins: filterable list, detail with the employee's name and e-mail, CSV export.</summary>
public static class AdminOrders
{
    public sealed record AdminOrderView(OrderView Order, string? EmployeeName, string? EmployeeEmail);

    public static void Map(RouteGroupBuilder products)
    {
        products.MapGet("/orders", async (
            PageRequest page, string? status, Guid? userId, Guid? productId, DateTime? from, DateTime? to, string? q,
            ShopDb db, EmployeeDirectory directory, CancellationToken ct) =>
        {
            var query = Filter(db, status, userId, productId, from, to, q);
            var result = await query.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id).ToPageAsync(page, ct);
            var people = await directory.FindManyAsync([.. result.Items.Select(o => o.UserId)], ct);
            var items = result.Items.Select(o => new AdminOrderView(OrderView.Of(o), people.GetValueOrDefault(o.UserId)?.DisplayName, people.GetValueOrDefault(o.UserId)?.Email)).ToList();
            return TypedResults.Ok(new PagedList<AdminOrderView>(items, result.Page, result.PageSize, result.Total));
        });

        products.MapGet("/orders/{id}", async (Guid id, ShopDb db, EmployeeDirectory directory, CancellationToken ct) =>
        {
            var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw ShopErrors.OrderNotFound();
            var person = await directory.FindAsync(order.UserId, ct);
            return TypedResults.Ok(new AdminOrderView(OrderView.Of(order), person?.DisplayName, person?.Email));
        });

        products.MapGet("/exports/orders.csv", (
            string? status, Guid? userId, Guid? productId, DateTime? from, DateTime? to, string? q, ShopDb db, CancellationToken ct) =>
        {
            var query = Filter(db, status, userId, productId, from, to, q).OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id);
            return Csv.StreamAsync(db, "orders.csv", Header, query, Row, ct);
        }).Produces<string>(StatusCodes.Status200OK, "text/csv").WithSummary("Export orders as CSV");
    }

    private static readonly string[] Header =
        ["orderNumber", "id", "placedAt", "userId", "productId", "productName", "unitCost", "quantity", "totalCost", "status", "fulfilledAt", "cancelledAt", "cancelReason", "restocked"];

    private static CsvCell[] Row(Order o) =>
    [
        CsvCell.Plain(o.OrderNumber), CsvCell.Plain(o.Id.ToString()), CsvCell.Time(o.PlacedAt), CsvCell.Plain(o.UserId.ToString()),
        CsvCell.Plain(o.ProductId.ToString()), o.ProductName, CsvCell.Number(o.UnitCost), CsvCell.Number(o.Quantity), CsvCell.Number(o.TotalCost),
        CsvCell.Lower(o.Status), o.FulfilledAt is { } f ? CsvCell.Time(f) : CsvCell.Plain(null), o.CancelledAt is { } c ? CsvCell.Time(c) : CsvCell.Plain(null),
        o.CancelReason, CsvCell.Plain(o.Restocked ? "true" : "false"),
    ];

    private static IQueryable<Order> Filter(ShopDb db, string? status, Guid? userId, Guid? productId, DateTime? from, DateTime? to, string? q)
    {
        var query = MyOrders.Filter(db.Orders.AsNoTracking(), status, from, to);
        if (userId is { } user)
        {
            query = query.Where(o => o.UserId == user);
        }

        if (productId is { } product)
        {
            query = query.Where(o => o.ProductId == product);
        }

        if (QueryArgs.Search(q) is { } number)
        {
            var upper = number.ToUpperInvariant();
            query = query.Where(o => o.OrderNumber.Contains(upper));
        }

        return query;
    }
}
