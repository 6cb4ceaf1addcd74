using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Exports;
using Quartet.Meals.Receipts;

namespace Quartet.Meals.Privacy;

/// <summary>
/// Builds full data-export ZIPs: <c>expenses.csv</c>, <c>meals.json</c> (settings, budgets, import summaries, audit
/// entries about the user, the receipt list with hashes, and the importable expense export with restaurants, categories
/// and tags) and <c>receipts/</c>.
/// </summary>
public sealed class DataExportBuilder(IServiceScopeFactory scopes, ReceiptBlobs blobs, TimeProvider clock, IOptions<MealsOptions> options, ILogger<DataExportBuilder> logger)
    : IDisposable
{
    /// <summary>A running export not touched for this long was left by a crashed worker and is picked up again.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim wake = new(0);

    /// <summary>Asks this process's worker to look for pending exports now rather than at its next poll.</summary>
    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    public async Task WaitAsync(TimeSpan poll, CancellationToken ct) => await wake.WaitAsync(poll, ct);

    public void Dispose() => wake.Dispose();

    /// <summary>Builds every pending export, one at a time; returns how many were finished.</summary>
    public async Task<int> RunPendingAsync(CancellationToken ct)
    {
        var done = 0;
        while (await ClaimAsync(ct) is { } export)
        {
            await BuildAsync(export, ct);
            done++;
        }

        return done;
    }

    private async Task<DataExport?> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - StaleAfter;
        var candidates = await db.DataExports.AsNoTracking()
            .Where(x => x.Status == DataExportStatus.Pending || (x.Status == DataExportStatus.Running && x.UpdatedAt < stale))
            .OrderBy(x => x.CreatedAt).Take(5).ToListAsync(ct);
        foreach (var candidate in candidates)
        {
            // The status and timestamp act as the claim token: of several workers exactly one changes the row.
            var claimed = await db.DataExports.Where(x => x.Id == candidate.Id && x.Status == candidate.Status && x.UpdatedAt == candidate.UpdatedAt)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, DataExportStatus.Running).SetProperty(x => x.UpdatedAt, now), ct);
            if (claimed == 1)
            {
                candidate.Status = DataExportStatus.Running;
                candidate.UpdatedAt = now;
                return candidate;
            }
        }

        return null;
    }

    private async Task BuildAsync(DataExport export, CancellationToken ct)
    {
        var started = clock.GetUtcNow();
        var key = ReceiptBlobs.NewKey(ReceiptBlobs.ExportPrefix);
        try
        {
            var temp = Path.GetTempFileName();
            try
            {
                int receipts;
                await using (var file = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, useAsync: true))
                {
                    receipts = await WriteZipAsync(file, export.UserId, ct);
                    file.Position = 0;
                    await blobs.Store.PutAsync(key, file, "application/zip", ct);
                }

                var size = new FileInfo(temp).Length;
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
                var now = clock.GetUtcNow().UtcDateTime;
                var stored = await db.DataExports.Where(x => x.Id == export.Id && x.Status == DataExportStatus.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, DataExportStatus.Ready).SetProperty(x => x.BlobKey, key)
                        .SetProperty(x => x.SizeBytes, size).SetProperty(x => x.ExpiresAt, now + options.Value.ExportLifetime)
                        .SetProperty(x => x.Error, (string?)null).SetProperty(x => x.UpdatedAt, now), ct);
                if (stored == 0)
                {
                    // The user deleted their data (or the export) meanwhile: nothing may keep the file.
                    await blobs.DeleteManyAsync([key], ct);
                    return;
                }

                logger.LogInformation("Data export {ExportId} of {UserId} ready: {Bytes} bytes, {Receipts} receipts in {DurationMs} ms",
                    export.Id, export.UserId, size, receipts, (clock.GetUtcNow() - started).TotalMilliseconds);
            }
            finally
            {
                File.Delete(temp);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Data export {ExportId} of {UserId} failed", export.Id, export.UserId);
            await blobs.DeleteManyAsync([key], CancellationToken.None);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
            await db.DataExports.Where(x => x.Id == export.Id && x.Status == DataExportStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, DataExportStatus.Failed).SetProperty(x => x.Error, "The export could not be built; request it again.")
                    .SetProperty(x => x.UpdatedAt, clock.GetUtcNow().UtcDateTime), CancellationToken.None);
        }
    }

    /// <summary>Writes the ZIP; returns the number of receipt files in it.</summary>
    private async Task<int> WriteZipAsync(Stream output, Guid userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = db.Expenses.AsNoTracking().Where(e => e.UserId == userId);
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

        await using (var csv = await zip.CreateEntry("expenses.csv", CompressionLevel.Optimal).OpenAsync(ct))
        {
            await ExpenseExport.WriteCsvAsync(csv, db, userId, mine, ct);
        }

        var receipts = await db.Receipts.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.ExpenseId).ToListAsync(ct);
        await using (var entry = await zip.CreateEntry("meals.json", CompressionLevel.Optimal).OpenAsync(ct))
        {
            await WriteMealsJsonAsync(entry, db, userId, receipts, now, ct);
        }

        var written = 0;
        foreach (var receipt in receipts)
        {
            var blob = await blobs.Store.OpenReadAsync(receipt.BlobKey, ct);
            if (blob is null)
            {
                continue;
            }

            await using (blob.Content)
            await using (var entry = await zip.CreateEntry(ReceiptPath(receipt), CompressionLevel.NoCompression).OpenAsync(ct))
            {
                await blob.Content.CopyToAsync(entry, ct);
            }

            written++;
        }

        return written;
    }

    public static string ReceiptPath(Receipt receipt) => $"receipts/{receipt.ExpenseId}" + receipt.ContentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/webp" => ".webp",
        _ => ".pdf",
    };

    private static async Task WriteMealsJsonAsync(Stream output, MealsDb db, Guid userId, List<Receipt> receipts, DateTime now, CancellationToken ct)
    {
        var web = JsonSerializerOptions.Web;
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("format", "meals-data");
        json.WriteNumber("version", 1);
        json.WriteString("exportedAt", now);
        var settings = await db.Settings.AsNoTracking().SingleAsync(s => s.UserId == userId, ct);
        json.WritePropertyName("settings");
        JsonSerializer.Serialize(json, new { settings.HomeCurrency, settings.TimeZone, settings.CreatedAt, settings.UpdatedAt }, web);
        json.WritePropertyName("budgets");
        JsonSerializer.Serialize(json, await db.Budgets.AsNoTracking().Where(b => b.UserId == userId).OrderBy(b => b.Currency).ThenBy(b => b.Scope)
            .Select(b => new { b.Id, b.CategoryId, b.Currency, b.LimitMinor, b.WarnAtPercent, b.CreatedAt, b.UpdatedAt }).ToListAsync(ct), web);
        json.WritePropertyName("imports");
        var imports = await db.ImportBatches.AsNoTracking().Where(b => b.UserId == userId).OrderBy(b => b.CreatedAt)
            .Select(b => new { b.Id, b.FileName, b.Format, b.Status, b.RowCount, b.ResultJson, b.CreatedAt, b.UpdatedAt }).ToListAsync(ct);
        JsonSerializer.Serialize(json, imports.Select(b => new
        {
            b.Id,
            b.FileName,
            b.Format,
            b.Status,
            b.RowCount,
            Result = b.ResultJson is null ? (JsonElement?)null : JsonSerializer.Deserialize<JsonElement>(b.ResultJson),
            b.CreatedAt,
            b.UpdatedAt,
        }), web);
        json.WritePropertyName("audit");
        var audit = await db.Audit.AsNoTracking().Where(a => a.SubjectUserId == userId).OrderBy(a => a.At).ToListAsync(ct);
        JsonSerializer.Serialize(json, audit.Select(a => new { a.At, a.ActorId, a.Action, Detail = JsonSerializer.Deserialize<JsonElement>(a.DetailJson) }), web);
        json.WritePropertyName("receipts");
        JsonSerializer.Serialize(json, receipts.Select(r => new { r.ExpenseId, File = ReceiptPath(r), r.ContentType, r.SizeBytes, r.Sha256, r.OriginalName, r.CreatedAt }), web);

        // The importable expense export (restaurants, categories, tags, expenses), as written for /expenses/export, is the
        // last member and goes straight into the entry: held in memory it took ≈50 MB at 100,000 expenses.
        await json.FlushAsync(ct);
        await output.WriteAsync(",\"expenseExport\":"u8.ToArray(), ct);
        await ExpenseExport.WriteJsonAsync(output, db, userId, db.Expenses.AsNoTracking().Where(e => e.UserId == userId), now, ct);
        await output.WriteAsync("}"u8.ToArray(), ct);
    }
}

/// <summary>The hosted worker: builds pending exports when woken by a request or every few seconds.</summary>
public sealed class DataExportWorker(DataExportBuilder builder, ILogger<DataExportWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await builder.RunPendingAsync(stoppingToken);
                await builder.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Data export worker pass failed; retrying");
                await Task.Delay(Poll, stoppingToken);
            }
        }
    }
}
