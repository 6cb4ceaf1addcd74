using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using Quartet.Platform.Http;

namespace Quartet.Live.Participants;

/// <summary>
/// Join-side limits of §4.7, per instance: joins per IP (with exempt venue networks), failed code lookups per IP,
/// the per-session join throttle (token bucket, burst of 2 s) and failed recovery attempts per participant.
/// </summary>
public sealed class JoinGuards(IOptions<LiveOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> joinsPerIp = new();
    private readonly ConcurrentDictionary<string, Window> failuresPerIp = new();
    private readonly ConcurrentDictionary<Guid, Window> recoveryFailures = new();
    private readonly ConcurrentDictionary<Guid, Bucket> throttles = new();
    private readonly List<IPNetwork> exempt = [.. options.Value.JoinExemptNetworks.Select(IPNetwork.Parse)];
    private readonly LiveOptions settings = options.Value;

    public void CountJoin(IPAddress? ip)
    {
        if (ip is null || exempt.Any(n => n.Contains(ip)))
        {
            return;
        }

        if (!Hit(joinsPerIp, ip.ToString(), settings.JoinsPerIpPerMinute, TimeSpan.FromMinutes(1)))
        {
            throw RateLimits.TooMany(TimeSpan.FromSeconds(30), "Too many joins from this network.");
        }
    }

    public void EnsureLookupsAllowed(IPAddress? ip)
    {
        if (ip is not null && failuresPerIp.TryGetValue(ip.ToString(), out var window) && window.Count(clock) >= settings.FailedLookupsPerIpPerMinute)
        {
            throw RateLimits.TooMany(TimeSpan.FromSeconds(30), "Too many unknown codes; wait a little.");
        }
    }

    public void CountFailedLookup(IPAddress? ip)
    {
        if (ip is not null)
        {
            Hit(failuresPerIp, ip.ToString(), int.MaxValue, TimeSpan.FromMinutes(1));
        }
    }

    /// <summary>Takes a join slot of the session's token bucket or throws 429 JOIN_BUSY with a retry delay of 1–10 s.</summary>
    public void TakeJoinSlot(Guid sessionId, int ratePerSecond)
    {
        var bucket = throttles.GetOrAdd(sessionId, _ => new Bucket { Tokens = ratePerSecond * 2, At = clock.GetTimestamp() });
        lock (bucket)
        {
            var now = clock.GetTimestamp();
            bucket.Tokens = Math.Min(ratePerSecond * 2, bucket.Tokens + (clock.GetElapsedTime(bucket.At, now).TotalSeconds * ratePerSecond));
            bucket.At = now;
            if (bucket.Tokens < 1)
            {
                var wait = TimeSpan.FromSeconds(1 + Random.Shared.NextDouble() * Math.Min(9, 1 + (-bucket.Tokens / ratePerSecond)));
                bucket.Tokens -= 0.1;
                throw RetryLater.Problem(wait, "JOIN_BUSY", "Many people are joining right now; your phone will retry by itself.");
            }

            bucket.Tokens -= 1;
        }
    }

    public void EnsureRecoveryAllowed(Guid participantId)
    {
        if (recoveryFailures.TryGetValue(participantId, out var window) && window.Count(clock) >= 5)
        {
            throw RateLimits.TooMany(TimeSpan.FromMinutes(10), "Too many wrong recovery codes; try again later.");
        }
    }

    public void CountRecoveryFailure(Guid participantId) => Hit(recoveryFailures, participantId, int.MaxValue, TimeSpan.FromMinutes(10));

    private bool Hit<TKey>(ConcurrentDictionary<TKey, Window> windows, TKey key, int limit, TimeSpan length)
        where TKey : notnull
    {
        var window = windows.GetOrAdd(key, _ => new Window(length));
        lock (window)
        {
            window.Trim(clock);
            if (window.Hits.Count >= limit)
            {
                return false;
            }

            window.Hits.Enqueue(clock.GetTimestamp());
            return true;
        }
    }

    private sealed class Window(TimeSpan length)
    {
        public Queue<long> Hits { get; } = new();

        public void Trim(TimeProvider clock)
        {
            while (Hits.Count > 0 && clock.GetElapsedTime(Hits.Peek()) >= length)
            {
                Hits.Dequeue();
            }
        }

        public int Count(TimeProvider clock)
        {
            lock (this)
            {
                Trim(clock);
                return Hits.Count;
            }
        }
    }

    private sealed class Bucket
    {
        public double Tokens { get; set; }

        public long At { get; set; }
    }
}
