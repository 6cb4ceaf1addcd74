using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Quartet.Shop.Data;

namespace Quartet.Shop.Operations;

/// <summary>
/// Counts ledger entries once they are committed: entries saved inside a transaction are held until it commits and
/// dropped when it rolls back or is retried, so the metric never counts a write that did not happen.
/// </summary>
public sealed class LedgerMetricsInterceptor(ShopMetrics metrics) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<LedgerType>> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            // Entries are Added as soon as they are added; skip the extra change detection Entries() would run before
            // SaveChanges runs its own.
            var tracker = context.ChangeTracker;
            var detect = tracker.AutoDetectChangesEnabled;
            tracker.AutoDetectChangesEnabled = false;
            try
            {
                pending.GetOrCreateValue(context).AddRange(tracker.Entries<LedgerEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Type));
            }
            finally
            {
                tracker.AutoDetectChangesEnabled = detect;
            }
        }

        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            Flush(context);
        }

        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            Discard(context);
        }

        return Task.CompletedTask;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Flush(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var types))
        {
            foreach (var group in types.GroupBy(t => t))
            {
                metrics.LedgerEntries(group.Key, group.Count());
            }

            types.Clear();
        }
    }

    private void Discard(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var types))
        {
            types.Clear();
        }
    }
}
