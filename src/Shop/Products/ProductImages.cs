using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Quartet.Platform.Blobs;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Products;

/// <summary>
/// Product images (spec 4.4): one multipart file of at most 512,000 bytes, streamed to the blob store (the platform's
/// <see cref="UploadStream"/>, as meals receipts are) and counted on the way, so a refused upload is never kept; the type
/// and dimensions come from the first <see cref="HeadBytes"/> (signature and header), never from the declared type;
/// served only through signed URLs.
/// </summary>
public static partial class ProductImages
{
    public const int MaxBytes = 512_000;

    /// <summary>Read ahead for the type and dimensions: room for the metadata segments (EXIF, ICC) a JPEG puts before its frame header.</summary>
    public const int HeadBytes = 128 * 1024;

    // Multipart framing (boundaries, part headers) around the file; anything beyond this cannot be a legal upload.
    private const int MultipartAllowance = 16 * 1024;

    public static void Map(RouteGroupBuilder products)
    {
        products.MapPut("/products/{id}/image", UploadAsync).WithSummary("Set product image");

        products.MapDelete("/products/{id}/image", async (Guid id, ClaimsPrincipal user, ShopDb db, AuditLog audit, IBlobStore blobs, ShopClock clock, CancellationToken ct) =>
        {
            var actor = Actor.Admin(user);
            var old = await db.InTransactionAsync(async ct =>
            {
                var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw ShopErrors.ProductNotFound();
                var before = AdminProduct.Snapshot(product);
                var key = product.ImageKey;
                if (key is not null)
                {
                    SetImage(product, null, null, 0, clock.UtcNow);
                    audit.Record(actor, "product.image.remove", "product", id.ToString(), before, AdminProduct.Snapshot(product));
                }

                return key;
            }, ct);
            if (old is not null)
            {
                await DeleteBlobQuietlyAsync(blobs, old);
            }

            return TypedResults.NoContent();
        }).WithSummary("Delete product image");
    }

    public static void MapPublic(RouteGroupBuilder api) =>
        api.MapGet("/images/{key}", async (string key, long? exp, string? sig, ImageUrls urls, IBlobStore blobs, HttpContext http, CancellationToken ct) =>
        {
            if (exp is null || sig is null || !KeyPattern().IsMatch(key) || urls.SecondsLeft(key, exp.Value, sig) is not { } left)
            {
                return Problems.Create(403, "IMAGE_URL_INVALID", "This image link is invalid or has expired.");
            }

            var download = new BlobDownload(TimeSpan.FromSeconds(left), $"private, max-age={left}");
            return await blobs.DownloadAsync(ImageUrls.BlobKeyOf(key), null, download, http.Response, ct)
                ?? Problems.NotFound("IMAGE_NOT_FOUND", "The image no longer exists.");
        }).AllowAnonymous().ExcludeFromDescription();

    private static async Task<Ok<ProductImageView>> UploadAsync(
        Guid id, HttpRequest request, ClaimsPrincipal user, ShopDb db, AuditLog audit, IBlobStore blobs, ShopClock clock, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes + MultipartAllowance)
        {
            throw TooLarge();
        }

        await using var upload = await UploadStream.OpenAsync(await FileSectionAsync(request, ct), MaxBytes, HeadBytes, ct);
        if (upload.BytesRead == 0)
        {
            throw ShopErrors.Validation("file", "The file is empty.");
        }

        var (result, info) = ImageFormat.Inspect(upload.Head);
        switch (result)
        {
            case ImageFormat.Result.Unsupported:
                throw new ProblemException(415, "UNSUPPORTED_IMAGE_TYPE", "Upload a JPEG, PNG or WebP image.");
            case ImageFormat.Result.Invalid:
                throw new ProblemException(422, "IMAGE_INVALID", "The image header is corrupt or a side is outside 1–4,096 pixels.");
        }

        if (!await db.Products.AnyAsync(p => p.Id == id, ct))
        {
            throw ShopErrors.ProductNotFound();
        }

        var key = Guid.NewGuid().ToString("N");
        try
        {
            await blobs.PutAsync(ImageUrls.BlobKeyOf(key), upload, info!.ContentType, ct);
        }
        catch (UploadTooLargeException)
        {
            throw TooLarge();
        }

        var bytes = (int)upload.BytesRead;
        var actor = Actor.Admin(user);
        string? replaced;
        try
        {
            replaced = await db.InTransactionAsync(async ct =>
            {
                var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw ShopErrors.ProductNotFound();
                var before = AdminProduct.Snapshot(product);
                var old = product.ImageKey;
                SetImage(product, key, info, bytes, clock.UtcNow);
                audit.Record(actor, "product.image.set", "product", id.ToString(), before, AdminProduct.Snapshot(product));
                return old;
            }, ct);
        }
        catch
        {
            await DeleteBlobQuietlyAsync(blobs, key);
            throw;
        }

        if (replaced is not null)
        {
            await DeleteBlobQuietlyAsync(blobs, replaced);
        }

        return TypedResults.Ok(new ProductImageView(info.ContentType, bytes, info.Width, info.Height));
    }

    /// <summary>The first file part of the multipart/form-data body, read as it arrives (no form buffering).</summary>
    private static async Task<Stream> FileSectionAsync(HttpRequest request, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw ShopErrors.Validation("file", "Send the image as multipart/form-data with one file.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                return section.Body;
            }
        }

        throw ShopErrors.Validation("file", "Send the image as multipart/form-data with one file.");
    }

    private static void SetImage(Product product, string? key, ImageInfo? info, int bytes, DateTime now)
    {
        product.ImageKey = key;
        product.ImageContentType = info?.ContentType;
        product.ImageBytes = info is null ? null : bytes;
        product.ImageWidth = info?.Width;
        product.ImageHeight = info?.Height;
        product.Version++;
        product.UpdatedAt = now;
    }

    public static async Task DeleteBlobQuietlyAsync(IBlobStore blobs, string imageKey)
    {
        try
        {
            await blobs.DeleteAsync(ImageUrls.BlobKeyOf(imageKey), CancellationToken.None);
        }
        catch (IOException)
        {
            // Left for shop sweep-images.
        }
    }

    private static ProblemException TooLarge() => new(413, "IMAGE_TOO_LARGE", $"Images may be at most {MaxBytes:N0} bytes.");

    [System.Text.RegularExpressions.GeneratedRegex("^[a-f0-9]{32}$")]
    private static partial System.Text.RegularExpressions.Regex KeyPattern();
}
