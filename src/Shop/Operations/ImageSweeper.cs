using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Operations;

/// <summary>Removes image files of the local blob store that no product references and that are older than 24 hours.</summary>
public static class ImageSweeper
{
    public static async Task<int> SweepAsync(IServiceProvider services, CancellationToken ct)
    {
        var folder = Path.Combine(services.GetRequiredService<IOptions<QuartetOptions>>().Value.FullDataDir, "blobs", "shop");
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var db = services.GetRequiredService<ShopDb>();
        var now = services.GetRequiredService<ShopClock>().UtcNow;
        var referenced = (await db.Products.AsNoTracking().Where(p => p.ImageKey != null).Select(p => p.ImageKey!).ToListAsync(ct)).ToHashSet();
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".type", StringComparison.Ordinal) && !f.EndsWith(".tmp", StringComparison.Ordinal)))
        {
            var key = Path.GetFileName(file);
            if (!referenced.Contains(key) && now - File.GetLastWriteTimeUtc(file) > TimeSpan.FromHours(24))
            {
                File.Delete(file);
                File.Delete(file + ".type");
                deleted++;
            }
        }

        return deleted;
    }
}
