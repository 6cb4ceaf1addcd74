using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Quartet.Platform.Http;

namespace Quartet.Live.Participants;

/// <summary>
/// Per-instance limits of §4.7 (M4: across instances the effective limit is limit × instances): participant writes
/// (sliding window), sync (token bucket), reactions (1 per second).
/// </summary>
public sealed class RateLimits(IOptions<LiveOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, Queue<long>> writes = new();
    private readonly ConcurrentDictionary<Guid, Bucket> syncs = new();
    private readonly ConcurrentDictionary<Guid, long> reactions = new();
    private readonly LiveOptions settings = options.Value;

    /// <summary>Counts a write, or throws 429 RATE_LIMITED with the seconds until the oldest write leaves the window.</summary>
    public void Write(Guid participantId)
    {
        var now = clock.GetTimestamp();
        var window = TimeSpan.FromSeconds(settings.WriteWindowSeconds);
        var queue = writes.GetOrAdd(participantId, _ => new Queue<long>());
        lock (queue)
        {
            while (queue.Count > 0 && clock.GetElapsedTime(queue.Peek(), now) >= window)
            {
                queue.Dequeue();
            }

            if (queue.Count >= settings.WritesPerWindow)
            {
                var wait = window - clock.GetElapsedTime(queue.Peek(), now);
                throw TooMany(wait, "Too many answers in a short time; wait a moment.");
            }

            queue.Enqueue(now);
        }
    }

    public void Sync(Guid participantId)
    {
        var bucket = syncs.GetOrAdd(participantId, _ => new Bucket(settings.SyncBurst, clock.GetTimestamp()));
        lock (bucket)
        {
            var now = clock.GetTimestamp();
            bucket.Tokens = Math.Min(settings.SyncBurst, bucket.Tokens + (clock.GetElapsedTime(bucket.At, now).TotalSeconds * settings.SyncRefillPerSecond));
            bucket.At = now;
            if (bucket.Tokens < 1)
            {
                throw TooMany(TimeSpan.FromSeconds((1 - bucket.Tokens) / settings.SyncRefillPerSecond), "Polling too often.");
            }

            bucket.Tokens -= 1;
        }
    }

    public void Reaction(Guid participantId)
    {
        var now = clock.GetTimestamp();
        var previous = reactions.GetOrAdd(participantId, 0);
        if (previous != 0 && clock.GetElapsedTime(previous, now) < TimeSpan.FromSeconds(1))
        {
            throw TooMany(TimeSpan.FromSeconds(1), "At most one reaction request per second.");
        }

        reactions[participantId] = now;
    }

    public void Forget(Guid participantId)
    {
        writes.TryRemove(participantId, out _);
        syncs.TryRemove(participantId, out _);
        reactions.TryRemove(participantId, out _);
    }

    public static ProblemException TooMany(TimeSpan wait, string detail) => RetryLater.Problem(wait, "RATE_LIMITED", detail);

    private sealed class Bucket(double tokens, long at)
    {
        public double Tokens { get; set; } = tokens;

        public long At { get; set; } = at;
    }
}
