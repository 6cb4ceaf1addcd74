using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;

namespace Quartet.Meals.Reports;

/// <summary>
/// Aggregate answers (dashboard, reports, expense summary, the expense list's total) kept in memory per user under their ETag, which names the
/// user's data version, settings, query and local date. Every write raises the data version first in its transaction
/// (<see cref="MealsAccess.LockUserAsync"/>), so an entry is never served once the data behind it has changed; each
/// instance keeps its own entries. At most <c>Meals:AggregateCacheEntries</c> entries (0 turns the cache off).
/// </summary>
public sealed class AggregateCache(IOptions<MealsOptions> options) : IDisposable
{
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(10);

    private readonly int capacity = options.Value.AggregateCacheEntries;
    private readonly MemoryCache entries = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.AggregateCacheEntries) });

    public async Task<T> GetOrCreateAsync<T>(MealsUser user, string etag, Func<Task<T>> create)
    {
        if (capacity <= 0)
        {
            return await create();
        }

        var key = (user.Id, etag);
        if (entries.TryGetValue(key, out var hit) && hit is T cached)
        {
            return cached;
        }

        var value = await create();
        entries.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = IdleLifetime });
        return value;
    }

    public void Dispose() => entries.Dispose();
}
