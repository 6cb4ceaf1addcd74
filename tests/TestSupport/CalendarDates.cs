using Xunit;

namespace Quartet.TestSupport;

/// <summary>
/// Moments at which date arithmetic tends to break, for tests that run seeders, jobs and reports under a fixed clock.
/// Each is given as a local time in a zone the apps use, so the UTC date can differ from the local one.
/// </summary>
public static class CalendarDates
{
    private static readonly (string Name, DateTime Local, string Zone)[] Moments =
    [
        ("last day of a month, late evening", new(2027, 4, 30, 23, 30, 0), "America/New_York"),
        ("29 February of a leap year", new(2028, 2, 29, 12, 0, 0), "America/New_York"),
        ("spring-forward day, US", new(2027, 3, 14, 12, 0, 0), "America/Los_Angeles"),
        ("fall-back day, US", new(2027, 11, 7, 12, 0, 0), "America/Los_Angeles"),
        ("31 December, late evening", new(2026, 12, 31, 22, 0, 0), "America/New_York"),
        ("1 January, early morning", new(2027, 1, 1, 1, 15, 0), "America/Los_Angeles"),
    ];

    /// <summary>The moments by name, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Names => [.. Moments.Select(m => m.Name)];

    public static DateTimeOffset Utc(string name)
    {
        var (_, local, zone) = Moments.Single(m => m.Name == name);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, TimeZoneInfo.FindSystemTimeZoneById(zone)), TimeSpan.Zero);
    }
}
