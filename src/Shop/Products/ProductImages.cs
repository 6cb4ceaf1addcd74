using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
/// Product images (spec 4.4): one multipart file of at most 512,000 bytes, checked while streaming; the type comes from
/// the signature bytes; served only through signed URLs.
/// </summary>
public static partial class ProductImages
{
    public const int MaxBytes = 512_000;

    // Multipart framing (boundaries, part headers) around the file; anything beyond this cannot be a legal upload.
    private const int MultipartAllowance = 16 * 1024;

    public static void Map(RouteGroupBuilder products)
    {
        products.MapPut("/products/{id}/image", UploadAsync);

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
        });
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

    private static async Task<IResult> UploadAsync(
        Guid id, HttpRequest request, ClaimsPrincipal user, ShopDb db, AuditLog audit, IBlobStore blobs, ShopClock clock, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes + MultipartAllowance)
        {
            throw TooLarge();
        }

        var data = await ReadSingleFileAsync(request, ct);
        var (result, info) = ImageFormat.Inspect(data);
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
        await using (var content = new MemoryStream(data, writable: false))
        {
            await blobs.PutAsync(ImageUrls.BlobKeyOf(key), content, info!.ContentType, ct);
        }

        var actor = Actor.Admin(user);
        string? replaced;
        try
        {
            replaced = await db.InTransactionAsync(async ct =>
            {
                var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw ShopErrors.ProductNotFound();
                var before = AdminProduct.Snapshot(product);
                var old = product.ImageKey;
                SetImage(product, key, info, data.Length, clock.UtcNow);
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

        return TypedResults.Ok(new ProductImageView(info.ContentType, data.Length, info.Width, info.Height));
    }

    private static async Task<byte[]> ReadSingleFileAsync(HttpRequest request, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw ShopErrors.Validation("file", "Send the image as multipart/form-data with one file.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
            {
                continue;
            }

            var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await section.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw TooLarge();
                }

                buffer.Write(chunk, 0, read);
            }

            if (buffer.Length == 0)
            {
                throw ShopErrors.Validation("file", "The file is empty.");
            }

            return buffer.ToArray();
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
