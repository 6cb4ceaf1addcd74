using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Data;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Orders;

/// <summary><c>quartet shop purge-idempotency</c> (hourly): deletes the orders' and carts' Idempotency-Key records older than <see cref="IdempotencyRecords.KeptFor"/>.</summary>
public static class PurgeIdempotencyRecords
{
    public const string Job = "purge-idempotency";

    public static Task<int> RunAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ShopDb>().IdempotencyRecords.PurgeExpiredAsync(services.GetRequiredService<ShopClock>().UtcNow, ct);
}
