using Quartet.Parks.Domain;

namespace Quartet.Parks.Tests.Unit;

public sealed class FormulaTests
{
    [Fact]
    public void Worked_example_daily_figures_match_the_spec()
    {
        var result = ParkDayEngine.Compute(WorkedExample.Input(StatusModel.DownOnly));

        result.ParkDay.CapacityWMin.ShouldBe(5_760);
        result.ParkDay.DownWMin.ShouldBe(300);
        ShameFormula.Score(result.ParkDay.CapacityWMin, result.ParkDay.DownWMin).ShouldBe(0.5m);
        result.ParkDay.CountedRides.ShouldBe(4);
        ShameFormula.UptimePct(result.ParkDay.DownMin, result.ParkDay.ObservedMin).ShouldBe(95.8m);
        result.ParkDay.DownMin.ShouldBe(120);
        result.ParkDay.ObservedMin.ShouldBe(2_880);
    }

    [Fact]
    public void Worked_example_as_a_DownOrClosed_park_counts_closed_minutes()
    {
        var result = ParkDayEngine.Compute(WorkedExample.Input(StatusModel.DownOrClosed));

        result.ParkDay.DownWMin.ShouldBe(420);
        ShameFormula.Score(result.ParkDay.CapacityWMin, result.ParkDay.DownWMin).ShouldBe(0.7m);
    }

    [Fact]
    public void Worked_example_exclusions_carry_their_reasons()
    {
        var result = ParkDayEngine.Compute(WorkedExample.Input(StatusModel.DownOnly));
        var reasons = result.RideDays.ToDictionary(d => d.RideId, d => d.ExclusionReason);

        reasons[WorkedExample.E].ShouldBe(ExclusionReasons.Refurbishment);
        reasons[WorkedExample.F].ShouldBe(ExclusionReasons.NotOperated);
        reasons[WorkedExample.A].ShouldBeNull();
        reasons[WorkedExample.C].ShouldBeNull();
    }

    [Fact]
    public void Worked_example_hourly_figures_match_and_sum_to_the_day()
    {
        var result = ParkDayEngine.Compute(WorkedExample.Input(StatusModel.DownOnly));
        var byHour = result.ParkHours.ToDictionary(h => h.HourStart);

        var h14 = byHour[WorkedExample.Local(14)];
        (h14.CapacityWMin, h14.DownWMin).ShouldBe((480L, 180L));
        ShameFormula.Score(h14.CapacityWMin, h14.DownWMin).ShouldBe(3.8m);
        ShameFormula.Score(byHour[WorkedExample.Local(15)].CapacityWMin, byHour[WorkedExample.Local(15)].DownWMin).ShouldBe(1.9m);
        ShameFormula.Score(byHour[WorkedExample.Local(10)].CapacityWMin, byHour[WorkedExample.Local(10)].DownWMin).ShouldBe(0.6m);
        result.ParkHours.Count(h => h.CapacityWMin > 0).ShouldBe(12);
        result.ParkHours.Sum(h => h.CapacityWMin).ShouldBe(5_760);
        result.ParkHours.Sum(h => h.DownWMin).ShouldBe(300);
        result.ParkHours.Count.ShouldBe(24);
    }

    [Fact]
    public void Worked_example_live_at_14_30_is_3_8()
    {
        var result = ParkDayEngine.Compute(WorkedExample.Input(StatusModel.DownOnly, until: WorkedExample.Local(14, 30)));

        result.Live!.CapacityW.ShouldBe(8);
        result.Live.DownW.ShouldBe(3);
        ShameFormula.Score(result.Live.CapacityW, result.Live.DownW).ShouldBe(3.8m);
        result.Live.CountedDown.ShouldBe([WorkedExample.A]);
    }

    [Fact]
    public void Worked_example_ride_A_uptime_downtime_incident_and_contributions()
    {
        var result = ParkDayEngine.Compute(WorkedExample.Input(StatusModel.DownOnly));
        var a = result.RideDays.Single(d => d.RideId == WorkedExample.A);

        ShameFormula.UptimePct(a.DownMin, a.ObservedMin).ShouldBe(87.5m);
        ShameFormula.Hours(a.DownMin).ShouldBe(1.50m);
        var incident = result.Events.Single(e => e.RideId == WorkedExample.A);
        (incident.StartedAt, incident.EndedAt, incident.EndReason).ShouldBe((WorkedExample.Local(14), (DateTime?)WorkedExample.Local(15, 30), "recovered"));
        incident.DownMinutes.ShouldBe(90);
        a.DownRunStarts.ShouldBe(1);
        ShameFormula.Contribution(3, a.DownMin, result.ParkDay.CapacityWMin).ShouldBe(0.47m);
        ShameFormula.Contribution(1, 30, result.ParkDay.CapacityWMin).ShouldBe(0.05m);
        result.ParkDay.Incidents.ShouldBe(2);
    }

    [Fact]
    public void Worked_example_week_with_six_clean_days_scores_0_1()
    {
        var result = ParkDayEngine.Compute(WorkedExample.Input(StatusModel.DownOnly));
        var clean = ParkDayEngine.Compute(WorkedExample.Input(StatusModel.DownOnly) with
        {
            Snapshots = WorkedExample.Snapshots().Select(s => s.Status == RideStatus.Down ? s with { Status = RideStatus.Operating } : s).ToList(),
        });

        var capacity = result.ParkDay.CapacityWMin + (6 * clean.ParkDay.CapacityWMin);
        var down = result.ParkDay.DownWMin + (6 * clean.ParkDay.DownWMin);

        capacity.ShouldBe(40_320);
        ShameFormula.Score(capacity, down).ShouldBe(0.1m);
    }

    [Theory]
    [InlineData(480, 180, "3.8")]
    [InlineData(100, 0, "0.0")]
    [InlineData(10, 20, "10")]
    public void Score_rounds_half_away_from_zero_and_caps_at_ten(long a, long b, string expected) =>
        ShameFormula.Score(a, b).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Score_is_null_when_nothing_was_observed() => ShameFormula.Score(0, 0).ShouldBeNull();

    [Fact]
    public void Unknown_and_refurbishment_never_count_and_a_park_without_schedule_accrues_nothing()
    {
        var unknown = WorkedExample.Input(StatusModel.DownOrClosed) with
        {
            Snapshots = WorkedExample.Snapshots().Select(s => s.RideId == WorkedExample.A && s.Status == RideStatus.Down ? s with { Status = RideStatus.Unknown } : s).ToList(),
        };
        var withUnknown = ParkDayEngine.Compute(unknown);
        withUnknown.RideDays.Single(d => d.RideId == WorkedExample.A).DownMin.ShouldBe(0);

        var noSchedule = ParkDayEngine.Compute(WorkedExample.Input(StatusModel.DownOnly) with { OpenWindows = [] });
        noSchedule.ParkDay.CapacityWMin.ShouldBe(0);
        noSchedule.ParkDay.DownWMin.ShouldBe(0);
        ShameFormula.Score(noSchedule.ParkDay.CapacityWMin, noSchedule.ParkDay.DownWMin).ShouldBeNull();
    }

    [Fact]
    public void Down_before_first_operation_counts_at_a_DownOnly_park()
    {
        var input = WorkedExample.Input(StatusModel.DownOnly) with
        {
            Snapshots = WorkedExample.Snapshots().Where(s => s.RideId == WorkedExample.B)
                .Select(s => s.SlotAt < WorkedExample.Local(11) ? s with { Status = RideStatus.Down } : s).ToList(),
        };

        var b = ParkDayEngine.Compute(input).RideDays.Single(d => d.RideId == WorkedExample.B);

        b.ExclusionReason.ShouldBeNull();
        b.DownMin.ShouldBe(120);
    }

    [Fact]
    public void Closed_slots_before_first_operation_count_at_a_DownOrClosed_park_only_once_the_ride_runs_that_day()
    {
        var snapshots = WorkedExample.Snapshots().Where(s => s.RideId == WorkedExample.B)
            .Select(s => s.SlotAt < WorkedExample.Local(11) ? s with { Status = RideStatus.Closed } : s).ToList();
        var runsLater = ParkDayEngine.Compute(WorkedExample.Input(StatusModel.DownOrClosed) with { Snapshots = snapshots, DayComplete = false });
        runsLater.ParkDay.DownWMin.ShouldBe(2 * 120);

        var notYet = ParkDayEngine.Compute(WorkedExample.Input(StatusModel.DownOrClosed) with
        {
            Snapshots = snapshots.Where(s => s.SlotAt < WorkedExample.Local(11)).ToList(),
            DayComplete = false,
        });
        notYet.ParkDay.DownWMin.ShouldBe(0);
        ShameFormula.Score(notYet.ParkDay.CapacityWMin, notYet.ParkDay.DownWMin).ShouldBeNull();
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("0.0", "clean")]
    [InlineData("0.4", "low")]
    [InlineData("0.5", "medium")]
    [InlineData("1.9", "high")]
    [InlineData("2.0", "critical")]
    public void Bands_follow_the_rounded_score(string? score, string band) =>
        (ShameFormula.Band(score is null ? null : decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)) ?? "").ShouldBe(band);
}
