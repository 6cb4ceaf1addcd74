using Microsoft.EntityFrameworkCore;
using Quartet.Shop.Data;

namespace Quartet.Shop.Operations;

/// <summary>
/// Read-only proof of the invariants I1–I7 (spec §3): recomputes balances, stock and lot remainders from the
/// append-only history and lists every mismatch. It never fixes anything.
/// </summary>
public sealed class Reconciler(ShopDb db)
{
    public async Task<IReadOnlyList<string>> FindProblemsAsync(CancellationToken ct)
    {
        var problems = new List<string>();
        await CheckBalancesAsync(problems, ct);
        await CheckChainsAsync(problems, ct);
        await CheckLotsAsync(problems, ct);
        await CheckStockAsync(problems, ct);
        await CheckOrdersAsync(problems, ct);
        return problems;
    }

    /// <summary>I1: balance = Σ ledger = Σ lot remaining, never negative.</summary>
    private async Task CheckBalancesAsync(List<string> problems, CancellationToken ct)
    {
        var ledger = await db.Ledger.AsNoTracking().GroupBy(e => e.UserId)
            .Select(g => new { UserId = g.Key, Sum = g.Sum(e => (long)e.Amount), Count = g.Count() }).ToDictionaryAsync(x => x.UserId, ct);
        var lots = await db.Lots.AsNoTracking().GroupBy(l => l.UserId)
            .Select(g => new { UserId = g.Key, Sum = g.Sum(l => (long)l.Remaining) }).ToDictionaryAsync(x => x.UserId, x => x.Sum, ct);
        var accounts = await db.Accounts.AsNoTracking().Select(a => new { a.UserId, a.Balance, a.EntryCount }).ToListAsync(ct);
        foreach (var account in accounts)
        {
            var entries = ledger.GetValueOrDefault(account.UserId);
            var ledgerSum = entries?.Sum ?? 0;
            var lotSum = lots.GetValueOrDefault(account.UserId);
            if (account.Balance < 0 || account.Balance != ledgerSum || account.Balance != lotSum)
            {
                problems.Add($"I1 account {account.UserId}: balance {account.Balance}, ledger sum {ledgerSum}, lots remaining {lotSum}");
            }

            if ((entries?.Count ?? 0) != account.EntryCount)
            {
                problems.Add($"I2 account {account.UserId}: {entries?.Count ?? 0} entries but entry count {account.EntryCount}");
            }
        }

        foreach (var orphan in ledger.Keys.Except(accounts.Select(a => a.UserId)))
        {
            problems.Add($"I1 ledger entries for {orphan} without an account");
        }
    }

    /// <summary>I2: each entry's balance after = the previous one's + its amount.</summary>
    private async Task CheckChainsAsync(List<string> problems, CancellationToken ct)
    {
        var broken = await (
            from e in db.Ledger.AsNoTracking()
            join p in db.Ledger.AsNoTracking() on new { e.UserId, Sequence = e.Sequence - 1 } equals new { p.UserId, p.Sequence } into previous
            from p in previous.DefaultIfEmpty()
            where p == null ? e.Sequence != 1 || e.BalanceAfter != e.Amount : e.BalanceAfter != p.BalanceAfter + e.Amount
            select new { e.Id, e.UserId, e.Sequence }).Take(100).ToListAsync(ct);
        problems.AddRange(broken.Select(b => $"I2 entry {b.Id} (account {b.UserId}, #{b.Sequence}) does not follow from the previous entry"));
    }

    /// <summary>I6: remaining = amount − consumed, never up; expired lots are empty; each debit is fully backed by consumptions.</summary>
    private async Task CheckLotsAsync(List<string> problems, CancellationToken ct)
    {
        var lots = await (
            from l in db.Lots.AsNoTracking()
            join c in db.Consumptions.AsNoTracking() on l.Id equals c.LotId into uses
            select new { l.Id, l.Amount, l.Remaining, l.ExpiredAt, Used = uses.Sum(u => (int?)u.Points) ?? 0 })
            .Where(x => x.Remaining != x.Amount - x.Used || (x.ExpiredAt != null && x.Remaining != 0) || x.Remaining < 0)
            .Take(100).ToListAsync(ct);
        problems.AddRange(lots.Select(l => $"I6 lot {l.Id}: amount {l.Amount}, consumed {l.Used}, remaining {l.Remaining}"));

        var debits = await (
            from e in db.Ledger.AsNoTracking()
            where e.Amount < 0
            join c in db.Consumptions.AsNoTracking() on e.Id equals c.EntryId into uses
            select new { e.Id, e.Amount, Used = uses.Sum(u => (int?)u.Points) ?? 0 })
            .Where(x => x.Used != -x.Amount)
            .Take(100).ToListAsync(ct);
        problems.AddRange(debits.Select(d => $"I6 entry {d.Id}: amount {d.Amount} but lots consumed {d.Used}"));
    }

    /// <summary>I4: stock = Σ movements, never negative.</summary>
    private async Task CheckStockAsync(List<string> problems, CancellationToken ct)
    {
        var mismatched = await (
            from p in db.Products.AsNoTracking()
            join m in db.StockMovements.AsNoTracking() on p.Id equals m.ProductId into moves
            select new { p.Id, p.Stock, Sum = moves.Sum(m => (int?)m.Delta) ?? 0 })
            .Where(x => x.Stock != x.Sum || x.Stock < 0)
            .Take(100).ToListAsync(ct);
        problems.AddRange(mismatched.Select(p => $"I4 product {p.Id}: stock {p.Stock}, movements sum {p.Sum}"));
    }

    /// <summary>I5: one redeem of −total per order; one refund of +total per cancelled order and none otherwise.</summary>
    private async Task CheckOrdersAsync(List<string> problems, CancellationToken ct)
    {
        var bad = await (
            from o in db.Orders.AsNoTracking()
            join e in db.Ledger.AsNoTracking() on o.Id equals e.OrderId into entries
            select new
            {
                o.Id,
                o.Status,
                o.TotalCost,
                Redeems = entries.Count(e => e.Type == LedgerType.Redeem),
                RedeemSum = entries.Where(e => e.Type == LedgerType.Redeem).Sum(e => (int?)e.Amount) ?? 0,
                Refunds = entries.Count(e => e.Type == LedgerType.Refund),
                RefundSum = entries.Where(e => e.Type == LedgerType.Refund).Sum(e => (int?)e.Amount) ?? 0,
            })
            .Where(x => x.Redeems != 1 || x.RedeemSum != -x.TotalCost
                || (x.Status == OrderStatus.Cancelled ? x.Refunds != 1 || x.RefundSum != x.TotalCost : x.Refunds != 0))
            .Take(100).ToListAsync(ct);
        problems.AddRange(bad.Select(o => $"I5 order {o.Id} ({o.Status}): {o.Redeems} redeem(s) totalling {o.RedeemSum}, {o.Refunds} refund(s) totalling {o.RefundSum}, total {o.TotalCost}"));
    }
}
