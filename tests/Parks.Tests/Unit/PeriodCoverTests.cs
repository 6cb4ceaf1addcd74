using Quartet.Parks.Aggregation;
using Quartet.Parks.Data;

namespace Quartet.Parks.Tests.Unit;

public sealed class PeriodCoverTests
{
    [Fact]
    public void A_range_is_covered_by_whole_months_then_whole_weeks_then_single_days()
    {
        var cover = PeriodCover.Of(new DateOnly(2026, 5, 28), new DateOnly(2026, 8, 10), DayOfWeek.Sunday);

        cover.Spans.ShouldBe(
        [
            new SpanKey(Spans.Month, new DateOnly(2026, 6, 1)),
            new SpanKey(Spans.Month, new DateOnly(2026, 7, 1)),
            new SpanKey(Spans.Week, new DateOnly(2026, 8, 2)),
        ]);
        cover.Days.ShouldBe([new DateOnly(2026, 5, 28), new DateOnly(2026, 5, 29), new DateOnly(2026, 5, 30), new DateOnly(2026, 5, 31),
            new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 9), new DateOnly(2026, 8, 10)]);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-31", DayOfWeek.Sunday, 1, 0)]
    [InlineData("2026-03-08", "2026-03-14", DayOfWeek.Sunday, 1, 0)]
    [InlineData("2026-03-09", "2026-03-15", DayOfWeek.Monday, 1, 0)]
    [InlineData("2026-03-09", "2026-03-15", DayOfWeek.Sunday, 0, 7)]
    [InlineData("2026-03-09", "2026-03-09", DayOfWeek.Sunday, 0, 1)]
    [InlineData("2025-12-20", "2026-02-10", DayOfWeek.Saturday, 2, 15)]
    public void Every_day_of_the_range_is_covered_exactly_once(string from, string to, DayOfWeek weekStart, int spans, int days)
    {
        var (start, end) = (DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var cover = PeriodCover.Of(start, end, weekStart);

        cover.Spans.Count.ShouldBe(spans);
        cover.Days.Count.ShouldBe(days);
        var covered = cover.Days.Concat(cover.Spans.SelectMany(s =>
        {
            var last = s.Span == Spans.Week ? s.Start.AddDays(6) : s.Start.AddMonths(1).AddDays(-1);
            return Enumerable.Range(0, last.DayNumber - s.Start.DayNumber + 1).Select(s.Start.AddDays);
        })).Order().ToList();
        covered.ShouldBe(Enumerable.Range(0, end.DayNumber - start.DayNumber + 1).Select(start.AddDays).ToList());
        cover.Spans.Where(s => s.Span == Spans.Week).ShouldAllBe(s => s.Start.DayOfWeek == weekStart);
    }
}
