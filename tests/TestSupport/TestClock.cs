namespace Quartet.TestSupport;

/// <summary>A time source the test moves by hand.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Set(DateTimeOffset value) => now = value;

    public void Advance(TimeSpan by) => now += by;
}
