namespace Quartet.Shop.Common;

/// <summary>Calendar months in the shop's time zone: where one starts in UTC and its <c>yyyy-MM</c> period.</summary>
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
