using System.Collections.Concurrent;

namespace Quartet.Live.Sync;

/// <summary>
/// Sessions with participant writes not yet folded into a version: taken here (with when the first of them was
/// taken, for the publish lag), or reported by another instance.
/// </summary>
public sealed class WriteSignals(TimeProvider clock)
{
    private ConcurrentDictionary<Guid, long> local = new();
    private ConcurrentDictionary<Guid, byte> remote = new();

    public void MarkLocal(Guid sessionId) => local.TryAdd(sessionId, clock.GetTimestamp());

    public void MarkRemote(Guid sessionId) => remote[sessionId] = 0;

    /// <returns>Local sessions with the timestamp of their first unpublished write, and remote sessions.</returns>
    public (IReadOnlyDictionary<Guid, long> Local, IReadOnlyCollection<Guid> Remote) Drain() =>
        (Interlocked.Exchange(ref local, new ConcurrentDictionary<Guid, long>()),
         [.. Interlocked.Exchange(ref remote, new ConcurrentDictionary<Guid, byte>()).Keys]);
}
