using Quartet.Shop.Data;

namespace Quartet.Shop.Orders;

public sealed record OrderView(
    Guid Id,
    string OrderNumber,
    Guid UserId,
    Guid ProductId,
    string ProductName,
    int UnitCost,
    int Quantity,
    int TotalCost,
    OrderStatus Status,
    DateTime PlacedAt,
    DateTime? FulfilledAt,
    string? FulfilmentNote,
    DateTime? CancelledAt,
    ActorKind? CancelledByKind,
    string? CancelReason,
    bool Restocked,
    DateTime? CancellableUntil)
{
    /// <param name="cancelWindow">The employee's cancel window; null in admin views.</param>
    public static OrderView Of(Order o, TimeSpan? cancelWindow = null, DateTime? now = null) => new(
        o.Id, o.OrderNumber, o.UserId, o.ProductId, o.ProductName, o.UnitCost, o.Quantity, o.TotalCost, o.Status, o.PlacedAt,
        o.FulfilledAt, o.FulfilmentNote, o.CancelledAt, o.CancelledByKind, o.CancelReason, o.Restocked,
        cancelWindow is { } window && o.Status == OrderStatus.Placed && (now is null || o.PlacedAt + window > now)
            ? o.PlacedAt + window
            : null);
}
