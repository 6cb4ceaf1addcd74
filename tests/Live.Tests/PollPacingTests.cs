using Quartet.Live.Sync;

namespace Quartet.Live.Tests;

/// <summary>S11: the advised poll interval steps up under pressure, is capped at 5 s, and steps back down when load drops.</summary>
public sealed class PollPacingTests
{
    [Theory]
    [InlineData(2000, 0.75, false, 3000)]
    [InlineData(2000, 0.10, true, 3000)]
    [InlineData(4500, 0.90, false, 5000)]
    [InlineData(5000, 0.90, true, 5000)]
    [InlineData(5000, 0.40, false, 4000)]
    [InlineData(2500, 0.40, false, 2000)]
    [InlineData(2000, 0.10, false, 2000)]
    [InlineData(4000, 0.60, false, 4000)]
    public void Steps_one_second_at_a_time_between_the_configured_interval_and_5_s(int current, double cpu, bool connectionsHigh, int expected) =>
        PollPacing.Next(current, configured: 2000, cpu, connectionsHigh).ShouldBe(expected);

    [Fact]
    public void A_load_that_persists_reaches_the_cap_and_a_calm_that_persists_returns_to_the_configured_interval()
    {
        var interval = 2000;
        var seen = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            interval = PollPacing.Next(interval, 2000, 0.95, false);
            seen.Add(interval);
        }

        seen.ShouldBe([3000, 4000, 5000, 5000, 5000]);
        for (var i = 0; i < 5; i++)
        {
            interval = PollPacing.Next(interval, 2000, 0.05, false);
        }

        interval.ShouldBe(2000);
    }
}
