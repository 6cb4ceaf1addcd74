using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Shop.Data;

namespace Quartet.Shop.Operations;

/// <summary>
/// Read-only proof of the invariants I1–I8 (spec §3): recomputes balances, stock and lot remainders from the
/// append-only history, matches audit entries to the writes they describe, and lists every mismatch. It never fixes
/// anything. I7 is the primary key of <c>monthly_allocations</c>, so the database itself cannot hold a violation.
/// </summary>
public sealed class Reconciler(ShopDb db, IOptions<ShopOptions> options)
{
    private const int MaxListed = 100;

    public async Task<IReadOnlyList<string>> FindProblemsAsync(CancellationToken ct)
    {
        var problems = new List<string>();
        await CheckBalancesAsync(problems, ct);
        await CheckChainsAsync(problems, ct);
        await CheckLotsAsync(problems, ct);
        await CheckStockAsync(problems, ct);
        await CheckOrdersAsync(problems, ct);
        await CheckBalanceCapAsync(problems, ct);
        await CheckAuditAsync(problems, ct);
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

    /// <summary>
    /// I3: only refunds may carry a balance above <c>MaxBalance</c>. Grants are refused (or cut, for the allocation)
    /// above the cap, so no grant may end above it, and an account above the cap must owe the excess to refunds.
    /// </summary>
    private async Task CheckBalanceCapAsync(List<string> problems, CancellationToken ct)
    {
        var cap = options.Value.MaxBalance;
        var grants = await db.Ledger.AsNoTracking()
            .Where(e => e.Type == LedgerType.Grant && e.BalanceAfter > cap)
            .Select(e => new { e.Id, e.UserId, e.BalanceAfter }).Take(MaxListed).ToListAsync(ct);
        problems.AddRange(grants.Select(g => $"I3 entry {g.Id} (account {g.UserId}): a grant left the balance at {g.BalanceAfter}, above the cap {cap}"));

        var over = await db.Accounts.AsNoTracking()
            .Where(a => a.Balance > cap)
            .Select(a => new { a.UserId, a.Balance, Refunds = db.Ledger.Where(e => e.UserId == a.UserId && e.Type == LedgerType.Refund).Sum(e => (long?)e.Amount) ?? 0 })
            .Where(a => a.Balance - cap > a.Refunds)
            .Take(MaxListed).ToListAsync(ct);
        problems.AddRange(over.Select(a => $"I3 account {a.UserId}: balance {a.Balance} is above the cap {cap} by more than its refunds ({a.Refunds})"));
    }

    /// <summary>
    /// I8: every redemption, cancellation, fulfilment, manual points adjustment, batch and stock adjustment has exactly one
    /// audit entry, and no such entry describes a write that does not exist.
    /// </summary>
    private async Task CheckAuditAsync(List<string> problems, CancellationToken ct)
    {
        string[] actions = ["order.place", "order.fulfil", "order.cancel", "points.grant", "points.deduct", "points.batch.grant", "points.batch.deduct", "stock.adjust"];
        var audited = (await db.Audit.AsNoTracking().Where(a => actions.Contains(a.Action))
            .GroupBy(a => new { a.Action, a.EntityId }).Select(g => new { g.Key.Action, g.Key.EntityId, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(a => (a.Action, a.EntityId), a => a.Count);
        int Audited(string action, Guid id) => audited.Remove((action, id.ToString()), out var count) ? count : 0;
        var before = problems.Count;
        void Expect(string action, Guid id, int expected, string what)
        {
            var found = Audited(action, id);
            if (found != expected && problems.Count - before < MaxListed)
            {
                problems.Add($"I8 {what}: {found} '{action}' audit entr{(found == 1 ? "y" : "ies")}, expected {expected}");
            }
        }

        var orders = await db.Orders.AsNoTracking().Select(o => new { o.Id, o.Status, Fulfilled = o.FulfilledAt != null }).ToListAsync(ct);
        foreach (var order in orders)
        {
            Expect("order.place", order.Id, 1, $"order {order.Id}");
            Expect("order.fulfil", order.Id, order.Fulfilled ? 1 : 0, $"order {order.Id}");
            Expect("order.cancel", order.Id, order.Status == OrderStatus.Cancelled ? 1 : 0, $"order {order.Id}");
        }

        var manual = await db.Ledger.AsNoTracking().Where(e => e.Source == LedgerSource.Manual)
            .GroupBy(e => new { e.UserId, e.Type }).Select(g => new { g.Key.UserId, g.Key.Type, Count = g.Count() }).ToListAsync(ct);
        foreach (var group in manual)
        {
            var action = group.Type == LedgerType.Grant ? "points.grant" : "points.deduct";
            Expect(action, group.UserId, group.Count, $"account {group.UserId}, {group.Count} manual {group.Type.ToString().ToLowerInvariant()} entr{(group.Count == 1 ? "y" : "ies")}");
        }

        var batches = await db.Batches.AsNoTracking().Select(b => new { b.Id, b.Kind }).ToListAsync(ct);
        foreach (var batch in batches)
        {
            Expect(batch.Kind == BatchKind.Grant ? "points.batch.grant" : "points.batch.deduct", batch.Id, 1, $"batch {batch.Id}");
        }

        var adjustments = await db.StockMovements.AsNoTracking().Where(m => m.Kind == StockMovementKind.Adjust)
            .GroupBy(m => m.ProductId).Select(g => new { ProductId = g.Key, Count = g.Count() }).ToListAsync(ct);
        foreach (var product in adjustments)
        {
            Expect("stock.adjust", product.ProductId, product.Count, $"product {product.ProductId}, {product.Count} stock adjustment(s)");
        }

        // Deleted products keep their audit trail (spec 4.3); every other leftover describes a write that never committed.
        var deleted = (await db.Audit.AsNoTracking().Where(a => a.Action == "product.delete").Select(a => a.EntityId).ToListAsync(ct)).ToHashSet();
        foreach (var ((action, entityId), count) in audited.Where(a => !(a.Key.Action == "stock.adjust" && deleted.Contains(a.Key.EntityId))).Take(MaxListed))
        {
            problems.Add($"I8 {count} '{action}' audit entr{(count == 1 ? "y" : "ies")} for {entityId}, which has no matching write");
        }
    }
}
