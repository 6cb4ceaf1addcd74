using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Notifications;
using Quartet.Shop.Operations;
using Quartet.Shop.Points;

namespace Quartet.Shop.Orders;

/// <summary>
/// Cancel an order (spec 4.2): the owner while it is placed and inside the cancel window, an admin at any time before it
/// is cancelled. One transaction: status, refund (a new lot), restock movement and audit entry.
/// </summary>
public static class CancelOrder
{
    public sealed class EmployeeRequest
    {
        [Text(0, 500)]
        public string? Reason { get; init; }
    }

    public sealed class AdminRequest
    {
        [Text(1, 500)]
        public string? Reason { get; init; }

        public bool Restock { get; init; }
    }

    public sealed record Response(OrderView Order, int Balance);

    public static void MapEmployee(RouteGroupBuilder employee) =>
        employee.MapPost("/orders/{id}/cancel", async (Guid id, EmployeeRequest? request, ClaimsPrincipal user, Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.CancelAsync(id, Actor.Employee(user), request?.Reason.TrimToNull(), restockFulfilled: false, ct))).CountsAs("cancel");

    public static void MapAdmin(RouteGroupBuilder products) =>
        products.MapPost("/orders/{id}/cancel", async (Guid id, AdminRequest request, ClaimsPrincipal user, Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.CancelAsync(id, Actor.Admin(user), request.Reason!.Trim(), request.Restock, ct))).CountsAs("cancel");

    public sealed class Handler(ShopDb db, PointsLedger ledger, AuditLog audit, IOptions<ShopOptions> options, ShopClock clock, ShopNotifications notifications)
    {
        public async Task<Response> CancelAsync(Guid orderId, Actor actor, string? reason, bool restockFulfilled, CancellationToken ct)
        {
            var settings = options.Value;
            var window = TimeSpan.FromHours(settings.EmployeeCancelWindowHours);
            var owner = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => (Guid?)o.UserId).SingleOrDefaultAsync(ct)
                ?? throw ShopErrors.OrderNotFound();
            if (actor.Kind == ActorKind.Employee && owner != actor.Id)
            {
                throw ShopErrors.NotOwner();
            }

            return await db.InTransactionAsync(async ct =>
            {
                // Every order transition locks the owner's account first, so cancel and fulfil of one order are serialized.
                var account = await ledger.LockAccountAsync(owner, ct) ?? throw new InvalidOperationException("An order without a points account.");
                var order = await db.Orders.SingleAsync(o => o.Id == orderId, ct);
                var now = clock.UtcNow;
                var before = OrderView.Of(order);
                var wasFulfilled = order.Status == OrderStatus.Fulfilled;
                if (order.Status == OrderStatus.Cancelled || (wasFulfilled && actor.Kind == ActorKind.Employee))
                {
                    throw ShopErrors.InvalidOrderState(order.Status.ToString().ToLowerInvariant());
                }

                if (actor.Kind == ActorKind.Employee && now >= order.PlacedAt + window)
                {
                    throw new Platform.Http.ProblemException(422, "CANCEL_WINDOW_CLOSED",
                        $"Orders can be cancelled within {settings.EmployeeCancelWindowHours} hours of being placed.");
                }

                order.Status = OrderStatus.Cancelled;
                order.CancelledAt = now;
                order.CancelledBy = actor.Id;
                order.CancelledByKind = actor.Kind;
                order.CancelReason = reason;
                order.Restocked = !wasFulfilled || restockFulfilled;
                await notifications.OrderChangedAsync(order, now, ct);

                var refund = ledger.Credit(account, order.TotalCost, LedgerType.Refund, LedgerSource.Order,
                    $"Refund of order {order.OrderNumber}", actor, await RefundExpiryAsync(order.Id, now, settings, ct));
                refund.OrderId = order.Id;

                if (order.Restocked)
                {
                    await db.Products.Where(p => p.Id == order.ProductId)
                        .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + order.Quantity), ct);
                    var stockAfter = await db.Products.Where(p => p.Id == order.ProductId).Select(p => p.Stock).SingleAsync(ct);
                    db.StockMovements.Add(new StockMovement
                    {
                        Id = Guid.CreateVersion7(),
                        ProductId = order.ProductId,
                        Delta = order.Quantity,
                        StockAfter = stockAfter,
                        Kind = StockMovementKind.Cancel,
                        OrderId = order.Id,
                        OperatorId = actor.Id,
                        CreatedAt = now,
                    });
                }

                var after = OrderView.Of(order);
                audit.Record(actor, "order.cancel", "order", order.Id.ToString(), before, after, reason);
                return new Response(actor.Kind == ActorKind.Employee ? OrderView.Of(order, window, now) : after, account.Balance);
            }, ct);
        }

        /// <summary>The earliest expiry among the lots the order consumed, but never less than the minimum refund validity.</summary>
        private async Task<DateTime?> RefundExpiryAsync(Guid orderId, DateTime now, ShopOptions settings, CancellationToken ct)
        {
            var earliest = await (
                from entry in db.Ledger
                where entry.OrderId == orderId && entry.Type == LedgerType.Redeem
                join use in db.Consumptions on entry.Id equals use.EntryId
                join lot in db.Lots on use.LotId equals lot.Id
                where lot.ExpiresAt != null
                select lot.ExpiresAt).MinAsync(ct);
            if (earliest is null)
            {
                return null;
            }

            var minimum = now.AddDays(settings.RefundMinValidityDays);
            return earliest > minimum ? earliest : minimum;
        }
    }
}
