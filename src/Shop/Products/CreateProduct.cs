using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Platform.Data;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Products;

/// <summary>Create a product; it starts inactive unless asked, and an initial stock writes an <c>initial</c> movement.</summary>
public static class CreateProduct
{
    public sealed class Request
    {
        [Required]
        [Text(1, Product.MaxNameLength)]
        public string? Name { get; init; }

        [Text(0, Product.MaxDescriptionLength)]
        public string? Description { get; init; }

        [Text(0, Product.MaxUsageNotesLength)]
        public string? UsageNotes { get; init; }

        [Required]
        [Text(1, Product.MaxCategoryLength)]
        public string? Category { get; init; }

        [Required]
        [Range(1, 100_000)]
        [Display(Name = "Cost (points)")]
        public int? PointsCost { get; init; }

        [Range(0, 1_000_000)]
        [Display(Name = "Initial stock")]
        public int? Stock { get; init; }

        public bool IsActive { get; init; }

        [Range(1, 1_000)]
        public int? MaxPerEmployeePerMonth { get; init; }
    }

    public static void Map(RouteGroupBuilder products) =>
        products.MapPost("/products", async (Request request, ClaimsPrincipal user, HttpContext http, ShopDb db, AuditLog audit, ImageUrls urls, ShopClock clock, CancellationToken ct) =>
        {
            var actor = Actor.Admin(user);
            var product = await db.InTransactionAsync(_ =>
            {
                var now = clock.UtcNow;
                var product = new Product
                {
                    Id = Guid.CreateVersion7(),
                    Name = "",
                    Category = "",
                    CategoryKey = "",
                    SearchText = "",
                    PointsCost = request.PointsCost!.Value,
                    Stock = request.Stock ?? 0,
                    IsActive = request.IsActive,
                    MaxPerEmployeePerMonth = request.MaxPerEmployeePerMonth,
                    Version = 1,
                    CreatedAt = now,
                    CreatedBy = actor.Id!.Value,
                    UpdatedAt = now,
                };
                product.Describe(request.Name!.Trim(), request.Description?.Trim() ?? "", request.UsageNotes?.Trim() ?? "", request.Category!.Trim());
                db.Products.Add(product);
                if (product.Stock > 0)
                {
                    db.StockMovements.Add(new StockMovement
                    {
                        Id = Guid.CreateVersion7(),
                        ProductId = product.Id,
                        Delta = product.Stock,
                        StockAfter = product.Stock,
                        Kind = StockMovementKind.Initial,
                        OperatorId = actor.Id,
                        CreatedAt = now,
                    });
                }

                audit.Record(actor, "product.create", "product", product.Id.ToString(), null, AdminProduct.Snapshot(product));
                return Task.FromResult(product);
            }, ct);
            var view = AdminProduct.Of(product, urls, 0);
            http.Response.Headers.ETag = view.ETag;
            return TypedResults.Created($"/api/shop/admin/products/{product.Id}", view);
        });
}
