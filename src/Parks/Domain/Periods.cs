using System.Globalization;

namespace Quartet.Parks.Domain;

public enum PeriodKind
{
    Live,
    Today,
    Yesterday,
    LastWeek,
    LastMonth,
    Range,
}

/// <summary>A reporting period: local dates From..To inclusive in Z, with its label.</summary>
public sealed record Period(PeriodKind Kind, string Key, DateOnly From, DateOnly To, string Label, string TimeZone)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool IsCurrent => Kind is PeriodKind.Live or PeriodKind.Today;

    /// <summary>The preceding period of equal length (day before, week before, month before, equal range); null for live/today.</summary>
    public (DateOnly From, DateOnly To)? Previous => Kind switch
    {
        PeriodKind.Live or PeriodKind.Today => null,
        PeriodKind.LastMonth => (From.AddMonths(-1), From.AddDays(-1)),
        _ => (From.AddDays(-Days), From.AddDays(-1)),
    };
}

public sealed class PeriodException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The period rules of spec §4.7; every view resolves its window here.</summary>
public sealed class PeriodResolver(ReportingZone zone, DayOfWeek weekStartsOn)
{
    public const int MaxRangeDays = 93;

    public static readonly IReadOnlyList<string> Keys = ["live", "today", "yesterday", "last_week", "last_month", "range"];

    public Period Resolve(string? key, string? from, string? to, DateTime nowUtc)
    {
        var today = zone.LocalDateOf(nowUtc);
        switch (string.IsNullOrEmpty(key) ? "today" : key)
        {
            case "live":
                return new Period(PeriodKind.Live, "live", today, today, $"Live · {zone.TimeLabel(nowUtc)}", zone.Id);
            case "today":
                return new Period(PeriodKind.Today, "today", today, today, $"Today, {DayLabel(today)}", zone.Id);
            case "yesterday":
                var yesterday = today.AddDays(-1);
                return new Period(PeriodKind.Yesterday, "yesterday", yesterday, yesterday, DayLabel(yesterday), zone.Id);
            case "last_week":
                var (weekFrom, weekTo) = LastWeek(today);
                return new Period(PeriodKind.LastWeek, "last_week", weekFrom, weekTo, RangeLabel(weekFrom, weekTo), zone.Id);
            case "last_month":
                var monthStart = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
                var monthEnd = monthStart.AddMonths(1).AddDays(-1);
                return new Period(PeriodKind.LastMonth, "last_month", monthStart, monthEnd,
                    monthStart.ToString("MMMM yyyy", CultureInfo.InvariantCulture), zone.Id);
            case "range":
                return Range(from, to, today);
            default:
                throw new PeriodException("INVALID_PERIOD", $"period must be one of {string.Join(", ", Keys)}.");
        }
    }

    /// <summary>The previous complete week; on the first day of a week, the week ending yesterday.</summary>
    public (DateOnly From, DateOnly To) LastWeek(DateOnly today)
    {
        var daysIntoWeek = ((int)today.DayOfWeek - (int)weekStartsOn + 7) % 7;
        var thisWeekStart = today.AddDays(-daysIntoWeek);
        return (thisWeekStart.AddDays(-7), thisWeekStart.AddDays(-1));
    }

    private Period Range(string? from, string? to, DateOnly today)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) ||
            !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            throw new PeriodException("INVALID_RANGE", "range needs from and to as yyyy-MM-dd.");
        }

        if (end < start || end >= today)
        {
            throw new PeriodException("INVALID_RANGE", "from must not be after to, and to must be yesterday or earlier.");
        }

        if (end.DayNumber - start.DayNumber + 1 > MaxRangeDays)
        {
            throw new PeriodException("RANGE_TOO_LONG", $"A range covers at most {MaxRangeDays} days.");
        }

        return new Period(PeriodKind.Range, "range", start, end, RangeLabel(start, end), zone.Id);
    }

    public static string DayLabel(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    public static string RangeLabel(DateOnly from, DateOnly to)
    {
        if (from == to)
        {
            return DayLabel(from);
        }

        if (from.Year != to.Year)
        {
            return $"{DayLabel(from)} – {DayLabel(to)}";
        }

        return from.Month == to.Month
            ? $"{from.ToString("MMM d", CultureInfo.InvariantCulture)}–{to.Day}, {to.Year}"
            : $"{from.ToString("MMM d", CultureInfo.InvariantCulture)} – {to.ToString("MMM d", CultureInfo.InvariantCulture)}, {to.Year}";
    }
}
