using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;

namespace Quartet.Parks.Collection;

/// <summary>
/// The data version every public ETag depends on, held in memory so that a cached answer or a 304 needs no database
/// read. Every write of parks data that public answers show goes through one of the bumps; the copy is dropped on
/// the instance that wrote at once, and on other instances and processes when <see cref="DataVersionListener"/>
/// hears of the write. While the listener does not confirm its signal, every read goes to the database.
/// </summary>
public sealed class DataVersions(TimeProvider clock)
{
    public const string Channel = "parks_data";

    private readonly Lock gate = new();
    private volatile DataVersion? current;
    private readonly Platform.Data.SignalTrust trust = new(clock);
    private long generation;

    /// <summary>Call after the run's data committed, outside a transaction (the copy is dropped when the bump returns).</summary>
    public Task RunLandedAsync(ParksDb db, Guid runId, CancellationToken ct) =>
        BumpAsync(db, db.Versions.Where(v => v.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(v => v.LastRunId, runId), ct), ct);

    /// <summary>
    /// A write public answers show that is neither a collection run nor a catalogue edit: rollups, schedules, issue
    /// reviews, pruning. Call after it committed, outside a transaction.
    /// </summary>
    public Task DataChangedAsync(ParksDb db, CancellationToken ct) =>
        BumpAsync(db, db.Versions.Where(v => v.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(v => v.RollupRevision, v => v.RollupRevision + 1), ct), ct);

    /// <inheritdoc cref="RunLandedAsync"/>
    public Task CatalogueChangedAsync(ParksDb db, CancellationToken ct) =>
        BumpAsync(db, db.Versions.Where(v => v.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(v => v.CatalogueRevision, v => v.CatalogueRevision + 1), ct), ct);

    /// <summary>The version in memory, or null when it has to be read.</summary>
    public DataVersion? Held => trust.IsTrusted ? current : null;

    public async ValueTask<DataVersion> CurrentAsync(ParksDb db, CancellationToken ct)
    {
        if (Held is { } held)
        {
            return held;
        }

        var loadedUnder = Interlocked.Read(ref generation);
        var read = await db.Versions.AsNoTracking().SingleAsync(v => v.Id == 1, ct);
        lock (gate)
        {
            // A write that landed while this read ran may not be in it.
            if (generation == loadedUnder)
            {
                current = read;
            }
        }

        return read;
    }

    internal void Forget()
    {
        lock (gate)
        {
            generation++;
            current = null;
        }
    }

    internal void Confirm() => trust.Confirm();

    internal void StopTrusting() => trust.StopTrusting();

    private async Task BumpAsync(ParksDb db, Task<int> bump, CancellationToken ct)
    {
        await bump;
        Forget();
        await Platform.Data.DatabaseChangeListener.NotifyAsync(db, Channel, "", ct);
    }
}
