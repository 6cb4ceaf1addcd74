using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Notifications;
using Quartet.Shop.Operations;
using Quartet.Shop.Points;

namespace Quartet.Shop.Orders;

/// <summary>Redeem points for one product (spec 4.2): one transaction, account lock first, guarded stock decrement.</summary>
public static partial class PlaceOrder
{
    public sealed class Request
    {
        [Required]
        public Guid? ProductId { get; init; }

        [Required]
        public int? Quantity { get; init; }

        public int? ExpectedUnitCost { get; init; }
    }

    public sealed record Response(OrderView Order, int Balance);

    public const string Operation = "orders.place";

    public static void Map(RouteGroupBuilder employee) =>
        employee.MapPost("/orders", HandleAsync).ProducesProblem(StatusCodes.Status428PreconditionRequired).WithName("PlaceOrder").CountsAs("redeem");

    public static async Task<Created<Response>> HandleAsync(
        Request request, ClaimsPrincipal user, HttpContext http, ShopDb db, PointsLedger ledger, AuditLog audit,
        IOptions<ShopOptions> options, ShopClock clock, ShopNotifications notifications, CancellationToken ct)
    {
        var settings = options.Value;
        var key = Idempotency.RequireKey(http.Request);
        var quantity = request.Quantity!.Value;
        if (quantity < 1 || quantity > settings.MaxQuantity)
        {
            throw ShopErrors.Validation("quantity", $"Quantity must be from 1 to {settings.MaxQuantity}.");
        }

        if (request.ExpectedUnitCost is < 1)
        {
            throw ShopErrors.Validation("expectedUnitCost", "The expected unit cost must be a positive integer.");
        }

        var userId = user.UserId();
        var idempotent = Idempotency.Scope(key, userId, Operation, $"{request.ProductId}|{quantity}|{request.ExpectedUnitCost}");
        var window = TimeSpan.FromHours(settings.EmployeeCancelWindowHours);
        return await TryPlaceAsync() ?? await EnsureAccountThenPlaceAsync();

        async Task<Created<Response>> EnsureAccountThenPlaceAsync()
        {
            await ledger.EnsureAccountAsync(userId, ct);
            return await TryPlaceAsync() ?? throw new InvalidOperationException("The points account vanished.");
        }

        Task<Created<Response>?> TryPlaceAsync() => db.InTransactionAsync(async ct =>
        {
            var account = await ledger.LockAccountAsync(userId, ct);
            if (account is null)
            {
                return null;
            }

            // Copies of one request queue on the account lock, so the first one's answer is visible here to the others.
            if (await idempotent.FindAsync(db.IdempotencyRecords, ct) is { } previous)
            {
                return previous.Body is null
                    ? await ReplayMovedAsync(previous, account.Balance, ct)
                    : Idempotency.ReplayCreated<Response>(http, previous);
            }

            var order = await RedeemAsync(db, ledger, audit, settings, clock, account, request.ProductId!.Value, quantity, request.ExpectedUnitCost, ct);
            await notifications.OrderChangedAsync(order, clock.UtcNow, ct);
            var answer = new Response(OrderView.Of(order, window, clock.UtcNow), account.Balance);
            db.IdempotencyRecords.Add(idempotent.Answer(http, StatusCodes.Status201Created, LocationOf(order.Id), answer, order.Id, clock.UtcNow));
            return TypedResults.Created(LocationOf(order.Id), answer);
        }, ct);

        // A key moved from the order row (before the idempotency_records table) kept no answer: rebuild it from the order.
        async Task<Created<Response>?> ReplayMovedAsync(IdempotencyRecord record, int balance, CancellationToken ct)
        {
            var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == record.ResourceId, ct);
            Idempotency.MarkReplayed(http);
            return TypedResults.Created(LocationOf(order.Id), new Response(OrderView.Of(order, window, clock.UtcNow), balance));
        }
    }

    internal static string LocationOf(Guid orderId) => $"/api/shop/orders/{orderId}";

    internal static async Task<Order> RedeemAsync(
        ShopDb db, PointsLedger ledger, AuditLog audit, ShopOptions settings, ShopClock clock, PointsAccount account,
        Guid productId, int quantity, int? expectedUnitCost, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking()
            .Where(p => p.Id == productId)
            .Select(p => new { p.Name, p.IsActive, p.PointsCost, p.Stock, p.MaxPerEmployeePerMonth })
            .SingleOrDefaultAsync(ct) ?? throw ShopErrors.ProductNotFound();
        if (!product.IsActive)
        {
            throw Unavailable();
        }

        if (expectedUnitCost is { } expected && expected != product.PointsCost)
        {
            throw new ProblemException(409, "PRICE_CHANGED", $"The price is now {product.PointsCost} points.");
        }

        var total = (long)product.PointsCost * quantity;
        if (total > settings.MaxTransaction)
        {
            throw ShopErrors.TransactionCap(settings.MaxTransaction);
        }

        var now = clock.UtcNow;
        await CheckLimitsAsync(db, settings, account.UserId, productId, quantity, product.MaxPerEmployeePerMonth, now, ct);

        if (account.Balance < total)
        {
            // Report the first failing check in the spec's order without touching stock for a doomed request.
            if (product.Stock < quantity)
            {
                throw OutOfStock();
            }

            throw ShopErrors.InsufficientPoints(account.Balance, (int)total);
        }

        var left = await DecrementStockAsync(db, productId, quantity, ct);
        if (left.Count == 0)
        {
            var active = await db.Products.Where(p => p.Id == productId).Select(p => p.IsActive).SingleAsync(ct);
            throw active ? OutOfStock() : Unavailable();
        }

        var stockAfter = left[0];
        var order = new Order
        {
            Id = Guid.CreateVersion7(),
            OrderNumber = OrderNumbers.New(now, settings.Zone),
            UserId = account.UserId,
            ProductId = productId,
            ProductName = product.Name,
            UnitCost = product.PointsCost,
            Quantity = quantity,
            TotalCost = (int)total,
            Status = OrderStatus.Placed,
            PlacedAt = now,
        };
        db.Orders.Add(order);
        var entry = await ledger.DebitAsync(account, order.TotalCost, LedgerType.Redeem, LedgerSource.Order,
            $"Order {order.OrderNumber}", new Actor(account.UserId, ActorKind.Employee), ct);
        entry.OrderId = order.Id;
        db.StockMovements.Add(new StockMovement
        {
            Id = Guid.CreateVersion7(),
            ProductId = productId,
            Delta = -quantity,
            StockAfter = stockAfter,
            Kind = StockMovementKind.Redeem,
            OrderId = order.Id,
            OperatorId = account.UserId,
            CreatedAt = now,
        });
        audit.Record(new Actor(account.UserId, ActorKind.Employee), "order.place", "order", order.Id.ToString(), null, OrderView.Of(order));
        return order;
    }

    private static async Task CheckLimitsAsync(
        ShopDb db, ShopOptions settings, Guid userId, Guid productId, int quantity, int? productLimit, DateTime now, CancellationToken ct)
    {
        if (settings.MaxOrdersPerMonth is null && settings.MaxUnitsPerProductPerMonth is null && productLimit is null)
        {
            return;
        }

        var monthStart = Months.StartUtc(now, settings.Zone);
        var thisMonth = db.Orders.Where(o => o.UserId == userId && o.Status != OrderStatus.Cancelled && o.PlacedAt >= monthStart);
        if (settings.MaxOrdersPerMonth is { } maxOrders && await thisMonth.CountAsync(ct) >= maxOrders)
        {
            throw new ProblemException(422, "ORDER_LIMIT_REACHED", $"You can place at most {maxOrders} orders a month.");
        }

        if ((productLimit ?? settings.MaxUnitsPerProductPerMonth) is { } maxUnits)
        {
            var units = await thisMonth.Where(o => o.ProductId == productId).SumAsync(o => o.Quantity, ct);
            if (units + quantity > maxUnits)
            {
                throw new ProblemException(422, "PRODUCT_LIMIT_REACHED", $"You can redeem at most {maxUnits} of this product a month.");
            }
        }
    }

    private static ProblemException OutOfStock() => new(422, "OUT_OF_STOCK", "Not enough of this product is left.");

    private static ProblemException Unavailable() => new(422, "PRODUCT_UNAVAILABLE", "This product is not available.");

    /// <summary>
    /// The guarded decrement: takes <paramref name="quantity"/> only from an active product that has it, and returns the
    /// stock it left (none when the guard failed). PostgreSQL and SQLite return it from the UPDATE; MySQL has no
    /// <c>UPDATE … RETURNING</c>, so there the same command reads the row, locked by the update, back only when the
    /// update took it (<c>ROW_COUNT()</c> is the update's), in one round trip.
    /// </summary>
    private static async Task<List<int>> DecrementStockAsync(ShopDb db, Guid productId, int quantity, CancellationToken ct) =>
        db.IsMySql
            ? await db.Database.SqlQuery<int>(
                $"UPDATE products SET `Stock` = `Stock` - {quantity} WHERE `Id` = {productId} AND `IsActive` AND `Stock` >= {quantity}; SELECT `Stock` AS `Value` FROM products WHERE `Id` = {productId} AND ROW_COUNT() = 1")
                .ToListAsync(ct)
            : await db.Database.SqlQuery<int>(
                $"UPDATE products SET \"Stock\" = \"Stock\" - {quantity} WHERE \"Id\" = {productId} AND \"IsActive\" AND \"Stock\" >= {quantity} RETURNING \"Stock\" AS \"Value\"")
                .ToListAsync(ct);
}
