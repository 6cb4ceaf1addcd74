using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Blobs;
using Quartet.Platform.Http;

namespace Quartet.Meals.Receipts;

/// <summary>The receipt file itself, or a short-lived redirect to it when the blob store signs links.</summary>
public static class DownloadReceipt
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/expenses/{id:guid}/receipt", HandleAsync)
            .ProducesFile("ReceiptFile", "The receipt as it was uploaded: a JPEG, PNG or WebP image or a PDF.", "image/jpeg", "image/png", "image/webp", "application/pdf")
            .Produces(StatusCodes.Status302Found);

    private static async Task<IResult> HandleAsync(Guid id, HttpResponse response, MealsDb db, MealsUser user, ReceiptBlobs blobs, CancellationToken ct)
    {
        var receipt = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.ExpenseId == id && r.UserId == user.Id, ct)
            ?? throw MealsProblems.NotFound("receipt");
        var attachment = receipt.ContentType == "application/pdf";
        var download = new BlobDownload(ReceiptBlobs.DownloadLinkLifetime, "private, no-store", attachment ? receipt.OriginalName : null);
        return await blobs.Store.DownloadAsync(receipt.BlobKey, receipt.ContentType, download, response, ct) ?? throw MealsProblems.NotFound("receipt");
    }
}
