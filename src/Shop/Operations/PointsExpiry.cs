using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Shop.Data;
using Quartet.Shop.Points;

namespace Quartet.Shop.Operations;

/// <summary>
/// Expires due lots in chunks of 500, each chunk one transaction under the accounts' locks. Only what remains of a lot is
/// removed, and a lot is expired once: a second (or concurrent) run finds nothing left to do.
/// </summary>
public sealed class PointsExpiry(ShopDb db, PointsLedger ledger)
{
    public const int ChunkSize = 500;

    public sealed record Summary(int Lots, long Points);

    public async Task<Summary> RunAsync(DateTime asOf, IProgress<int>? progress, CancellationToken ct)
    {
        int lots = 0;
        long points = 0;
        while (true)
        {
            var due = await db.Lots.AsNoTracking()
                .Where(l => l.Remaining > 0 && l.ExpiredAt == null && l.ExpiresAt != null && l.ExpiresAt <= asOf)
                .OrderBy(l => l.ExpiresAt).ThenBy(l => l.Id)
                .Select(l => new { l.Id, l.UserId })
                .Take(ChunkSize).ToListAsync(ct);
            if (due.Count == 0)
            {
                return new Summary(lots, points);
            }

            var (chunkLots, chunkPoints) = await db.InTransactionAsync(async ct =>
            {
                var accounts = await ledger.LockAccountsAsync([.. due.Select(d => d.UserId)], ct);
                var ids = due.Select(d => d.Id).ToArray();
                var fresh = await db.Lots.Where(l => ids.Contains(l.Id) && l.Remaining > 0 && l.ExpiredAt == null)
                    .OrderBy(l => l.ExpiresAt).ThenBy(l => l.Id).ToListAsync(ct);
                long removed = 0;
                foreach (var lot in fresh)
                {
                    removed += ledger.Expire(accounts[lot.UserId], lot)?.Amount is { } amount ? -amount : 0;
                }

                return (fresh.Count, removed);
            }, ct);
            lots += chunkLots;
            points += chunkPoints;
            progress?.Report(lots);
        }
    }
}
