using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Platform.Blobs;
using Quartet.Platform.Http;

namespace Quartet.Meals.Privacy;

/// <summary>The ZIP while it lasts (or a short-lived redirect to it): 409 until it is ready, 410 once it has expired.</summary>
public static class DownloadDataExport
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/me/exports/{id:guid}/download", HandleAsync)
            .ProducesFile("DataExportArchive", "A ZIP of the account's meals data: expenses.csv, meals.json (everything the account holds in meals) and the receipt files.", "application/zip").Produces(StatusCodes.Status302Found).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status410Gone);

    private static async Task<IResult> HandleAsync(Guid id, HttpResponse response, MealsDb db, MealsUser user, ReceiptBlobs blobs, TimeProvider clock, CancellationToken ct)
    {
        var export = await DataExportRules.FindAsync(db, user.Id, id, ct);
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
}
