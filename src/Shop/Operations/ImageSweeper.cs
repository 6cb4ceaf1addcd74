using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Blobs;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Products;

namespace Quartet.Shop.Operations;

/// <summary>Removes image blobs that no product references and that are older than 24 hours.</summary>
public static class ImageSweeper
{
    public static async Task<int> SweepAsync(IServiceProvider services, CancellationToken ct)
    {
        var blobs = services.GetRequiredService<IBlobStore>();
        var db = services.GetRequiredService<ShopDb>();
        var now = new DateTimeOffset(services.GetRequiredService<ShopClock>().UtcNow, TimeSpan.Zero);
        var referenced = (await db.Products.AsNoTracking().Where(p => p.ImageKey != null).Select(p => p.ImageKey!).ToListAsync(ct)).ToHashSet();
        var prefix = ImageUrls.BlobKeyOf("");
        var deleted = 0;
        await foreach (var blob in blobs.ListAsync(prefix, ct))
        {
            var imageKey = blob.Key[prefix.Length..];
            if (!imageKey.Contains('/') && !referenced.Contains(imageKey) && now - blob.LastModified > TimeSpan.FromHours(24))
            {
                await blobs.DeleteAsync(blob.Key, ct);
                deleted++;
            }
        }

        return deleted;
    }
}
