using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Blobs;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Receipts;

/// <summary>Stores (or replaces) the one receipt of an expense: JPEG, PNG, WebP or PDF, streamed and size-checked, rate-limited per user.</summary>
public static class UploadReceipt
{
    public static readonly TimeSpan UploadWindow = TimeSpan.FromHours(1);

    // Enough leading bytes to tell JPEG, PNG, WebP and PDF apart.
    private const int HeadBytes = 16;

    // Multipart framing (boundary, part headers) around the file; a body longer than the limit plus this cannot be legal.
    private const int MultipartAllowance = 16 * 1024;

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/expenses/{id:guid}/receipt", HandleAsync)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Ok<ReceiptView>> HandleAsync(Guid id, HttpRequest request, MealsDb db, MealsUser user, ReceiptBlobs blobs,
        IOptions<MealsOptions> options, TimeProvider clock, MealsMetrics metrics, CancellationToken ct)
    {
        if (!await db.Expenses.AnyAsync(e => e.Id == id && e.UserId == user.Id, ct))
        {
            throw MealsProblems.NotFound("expense");
        }

        // Checked here so a client over the limit is refused before its body is read, and again under the user's lock
        // below, where the upload is counted, so concurrent uploads cannot pass it together.
        var perHour = options.Value.ReceiptUploadsPerHour;
        await EnsureUploadAllowedAsync(db, user.Id, perHour, clock.GetUtcNow().UtcDateTime, ct);
        var max = options.Value.ReceiptMaxBytes;
        if (request.ContentLength > max + MultipartAllowance)
        {
            throw TooLarge(max);
        }

        var (section, name) = await FileSectionAsync(request, ct);
        await using var upload = await UploadStream.OpenAsync(section, max, HeadBytes, ct);
        var type = ReceiptBlobs.DetectType(upload.Head)
            ?? throw new ProblemException(415, "RECEIPT_TYPE_UNSUPPORTED", "Receipts must be JPEG, PNG, WebP or PDF files.");
        var key = ReceiptBlobs.NewKey(ReceiptBlobs.ReceiptPrefix);
        try
        {
            await blobs.Store.PutAsync(key, upload, type, ct);
        }
        catch (UploadTooLargeException)
        {
            throw TooLarge(max);
        }

        string? oldKey;
        Receipt receipt;
        try
        {
            (oldKey, receipt) = await db.InTransactionAsync(async token =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                await db.LockUserAsync(user.Id, now, token);
                if (!await db.Expenses.AnyAsync(e => e.Id == id && e.UserId == user.Id, token))
                {
                    throw MealsProblems.NotFound("expense");
                }

                await EnsureUploadAllowedAsync(db, user.Id, perHour, now, token);
                db.ReceiptUploads.Add(new ReceiptUpload { Id = Guid.CreateVersion7(), UserId = user.Id, At = now });
                var existing = await db.Receipts.FirstOrDefaultAsync(r => r.ExpenseId == id, token);
                var previous = existing?.BlobKey;
                if (existing is not null)
                {
                    db.Receipts.Remove(existing);
                    await db.SaveChangesAsync(token);
                }

                var created = new Receipt
                {
                    ExpenseId = id,
                    UserId = user.Id,
                    BlobKey = key,
                    ContentType = type,
                    SizeBytes = upload.BytesRead,
                    Sha256 = upload.Sha256Hex,
                    OriginalName = name,
                    CreatedAt = now,
                };
                db.Receipts.Add(created);
                return (previous, created);
            }, ct);
        }
        catch
        {
            await blobs.DeleteManyAsync([key], CancellationToken.None);
            throw;
        }

        metrics.ReceiptStored();
        if (oldKey is not null)
        {
            await blobs.DeleteManyAsync([oldKey], ct);
        }

        return TypedResults.Ok(new ReceiptView(receipt.ContentType, receipt.SizeBytes, receipt.OriginalName, receipt.Sha256, receipt.CreatedAt));
    }

    /// <summary>
    /// The <c>file</c> part of a multipart/form-data body, positioned at its first byte and read as it arrives (no form
    /// buffering), with the file name the client gave.
    /// </summary>
    private static async Task<(Stream Content, string Name)> FileSectionAsync(HttpRequest request, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new ProblemException(415, "UNSUPPORTED_MEDIA_TYPE", "Upload the receipt as multipart/form-data with a 'file' part.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition()
                && HeaderUtilities.RemoveQuotes(disposition.Name).Value == "file")
            {
                var given = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                var name = Path.GetFileName(given.Replace('\\', '/'));
                name = string.IsNullOrWhiteSpace(name) ? "receipt" : name.Length > 255 ? name[..255] : name;
                return (section.Body, name);
            }
        }

        throw MealsProblems.Field("FILE_REQUIRED", "file", "Attach the receipt as the 'file' part.");
    }

    private static ProblemException TooLarge(long max) => new(413, "RECEIPT_TOO_LARGE", $"A receipt may be at most {max} bytes.");

    private static Task EnsureUploadAllowedAsync(MealsDb db, Guid userId, int perHour, DateTime now, CancellationToken ct) =>
        RateLimits.EnsureAllowedAsync(db.ReceiptUploads.Where(u => u.UserId == userId).Select(u => u.At), perHour, UploadWindow, now,
            $"At most {perHour} receipt uploads per hour; try again later.", ct);
}
