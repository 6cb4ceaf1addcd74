using System.Globalization;

namespace Quartet.Parks.Domain;

/// <summary>
/// The reporting time zone Z: park-days are [00:00 D, 00:00 D+1) in Z converted with its DST rules (23, 24 or 25 hours),
/// hour buckets are the UTC hours inside a day. Never reads the host's time zone.
/// </summary>
public sealed class ReportingZone
{
    public ReportingZone(string ianaId)
    {
        Id = ianaId;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(ianaId);
        if (Zone.BaseUtcOffset.Minutes != 0 || Zone.GetAdjustmentRules().Any(r => r.DaylightDelta.Minutes != 0))
        {
            throw new InvalidOperationException($"Reporting time zone {ianaId} must have whole-hour UTC offsets.");
        }
    }

    public string Id { get; }

    public TimeZoneInfo Zone { get; }

    public DateOnly LocalDateOf(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Utc(utc), Zone));

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(Utc(utc), Zone);

    /// <summary>UTC instant of 00:00 on <paramref name="date"/> in Z (midnight is never skipped in zones that change at 02:00).</summary>
    public DateTime DayStart(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    public (DateTime Start, DateTime End) DayWindow(DateOnly date) => (DayStart(date), DayStart(date.AddDays(1)));

    /// <summary>The UTC hour starts of a park-day: 23, 24 or 25 of them.</summary>
    public IReadOnlyList<DateTime> HoursOf(DateOnly date)
    {
        var (start, end) = DayWindow(date);
        var hours = new List<DateTime>(25);
        for (var h = start; h < end; h = h.AddHours(1))
        {
            hours.Add(h);
        }

        return hours;
    }

    public static DateTime FloorHour(DateTime utc) => new(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc);

    /// <summary>"14:30 PDT"; on the repeated autumn hour the offset is shown too, e.g. "01:30 PST (UTC−08:00)".</summary>
    public string TimeLabel(DateTime utc)
    {
        var local = ToLocal(utc);
        var label = $"{local:HH:mm} {Abbreviation(utc)}";
        return Zone.IsAmbiguousTime(local) ? $"{label} (UTC{FormatOffset(Zone.GetUtcOffset(Utc(utc)))})" : label;
    }

    public string Abbreviation(DateTime utc)
    {
        var offset = Zone.GetUtcOffset(Utc(utc));
        var daylight = Zone.IsDaylightSavingTime(Utc(utc));
        return (offset.TotalHours, daylight) switch
        {
            (-8, false) => "PST",
            (-7, true) => "PDT",
            (-7, false) => "MST",
            (-6, true) => "MDT",
            (-6, false) => "CST",
            (-5, true) => "CDT",
            (-5, false) => "EST",
            (-4, true) => "EDT",
            (-10, false) => "HST",
            _ => "UTC" + FormatOffset(offset),
        };
    }

    private static string FormatOffset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "−" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
