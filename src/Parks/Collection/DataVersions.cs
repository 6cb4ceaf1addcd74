using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;

namespace Quartet.Parks.Collection;

/// <summary>Bumps the parts of the data version; every public ETag depends on it.</summary>
public static class DataVersions
{
    public static Task RunLandedAsync(ParksDb db, Guid runId, CancellationToken ct) =>
        db.Versions.Where(v => v.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(v => v.LastRunId, runId), ct);

    public static Task RollupsChangedAsync(ParksDb db, CancellationToken ct) =>
        db.Versions.Where(v => v.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(v => v.RollupRevision, v => v.RollupRevision + 1), ct);

    public static Task CatalogueChangedAsync(ParksDb db, CancellationToken ct) =>
        db.Versions.Where(v => v.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(v => v.CatalogueRevision, v => v.CatalogueRevision + 1), ct);

    public static async Task<DataVersion> CurrentAsync(ParksDb db, CancellationToken ct) =>
        await db.Versions.AsNoTracking().SingleAsync(v => v.Id == 1, ct);
}
