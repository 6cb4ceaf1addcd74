using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Notifications;
using Quartet.Shop.Points;

namespace Quartet.Shop.Orders;

/// <summary>An admin marks a placed order fulfilled (spec 4.2); racing a cancel, exactly one of them wins.</summary>
public static class FulfilOrder
{
    public sealed class Request
    {
        [Text(0, 500)]
        public string? Note { get; init; }
    }

    public static void Map(RouteGroupBuilder products) =>
        products.MapPost("/orders/{id}/fulfil", async (
            Guid id, Request? request, ClaimsPrincipal user, ShopDb db, PointsLedger ledger, AuditLog audit, ShopClock clock, ShopNotifications notifications,
            CancellationToken ct) =>
        {
            var owner = await db.Orders.AsNoTracking().Where(o => o.Id == id).Select(o => (Guid?)o.UserId).SingleOrDefaultAsync(ct)
                ?? throw ShopErrors.OrderNotFound();
            var actor = Actor.Admin(user);
            var view = await db.InTransactionAsync(async ct =>
            {
                await ledger.LockAccountAsync(owner, ct);
                var order = await db.Orders.SingleAsync(o => o.Id == id, ct);
                if (order.Status != OrderStatus.Placed)
                {
                    throw ShopErrors.InvalidOrderState(order.Status.ToString().ToLowerInvariant());
                }

                var before = OrderView.Of(order);
                order.Status = OrderStatus.Fulfilled;
                order.FulfilledAt = clock.UtcNow;
                order.FulfilledBy = actor.Id;
                order.FulfilmentNote = request?.Note.TrimToNull();
                var after = OrderView.Of(order);
                audit.Record(actor, "order.fulfil", "order", order.Id.ToString(), before, after);
                await notifications.OrderChangedAsync(order, clock.UtcNow, ct);
                return after;
            }, ct);
            return TypedResults.Ok(view);
        });
}
