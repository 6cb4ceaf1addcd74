using Quartet.Parks.Domain;

namespace Quartet.Parks.Tests.Unit;

public sealed class AnomalyTests
{
    private static readonly decimal[] Month = [0.4m, 0.5m, 0.6m, 0.5m, 0.4m, 0.6m, 0.5m, 0.5m, 0.4m, 0.6m];

    [Fact]
    public void A_value_more_than_three_standard_deviations_from_the_prior_days_is_flagged_with_its_z_score()
    {
        // mean 0.5, population sd ≈ 0.0775: 0.8 is z ≈ 3.87, 0.7 is z ≈ 2.58.
        var anomaly = Anomalies.ZScore(Month, 0.8m).ShouldNotBeNull();

        anomaly.Mean.ShouldBe(0.5m);
        anomaly.Z.ShouldBe(3.87m);
        anomaly.Days.ShouldBe(10);
        Anomalies.ZScore(Month, 0.7m).ShouldBeNull();
        Anomalies.ZScore(Month, 0.2m).ShouldNotBeNull().Z.ShouldBe(-3.87m);
    }

    [Fact]
    public void Short_or_flat_history_and_missing_values_give_no_z_score()
    {
        Anomalies.ZScore(Month[..6], 5m).ShouldBeNull();
        Anomalies.ZScore([0.5m, 0.5m, 0.5m, 0.5m, 0.5m, 0.5m, 0.5m], 5m).ShouldBeNull();
        Anomalies.ZScore(Month, null).ShouldBeNull();
    }
}
