using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Platform.Data;

namespace Quartet.Meals.Maintenance;

/// <summary>
/// <c>meals purge-expired</c> (hourly): idle import drafts become <c>expired</c> and lose their rows; applied imports keep
/// only their summary after 7 days; expired data-export ZIPs, day-old idempotency keys and receipt upload counts past their hour are deleted. Each change to one
/// user's data runs under that user's lock, so it never interleaves with the user's own apply or edit.
/// </summary>
public static class PurgeExpired
{
    public static readonly TimeSpan AppliedRowsKeptFor = TimeSpan.FromDays(7);

    public sealed record Result(int DraftsExpired, int AppliedTrimmed, int ExportsExpired, int IdempotencyKeysDeleted, int UploadCountsDeleted)
    {
        public override string ToString() =>
            $"{DraftsExpired} draft import(s) expired, {AppliedTrimmed} applied import(s) trimmed to their summary, {ExportsExpired} data export(s) expired, {IdempotencyKeysDeleted} idempotency key(s) deleted, {UploadCountsDeleted} receipt upload count(s) past the hour deleted";
    }

    public static async Task<Result> RunAsync(MealsDb db, ReceiptBlobs blobs, MealsOptions options, DateTime now, CancellationToken ct)
    {
        var draftCutoff = now - options.DraftLifetime;
        var drafts = await db.ImportBatches.AsNoTracking().Where(b => b.Status == ImportStatus.Reviewing && b.LastTouchedAt < draftCutoff)
            .Select(b => new { b.Id, b.UserId }).ToListAsync(ct);
        var expired = 0;
        foreach (var draft in drafts)
        {
            expired += await db.InTransactionAsync(async token =>
            {
                await db.LockUserAsync(draft.UserId, now, token);
                var changed = await db.ImportBatches.Where(b => b.Id == draft.Id && b.Status == ImportStatus.Reviewing && b.LastTouchedAt < draftCutoff)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportStatus.Expired).SetProperty(b => b.UpdatedAt, now), token);
                if (changed > 0)
                {
                    await db.ImportRows.Where(r => r.BatchId == draft.Id).ExecuteDeleteAsync(token);
                }

                return changed;
            }, ct);
        }

        // Applied batches never change again, so trimming their rows needs no user lock.
        var appliedCutoff = now - AppliedRowsKeptFor;
        var trimmed = await db.ImportBatches.AsNoTracking()
            .Where(b => b.Status == ImportStatus.Applied && b.UpdatedAt < appliedCutoff && db.ImportRows.Any(r => r.BatchId == b.Id))
            .Select(b => b.Id).ToListAsync(ct);
        foreach (var id in trimmed)
        {
            await db.ImportRows.Where(r => r.BatchId == id).ExecuteDeleteAsync(ct);
        }

        var exports = await db.DataExports.AsNoTracking().Where(x => x.Status == DataExportStatus.Ready && x.ExpiresAt < now).ToListAsync(ct);
        var exportsExpired = 0;
        foreach (var export in exports)
        {
            var changed = await db.DataExports.Where(x => x.Id == export.Id && x.Status == DataExportStatus.Ready)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, DataExportStatus.Expired).SetProperty(x => x.BlobKey, (string?)null)
                    .SetProperty(x => x.UpdatedAt, now), ct);
            if (changed > 0 && export.BlobKey is { } key)
            {
                await blobs.DeleteManyAsync([key], ct);
                exportsExpired++;
            }
        }

        var keys = await db.IdempotencyRecords.PurgeExpiredAsync(now, ct);
        var uploadCutoff = now - UploadReceipt.UploadWindow;
        var uploads = await db.ReceiptUploads.Where(u => u.At < uploadCutoff).ExecuteDeleteAsync(ct);
        return new Result(expired, trimmed.Count, exportsExpired, keys, uploads);
    }
}
