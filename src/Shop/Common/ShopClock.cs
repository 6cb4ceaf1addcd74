namespace Quartet.Shop.Common;

/// <summary>The shop's notion of now. Registered with TryAdd so tests can substitute their own time source.</summary>
public sealed class ShopClock(TimeProvider time)
{
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}
