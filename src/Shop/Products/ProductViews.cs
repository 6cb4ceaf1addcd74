using Quartet.Platform.Http;
using Quartet.Shop.Data;

namespace Quartet.Shop.Products;

public sealed record ProductImageView(string ContentType, int Bytes, int Width, int Height);

/// <summary>What employees see of a product.</summary>
public sealed record CatalogueProduct(
    Guid Id, string Name, string Description, string UsageNotes, string Category, int PointsCost, int Stock, bool Available,
    int? MaxPerEmployeePerMonth, string? ImageUrl, DateTime CreatedAt)
{
    public static CatalogueProduct Of(Product p, ImageUrls urls) => new(
        p.Id, p.Name, p.Description, p.UsageNotes, p.Category, p.PointsCost, p.Stock, p.Available, p.MaxPerEmployeePerMonth,
        urls.For(p.ImageKey), p.CreatedAt);
}

/// <summary>What product admins see, including status, version (ETag) and image details.</summary>
public sealed record AdminProduct(
    Guid Id, string Name, string Description, string UsageNotes, string Category, int PointsCost, int Stock, bool IsActive,
    bool Available, int? MaxPerEmployeePerMonth, string? ImageUrl, ProductImageView? Image, int Version, DateTime CreatedAt,
    Guid CreatedBy, DateTime UpdatedAt, int? OrderCount)
{
    public static AdminProduct Of(Product p, ImageUrls urls, int? orderCount = null) => new(
        p.Id, p.Name, p.Description, p.UsageNotes, p.Category, p.PointsCost, p.Stock, p.IsActive, p.Available,
        p.MaxPerEmployeePerMonth, urls.For(p.ImageKey),
        p.ImageKey is null ? null : new ProductImageView(p.ImageContentType!, p.ImageBytes ?? 0, p.ImageWidth ?? 0, p.ImageHeight ?? 0),
        p.Version, p.CreatedAt, p.CreatedBy, p.UpdatedAt, orderCount);

    public string ETag => ETagOf(Version);

    public static string ETagOf(int version) => ETags.OfVersion(version);

    /// <summary>A snapshot for the audit log (no signed URL, which changes with time).</summary>
    public static object Snapshot(Product p) => new
    {
        p.Id,
        p.Name,
        p.Description,
        p.UsageNotes,
        p.Category,
        p.PointsCost,
        p.Stock,
        p.IsActive,
        p.MaxPerEmployeePerMonth,
        p.ImageKey,
        p.ImageContentType,
        p.ImageBytes,
        p.Version,
    };
}
