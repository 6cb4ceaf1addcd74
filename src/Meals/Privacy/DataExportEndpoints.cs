using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Platform.Accounts;
using Quartet.Platform.Blobs;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Privacy;

/// <summary>Self-service full data export: request (202), follow, download the ZIP while it lasts.</summary>
public static class DataExportEndpoints
{
    public sealed record ExportView(Guid Id, string Status, long? SizeBytes, DateTime? ExpiresAt, string? Error, string? DownloadUrl, DateTime CreatedAt, DateTime UpdatedAt);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/me/exports", RequestAsync).Produces<ExportView>(StatusCodes.Status202Accepted);
        group.MapGet("/me/exports", ListAsync);
        group.MapGet("/me/exports/{id:guid}", GetAsync);
        group.MapGet("/me/exports/{id:guid}/download", DownloadAsync);
    }

    private static async Task<IResult> RequestAsync(MealsDb db, MealsUser user, DataExportBuilder builder, IOptions<MealsOptions> options, TimeProvider clock,
        EmailVerification verification, ILoggerFactory loggers, CancellationToken ct)
    {
        if (!await verification.IsVerifiedAsync(user.Id, ct))
        {
            throw new ProblemException(403, "EMAIL_NOT_VERIFIED", "Confirm your e-mail address first (the link is in the mail we sent; your account page can send another).");
        }

        var export = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            if (await db.DataExports.AnyAsync(x => x.UserId == user.Id && (x.Status == DataExportStatus.Pending || x.Status == DataExportStatus.Running), token))
            {
                throw new ProblemException(409, "EXPORT_IN_PROGRESS", "An export is already being prepared; follow it instead of starting another.");
            }

            var perDay = options.Value.DataExportsPerDay;
            await RateLimits.EnsureAllowedAsync(db.DataExports.Where(x => x.UserId == user.Id).Select(x => x.CreatedAt), perDay, TimeSpan.FromDays(1), now,
                $"At most {perDay} data exports per day; try again later.", token);

            var created = new DataExport { Id = Guid.CreateVersion7(), UserId = user.Id, Status = DataExportStatus.Pending, CreatedAt = now, UpdatedAt = now };
            db.DataExports.Add(created);
            AuditLog.Add(db, user.Id, user.Id, "data.export.request", new { exportId = created.Id }, now);
            return created;
        }, ct);
        builder.Wake();
        loggers.CreateLogger("Quartet.Meals.Privacy").LogInformation("Data export {ExportId} requested by {UserId}", export.Id, user.Id);
        return TypedResults.Accepted($"/api/meals/me/exports/{export.Id}", View(export));
    }

    private static async Task<IResult> ListAsync(MealsDb db, MealsUser user, CancellationToken ct) =>
        TypedResults.Ok((await db.DataExports.AsNoTracking().Where(x => x.UserId == user.Id).OrderByDescending(x => x.CreatedAt).Take(10).ToListAsync(ct))
            .Select(View).ToList());

    private static async Task<IResult> GetAsync(Guid id, MealsDb db, MealsUser user, CancellationToken ct) =>
        TypedResults.Ok(View(await FindAsync(db, user.Id, id, ct)));

    private static async Task<IResult> DownloadAsync(Guid id, HttpResponse response, MealsDb db, MealsUser user, ReceiptBlobs blobs, TimeProvider clock, CancellationToken ct)
    {
        var export = await FindAsync(db, user.Id, id, ct);
        if (export.Status == DataExportStatus.Expired || (export.Status == DataExportStatus.Ready && export.ExpiresAt <= clock.GetUtcNow().UtcDateTime))
        {
            throw new ProblemException(410, "EXPORT_EXPIRED", "This export has expired; request a new one.");
        }

        if (export.Status != DataExportStatus.Ready || export.BlobKey is null)
        {
            throw new ProblemException(409, "EXPORT_NOT_READY", $"This export is {export.Status}; download it once it is ready.");
        }

        var download = new BlobDownload(ReceiptBlobs.DownloadLinkLifetime, "private, no-store", $"meals-data-{export.CreatedAt:yyyyMMdd-HHmmss}.zip");
        return await blobs.Store.DownloadAsync(export.BlobKey, "application/zip", download, response, ct)
            ?? throw new ProblemException(410, "EXPORT_EXPIRED", "This export is no longer available; request a new one.");
    }

    private static async Task<DataExport> FindAsync(MealsDb db, Guid userId, Guid id, CancellationToken ct) =>
        await db.DataExports.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.UserId == userId, ct) ?? throw MealsProblems.NotFound("export");

    private static ExportView View(DataExport x) => new(x.Id, x.Status, x.SizeBytes, x.ExpiresAt, x.Error,
        x.Status == DataExportStatus.Ready ? $"/api/meals/me/exports/{x.Id}/download" : null, x.CreatedAt, x.UpdatedAt);
}
