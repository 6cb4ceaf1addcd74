using System.Collections.Concurrent;

namespace Quartet.Live.Sync;

/// <summary>Sessions with participant writes not yet folded into a version: taken here, or reported by another instance.</summary>
public sealed class WriteSignals
{
    private ConcurrentDictionary<Guid, byte> local = new();
    private ConcurrentDictionary<Guid, byte> remote = new();

    public void MarkLocal(Guid sessionId) => local[sessionId] = 0;

    public void MarkRemote(Guid sessionId) => remote[sessionId] = 0;

    public (IReadOnlyCollection<Guid> Local, IReadOnlyCollection<Guid> Remote) Drain() =>
        ([.. Interlocked.Exchange(ref local, new ConcurrentDictionary<Guid, byte>()).Keys],
         [.. Interlocked.Exchange(ref remote, new ConcurrentDictionary<Guid, byte>()).Keys]);
}
