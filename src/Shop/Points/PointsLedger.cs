using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Points;

/// <summary>
/// The only code that changes balances. Callers lock the account (<see cref="LockAccountAsync"/>) inside a
/// transaction first; credits create a lot, debits consume lots oldest first, and every change writes one ledger entry
/// whose <c>BalanceAfter</c> follows from the previous one.
/// </summary>
public sealed class PointsLedger(ShopDb db, IOptions<ShopOptions> options, ShopClock clock)
{
    private ShopOptions Settings => options.Value;

    /// <summary>Creates the employee's account (with the onboarding grant, if configured) unless it exists.</summary>
    public async Task EnsureAccountAsync(Guid userId, CancellationToken ct)
    {
        if (await db.Accounts.AsNoTracking().AnyAsync(a => a.UserId == userId, ct))
        {
            return;
        }

        try
        {
            await db.InTransactionAsync(_ =>
            {
                var now = clock.UtcNow;
                var account = new PointsAccount { UserId = userId, CreatedAt = now, UpdatedAt = now };
                db.Accounts.Add(account);
                if (Settings.OnboardingGrant > 0)
                {
                    Credit(account, Settings.OnboardingGrant, LedgerType.Grant, LedgerSource.Onboarding, "Welcome grant", Actor.System, ExpiryOfNewGrant());
                    account.OnboardingGrantedAt = now;
                }

                return Task.CompletedTask;
            }, ct);
        }
        catch (DbUpdateException)
        {
            // Another request created it at the same moment; the unique key kept exactly one.
            db.ChangeTracker.Clear();
            if (!await db.Accounts.AsNoTracking().AnyAsync(a => a.UserId == userId, ct))
            {
                throw;
            }
        }
    }

    /// <summary>Creates every missing account of <paramref name="userIds"/> in one transaction (batches, allocation).</summary>
    public async Task EnsureAccountsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var existing = new HashSet<Guid>();
            foreach (var chunk in userIds.Distinct().Chunk(500))
            {
                existing.UnionWith(await db.Accounts.AsNoTracking().Where(a => chunk.Contains(a.UserId)).Select(a => a.UserId).ToListAsync(ct));
            }

            var missing = userIds.Distinct().Where(id => !existing.Contains(id)).ToList();
            if (missing.Count == 0)
            {
                return;
            }

            try
            {
                await db.InTransactionAsync(_ =>
                {
                    foreach (var userId in missing)
                    {
                        var now = clock.UtcNow;
                        var account = new PointsAccount { UserId = userId, CreatedAt = now, UpdatedAt = now };
                        db.Accounts.Add(account);
                        if (Settings.OnboardingGrant > 0)
                        {
                            Credit(account, Settings.OnboardingGrant, LedgerType.Grant, LedgerSource.Onboarding, "Welcome grant", Actor.System, ExpiryOfNewGrant());
                            account.OnboardingGrantedAt = now;
                        }
                    }

                    return Task.CompletedTask;
                }, ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Loads the account holding a row lock until the transaction ends (PostgreSQL, MySQL); SQLite already holds the write lock.</summary>
    public async Task<PointsAccount?> LockAccountAsync(Guid userId, CancellationToken ct)
    {
        if (db.IsSqlite)
        {
            return await db.Accounts.SingleOrDefaultAsync(a => a.UserId == userId, ct);
        }

        var rows = db.IsMySql
            ? await db.Accounts.FromSql($"SELECT * FROM points_accounts WHERE `UserId` = {userId} FOR UPDATE").ToListAsync(ct)
            : await db.Accounts.FromSql($"SELECT * FROM points_accounts WHERE \"UserId\" = {userId} FOR UPDATE").ToListAsync(ct);
        return rows.SingleOrDefault();
    }

    /// <summary>Locks several accounts in a fixed order (by id) so concurrent multi-account writers cannot deadlock.</summary>
    public async Task<Dictionary<Guid, PointsAccount>> LockAccountsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().Order().ToArray();
        if (db.IsSqlite)
        {
            return await db.Accounts.Where(a => ids.Contains(a.UserId)).ToDictionaryAsync(a => a.UserId, ct);
        }

        if (db.IsMySql)
        {
            // One row lock at a time in id order: the same order on every writer, so they cannot deadlock.
            var locked = new Dictionary<Guid, PointsAccount>();
            foreach (var id in ids)
            {
                if (await LockAccountAsync(id, ct) is { } account)
                {
                    locked[id] = account;
                }
            }

            return locked;
        }

        var rows = await db.Accounts.FromSql($"SELECT * FROM points_accounts WHERE \"UserId\" = ANY({ids}) ORDER BY \"UserId\" FOR UPDATE").ToListAsync(ct);
        return rows.ToDictionary(a => a.UserId);
    }

    public DateTime? ExpiryOfNewGrant() =>
        Settings.GrantExpiryMonths is { } months ? clock.UtcNow.AddMonths(months) : null;

    /// <summary>Adds points as a new lot. Grants respect the balance cap; refunds do not (spec 4.1).</summary>
    public LedgerEntry Credit(PointsAccount account, int amount, LedgerType type, LedgerSource source, string reason, Actor actor, DateTime? expiresAt)
    {
        if (type == LedgerType.Grant && (long)account.Balance + amount > Settings.MaxBalance)
        {
            throw ShopErrors.BalanceCap(Settings.MaxBalance);
        }

        var entry = Append(account, type, source, amount, reason, actor);
        var lot = new PointsLot
        {
            Id = Guid.CreateVersion7(),
            UserId = account.UserId,
            SourceEntryId = entry.Id,
            Amount = amount,
            Remaining = amount,
            GrantedAt = entry.CreatedAt,
            ExpiresAt = expiresAt,
        };
        entry.LotId = lot.Id;
        db.Lots.Add(lot);
        return entry;
    }

    /// <summary>Takes points from the oldest lots first; refuses to go below zero.</summary>
    public async Task<LedgerEntry> DebitAsync(PointsAccount account, int amount, LedgerType type, LedgerSource source, string reason, Actor actor, CancellationToken ct)
    {
        if (account.Balance < amount)
        {
            throw ShopErrors.InsufficientPoints(account.Balance, amount);
        }

        var lots = await db.Lots
            .Where(l => l.UserId == account.UserId && l.Remaining > 0)
            .OrderBy(l => l.GrantedAt).ThenBy(l => l.Id)
            .ToListAsync(ct);
        var entry = Append(account, type, source, -amount, reason, actor);
        Consume(entry, lots, amount);
        return entry;
    }

    /// <summary>Removes what is left of one lot (expiry). The caller holds the account lock.</summary>
    public LedgerEntry? Expire(PointsAccount account, PointsLot lot)
    {
        lot.ExpiredAt = clock.UtcNow;
        if (lot.Remaining == 0)
        {
            return null;
        }

        var entry = Append(account, LedgerType.Expire, LedgerSource.Expiry, -lot.Remaining, "Points expired", Actor.System);
        entry.LotId = lot.Id;
        Consume(entry, [lot], lot.Remaining);
        return entry;
    }

    private void Consume(LedgerEntry entry, IEnumerable<PointsLot> lots, int amount)
    {
        var left = amount;
        foreach (var lot in lots)
        {
            if (left == 0)
            {
                break;
            }

            var taken = Math.Min(lot.Remaining, left);
            lot.Remaining -= taken;
            left -= taken;
            db.Consumptions.Add(new LotConsumption { EntryId = entry.Id, LotId = lot.Id, Points = taken });
        }

        if (left != 0)
        {
            throw new InvalidOperationException($"The lots of account {entry.UserId} do not cover its balance; run reconcile.");
        }
    }

    private LedgerEntry Append(PointsAccount account, LedgerType type, LedgerSource source, int amount, string reason, Actor actor)
    {
        var now = clock.UtcNow;
        account.Balance += amount;
        account.EntryCount++;
        account.Version++;
        account.UpdatedAt = now;
        if (actor.Kind == ActorKind.Employee || type is LedgerType.Grant or LedgerType.Deduct)
        {
            account.LastActivityAt = now;
        }

        var entry = new LedgerEntry
        {
            Id = Guid.CreateVersion7(),
            UserId = account.UserId,
            Sequence = account.EntryCount,
            Type = type,
            Source = source,
            Amount = amount,
            BalanceAfter = account.Balance,
            Reason = reason,
            OperatorId = actor.Id,
            OperatorKind = actor.Kind,
            CreatedAt = now,
        };
        db.Ledger.Add(entry);
        return entry;
    }
}
