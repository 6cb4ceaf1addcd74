using System.Collections.Frozen;

namespace Quartet.Meals.Common;

/// <summary>IANA time zones: canonical ids, "today" for a zone, and the instant of a local date and time.</summary>
public static class Zones
{
    private static readonly Lazy<FrozenDictionary<string, string>> Links = new(LoadLinks);

    /// <summary>The canonical IANA id for an id or legacy alias (e.g. <c>US/Pacific</c> → <c>America/Los_Angeles</c>); null when unknown.</summary>
    public static string? Canonical(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var trimmed = id.Trim();
        if (trimmed.Equals("UTC", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase))
        {
            return "UTC";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out var zone) || !zone.HasIanaId)
        {
            return null;
        }

        var name = zone.Id;
        for (var hops = 0; hops < 4 && Links.Value.TryGetValue(name, out var target); hops++)
        {
            name = target;
        }

        return name is "Etc/UTC" or "Etc/Universal" or "Etc/Zulu" or "Universal" or "Zulu" or "Etc/GMT" ? "UTC" : name;
    }

    public static TimeZoneInfo Find(string id) =>
        id == "UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(id);

    public static DateOnly Today(TimeProvider clock, string zoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, Find(zoneId)));

    /// <summary>
    /// The UTC instant of a local date and time; untimed dates sit at 12:00 local so the day never shifts. A time in a
    /// DST gap moves forward by the gap; an ambiguous time takes the earlier (larger) offset.
    /// </summary>
    public static DateTime OccurredAt(DateOnly date, TimeOnly? time, string zoneId)
    {
        var zone = Find(zoneId);
        var local = date.ToDateTime(time ?? new TimeOnly(12, 0), DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-3));
            var after = zone.GetUtcOffset(local.AddHours(3));
            local = local.Add(after - before);
            return DateTime.SpecifyKind(local - after, DateTimeKind.Utc);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>Backward links of the tz database (e.g. <c>US/Pacific</c>), read from the system's tzdata.zi when present.</summary>
    private static FrozenDictionary<string, string> LoadLinks()
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["US/Pacific"] = "America/Los_Angeles",
            ["US/Mountain"] = "America/Denver",
            ["US/Central"] = "America/Chicago",
            ["US/Eastern"] = "America/New_York",
            ["US/Hawaii"] = "Pacific/Honolulu",
            ["US/Alaska"] = "America/Anchorage",
            ["US/Arizona"] = "America/Phoenix",
            ["Asia/Calcutta"] = "Asia/Kolkata",
            ["Asia/Saigon"] = "Asia/Ho_Chi_Minh",
            ["Europe/Kiev"] = "Europe/Kyiv",
            ["Canada/Eastern"] = "America/Toronto",
            ["Canada/Pacific"] = "America/Vancouver",
            ["GB"] = "Europe/London",
            ["Japan"] = "Asia/Tokyo",
            ["NZ"] = "Pacific/Auckland",
            ["Australia/ACT"] = "Australia/Sydney",
        };
        const string file = "/usr/share/zoneinfo/tzdata.zi";
        if (File.Exists(file))
        {
            foreach (var line in File.ReadLines(file))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts is ["L", var target, var alias])
                {
                    links[alias] = target;
                }
            }
        }

        return links.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
