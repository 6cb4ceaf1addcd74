namespace Quartet.Platform.Data;

/// <summary>
/// Whether an in-memory copy kept in step by a <see cref="DatabaseChangeListener"/> may be used: its listener is
/// listening and confirmed its signal within <see cref="DatabaseChangeListener.TrustWindow"/>.
/// </summary>
public sealed class SignalTrust(TimeProvider clock)
{
    private long confirmedAt;
    private volatile bool listening;

    public bool IsTrusted => listening && clock.GetElapsedTime(Interlocked.Read(ref confirmedAt)) < DatabaseChangeListener.TrustWindow;

    /// <summary>The listener heard every change committed before this moment.</summary>
    public void Confirm()
    {
        Interlocked.Exchange(ref confirmedAt, clock.GetTimestamp());
        listening = true;
    }

    public void StopTrusting() => listening = false;
}
