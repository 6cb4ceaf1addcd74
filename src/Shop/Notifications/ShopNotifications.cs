using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Mail;
using Quartet.Shop.Data;

namespace Quartet.Shop.Notifications;

/// <summary>
/// The shop's mails (issue 19 §5), in the user's mail language (en, zh-CN), each with an opt-out: order placed,
/// fulfilled, cancelled; monthly allocation granted; points expiring within 7 days (once per lot). Each is written to
/// the shop's outbox inside the transaction of the change, so it exists exactly when the change does.
/// </summary>
public sealed class ShopNotifications(ShopDb db, MailPreferences preferences, MailLinks links)
{
    public const string OrderPlaced = "shop.order-placed";
    public const string OrderFulfilled = "shop.order-fulfilled";
    public const string OrderCancelled = "shop.order-cancelled";
    public const string AllocationGranted = "shop.allocation-granted";
    public const string PointsExpiring = "shop.points-expiring";

    public static readonly TimeSpan ExpiryWarning = TimeSpan.FromDays(7);

    public static readonly IReadOnlyList<(string Key, string Label)> Topics =
    [
        (OrderPlaced, "Shop: my order was placed"),
        (OrderFulfilled, "Shop: my order was fulfilled"),
        (OrderCancelled, "Shop: my order was cancelled"),
        (AllocationGranted, "Shop: monthly points granted"),
        (PointsExpiring, "Shop: my points expire within 7 days"),
    ];

    private static readonly Dictionary<(string Topic, string Language), MailTemplate> Templates = new()
    {
        [(OrderPlaced, MailLanguages.English)] = new("Order {number} placed", "Your order {number} for {quantity} × {product} ({points} points) is placed.\n\nYou can follow it in the shop.", "My orders"),
        [(OrderPlaced, MailLanguages.Chinese)] = new("订单 {number} 已提交", "您的订单 {number}（{product} × {quantity}，共 {points} 积分）已提交。\n\n您可以在商城中查看进度。", "我的订单"),
        [(OrderFulfilled, MailLanguages.English)] = new("Order {number} fulfilled", "Your order {number} for {quantity} × {product} has been fulfilled.", "My orders"),
        [(OrderFulfilled, MailLanguages.Chinese)] = new("订单 {number} 已完成", "您的订单 {number}（{product} × {quantity}）已完成发放。", "我的订单"),
        [(OrderCancelled, MailLanguages.English)] = new("Order {number} cancelled", "Your order {number} for {quantity} × {product} was cancelled; its {points} points are back in your balance.", "My orders"),
        [(OrderCancelled, MailLanguages.Chinese)] = new("订单 {number} 已取消", "您的订单 {number}（{product} × {quantity}）已取消，{points} 积分已退回您的余额。", "我的订单"),
        [(AllocationGranted, MailLanguages.English)] = new("{points} points for {period}", "Your monthly allocation of {points} points for {period} has been granted.", "Spend points"),
        [(AllocationGranted, MailLanguages.Chinese)] = new("{period} 的 {points} 积分已发放", "您 {period} 的每月积分 {points} 已发放。", "去兑换"),
        [(PointsExpiring, MailLanguages.English)] = new("{points} points expire on {date}", "{points} of your points expire on {date} (UTC). Spend them before then.", "Spend points"),
        [(PointsExpiring, MailLanguages.Chinese)] = new("{points} 积分将于 {date} 过期", "您有 {points} 积分将于 {date}（UTC）过期，请在此之前使用。", "去兑换"),
    };

    /// <summary>The mail for the order's current state (placed, fulfilled or cancelled); call in the transaction that set it.</summary>
    public Task OrderChangedAsync(Order order, DateTime now, CancellationToken ct)
    {
        var (topic, link) = order.Status switch
        {
            OrderStatus.Placed => (OrderPlaced, "/shop/orders"),
            OrderStatus.Fulfilled => (OrderFulfilled, "/shop/orders"),
            _ => (OrderCancelled, "/shop/orders"),
        };
        return AddAsync(order.UserId, topic, link, now, new()
        {
            ["number"] = order.OrderNumber,
            ["product"] = order.ProductName,
            ["quantity"] = order.Quantity.ToString(CultureInfo.InvariantCulture),
            ["points"] = order.TotalCost.ToString(CultureInfo.InvariantCulture),
        }, ct);
    }

    public Task AllocationGrantedAsync(Guid userId, string period, int points, DateTime now, CancellationToken ct) =>
        AddAsync(userId, AllocationGranted, "/shop", now, new() { ["points"] = points.ToString(CultureInfo.InvariantCulture), ["period"] = period }, ct);

    /// <summary>
    /// One mail per lot that expires within <see cref="ExpiryWarning"/> of <paramref name="now"/> with points left, and
    /// has had none (the outbox keeps which lots were warned about); returns how many were written.
    /// </summary>
    public async Task<int> WarnExpiringAsync(DateTime now, CancellationToken ct)
    {
        var until = now + ExpiryWarning;
        var lots = await db.Lots.AsNoTracking()
            .Where(l => l.Remaining > 0 && l.ExpiredAt == null && l.ExpiresAt > now && l.ExpiresAt <= until)
            .Select(l => new { l.Id, l.UserId, l.Remaining, l.ExpiresAt })
            .ToListAsync(ct);
        var written = 0;
        foreach (var lot in lots)
        {
            var key = $"{PointsExpiring}:{lot.Id}";
            if (await db.Set<OutboxMail>().AnyAsync(m => m.DedupeKey == key, ct))
            {
                continue;
            }

            var values = new Dictionary<string, string>
            {
                ["points"] = lot.Remaining.ToString(CultureInfo.InvariantCulture),
                ["date"] = lot.ExpiresAt!.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            };
            if (await AddAsync(lot.UserId, PointsExpiring, "/shop", now, values, ct, key))
            {
                await db.SaveChangesAsync(ct);
                written++;
            }
        }

        return written;
    }

    private async Task<bool> AddAsync(
        Guid userId, string topic, string path, DateTime now, Dictionary<string, string> values, CancellationToken ct, string? dedupeKey = null)
    {
        var address = await preferences.AddressForAsync(userId, topic, ct);
        if (address is null)
        {
            return false;
        }

        var template = Templates.GetValueOrDefault((topic, address.Language)) ?? Templates[(topic, MailLanguages.English)];
        MailOutbox.Add(db, topic, address.Email, template.Render(values, links.To(path)), now, dedupeKey);
        return true;
    }
}
