using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;

namespace Quartet.Meals.Maintenance;

/// <summary>
/// <c>meals sweep-blobs</c> (daily): deletes receipt and data-export blobs that no row references and that were written
/// more than <see cref="GracePeriod"/> ago — blobs left behind by a failed best-effort deletion or a crash between
/// writing a blob and committing its row. The grace period keeps uploads in flight safe: their blob is written moments
/// before the row that names it is committed. A blob older than that can never gain a row, because every key is new and
/// random and only its own upload or export names it.
/// </summary>
public static class SweepBlobs
{
    public static readonly TimeSpan GracePeriod = TimeSpan.FromHours(1);

    private const int Chunk = 500;

    public sealed record Result(int Scanned, int Young, int Referenced, int Deleted)
    {
        public override string ToString() =>
            $"{Scanned} blob(s) scanned: {Deleted} unreferenced deleted, {Referenced} referenced kept, {Young} younger than {GracePeriod.TotalHours:0.#} h kept";
    }

    public static async Task<Result> RunAsync(MealsDb db, ReceiptBlobs blobs, DateTime now, CancellationToken ct)
    {
        var cutoff = new DateTimeOffset(now - GracePeriod, TimeSpan.Zero);
        int scanned = 0, young = 0, deleted = 0;
        foreach (var prefix in (string[])[ReceiptBlobs.ReceiptPrefix, ReceiptBlobs.ExportPrefix])
        {
            var chunk = new List<string>(Chunk);
            await foreach (var blob in blobs.Store.ListAsync(prefix, ct))
            {
                scanned++;
                if (blob.LastModified >= cutoff)
                {
                    young++;
                    continue;
                }

                chunk.Add(blob.Key);
                if (chunk.Count == Chunk)
                {
                    deleted += await DeleteUnreferencedAsync(db, blobs, chunk, ct);
                    chunk.Clear();
                }
            }

            deleted += await DeleteUnreferencedAsync(db, blobs, chunk, ct);
        }

        return new Result(scanned, young, scanned - young - deleted, deleted);
    }

    private static async Task<int> DeleteUnreferencedAsync(MealsDb db, ReceiptBlobs blobs, List<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return 0;
        }

        var named = await db.Receipts.Where(r => keys.Contains(r.BlobKey)).Select(r => r.BlobKey)
            .Concat(db.DataExports.Where(x => x.BlobKey != null && keys.Contains(x.BlobKey)).Select(x => x.BlobKey!))
            .ToListAsync(ct);
        var orphans = keys.Except(named, StringComparer.Ordinal).ToList();
        await blobs.DeleteManyAsync(orphans, ct);
        return orphans.Count;
    }
}
