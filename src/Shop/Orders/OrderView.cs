using System.Security.Cryptography;
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

public static class OrderNumbers
{
    /// <summary>Crockford-style base32 without I, L, O and U, so numbers read aloud or typed are unambiguous.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary><c>S</c> + yyMMdd (in the shop's zone) + <c>-</c> + 6 random characters, e.g. <c>S250301-7KQ2MX</c>.</summary>
    public static string New(DateTime utcNow, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone);
        Span<char> suffix = stackalloc char[6];
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"S{local:yyMMdd}-{suffix}";
    }
}

public static class Months
{
    /// <summary>The UTC instant at which the calendar month containing <paramref name="utcNow"/> starts in <paramref name="zone"/>.</summary>
    public static DateTime StartUtc(DateTime utcNow, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone);
        return StartUtc(local.Year, local.Month, zone);
    }

    public static DateTime StartUtc(int year, int month, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified), zone);

    public static string PeriodOf(DateTime utcNow, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
