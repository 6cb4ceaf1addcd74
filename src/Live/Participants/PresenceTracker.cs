using System.Collections.Concurrent;

namespace Quartet.Live.Participants;

/// <summary>Presence kept in memory (J8); <see cref="Drain"/> hands the batch to the 10-second lastSeenAt flush.</summary>
public sealed class PresenceTracker
{
    private ConcurrentDictionary<Guid, Guid> seen = new();

    public void Seen(Guid sessionId, Guid participantId) => seen[participantId] = sessionId;

    /// <summary>A participant who left: the next flush must not mark them seen again.</summary>
    public void Forget(Guid participantId) => seen.TryRemove(participantId, out _);

    /// <summary>Participants seen since the last drain, grouped by session.</summary>
    public IReadOnlyList<IGrouping<Guid, Guid>> Drain()
    {
        var batch = Interlocked.Exchange(ref seen, new ConcurrentDictionary<Guid, Guid>());
        return [.. batch.GroupBy(kv => kv.Value, kv => kv.Key)];
    }
}
