using Quartet.Parks.Domain;

namespace Quartet.Parks.Tests.Unit;

public sealed class TimeTests
{
    private static readonly ReportingZone Zone = new("America/Los_Angeles");
    private static readonly PeriodResolver Periods = new(Zone, DayOfWeek.Sunday);

    [Fact]
    public void Spring_forward_day_has_23_hours_and_fall_back_day_25()
    {
        Zone.HoursOf(new DateOnly(2025, 3, 9)).Count.ShouldBe(23);
        Zone.HoursOf(new DateOnly(2025, 11, 2)).Count.ShouldBe(25);
        Zone.HoursOf(new DateOnly(2025, 7, 1)).Count.ShouldBe(24);
        Zone.DayStart(new DateOnly(2025, 3, 9)).ShouldBe(new DateTime(2025, 3, 9, 8, 0, 0, DateTimeKind.Utc));
        Zone.DayStart(new DateOnly(2025, 3, 10)).ShouldBe(new DateTime(2025, 3, 10, 7, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Labels_use_the_current_abbreviation_and_show_the_offset_on_the_repeated_hour()
    {
        Zone.TimeLabel(new DateTime(2025, 3, 9, 21, 30, 0, DateTimeKind.Utc)).ShouldBe("14:30 PDT");
        Zone.TimeLabel(new DateTime(2025, 1, 9, 22, 30, 0, DateTimeKind.Utc)).ShouldBe("14:30 PST");
        Zone.TimeLabel(new DateTime(2025, 11, 2, 8, 30, 0, DateTimeKind.Utc)).ShouldBe("01:30 PDT (UTC−07:00)");
        Zone.TimeLabel(new DateTime(2025, 11, 2, 9, 30, 0, DateTimeKind.Utc)).ShouldBe("01:30 PST (UTC−08:00)");
    }

    [Fact]
    public void A_25_hour_day_totals_all_its_hours()
    {
        var date = new DateOnly(2025, 11, 2);
        var (start, end) = Zone.DayWindow(date);
        var ride = Guid.NewGuid();
        var snapshots = new List<EngineSnapshot>();
        for (var t = start; t < end; t = t.AddMinutes(10))
        {
            snapshots.Add(new(ride, t, RideStatus.Down, null, 10));
        }

        var result = ParkDayEngine.Compute(new ParkDayInput(Guid.NewGuid(), StatusModel.DownOnly, date, start, end,
            [new OpenWindow(start, end)], [new EngineRide(ride, 1, RideCategories.Attraction, true)], snapshots));

        result.ParkHours.Count.ShouldBe(25);
        result.ParkDay.ObservedMin.ShouldBe(25 * 60);
        result.ParkDay.CapacityWMin.ShouldBe(3 * 25 * 60);
        result.ParkHours.Sum(h => h.CapacityWMin).ShouldBe(result.ParkDay.CapacityWMin);
        result.Events.Single().EndReason.ShouldBe("day_end");
        result.Events.Single().EndedAt.ShouldBe(end);
    }

    [Theory]
    [InlineData("2025-03-09T20:00:00Z", "2025-03-02", "2025-03-08", "Mar 2–8, 2025")]
    [InlineData("2025-03-12T20:00:00Z", "2025-03-02", "2025-03-08", "Mar 2–8, 2025")]
    [InlineData("2025-03-04T20:00:00Z", "2025-02-23", "2025-03-01", "Feb 23 – Mar 1, 2025")]
    [InlineData("2026-01-06T20:00:00Z", "2025-12-28", "2026-01-03", "Dec 28, 2025 – Jan 3, 2026")]
    public void Last_week_is_the_previous_complete_week(string now, string from, string to, string label)
    {
        var period = Periods.Resolve("last_week", null, null, DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal));

        (period.From.ToString("yyyy-MM-dd"), period.To.ToString("yyyy-MM-dd"), period.Label).ShouldBe((from, to, label));
    }

    [Fact]
    public void Last_month_on_January_first_is_last_December_and_uses_the_reporting_zone()
    {
        // 2026-01-01 05:00 UTC is still Dec 31 in Los Angeles.
        Periods.Resolve("last_month", null, null, new DateTime(2026, 1, 1, 5, 0, 0, DateTimeKind.Utc)).Label.ShouldBe("November 2025");
        var january = Periods.Resolve("last_month", null, null, new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc));
        (january.From, january.To, january.Label).ShouldBe((new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31), "December 2025"));
    }

    [Theory]
    [InlineData("bogus", null, null, "INVALID_PERIOD")]
    [InlineData("range", "2025-01-01", null, "INVALID_RANGE")]
    [InlineData("range", "2025-03-01", "2025-02-01", "INVALID_RANGE")]
    [InlineData("range", "2025-03-01", "2025-03-12", "INVALID_RANGE")]
    [InlineData("range", "2024-10-01", "2025-03-01", "RANGE_TOO_LONG")]
    public void Bad_periods_are_refused_with_a_code(string key, string? from, string? to, string code) =>
        Should.Throw<PeriodException>(() => Periods.Resolve(key, from, to, new DateTime(2025, 3, 12, 20, 0, 0, DateTimeKind.Utc))).Code.ShouldBe(code);
}
