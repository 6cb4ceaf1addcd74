using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Blobs;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Shop.Catalogue;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Products;

/// <summary>Product admin: list, detail, edit (If-Match), activate/deactivate, stock history and hard delete.</summary>
public static class ManageProducts
{
    public sealed class UpdateRequest
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

        [Range(1, 1_000)]
        public int? MaxPerEmployeePerMonth { get; init; }
    }

    public sealed record MovementView(Guid Id, int Delta, int StockAfter, StockMovementKind Kind, Guid? OrderId, string? Reason, Guid? OperatorId, DateTime CreatedAt);

    public static void Map(RouteGroupBuilder products)
    {
        products.MapGet("/products", async (
            PageRequest page, string? q, string? category, string? status, bool? lowStock, string? sort,
            ShopDb db, ImageUrls urls, Microsoft.Extensions.Options.IOptions<ShopOptions> options, CancellationToken ct) =>
        {
            var state = QueryArgs.Choice(status, "status", "all", "all", "active", "inactive");
            var order = QueryArgs.Choice(sort, "sort", "newest", "newest", "cost_asc", "cost_desc", "name");
            var query = BrowseCatalogue.Search(db.Products.AsNoTracking(), q);
            if (category.TrimToNull() is { } wanted)
            {
                var key = wanted.ToLowerInvariant();
                query = query.Where(p => p.CategoryKey == key);
            }

            query = state switch
            {
                "active" => query.Where(p => p.IsActive),
                "inactive" => query.Where(p => !p.IsActive),
                _ => query,
            };
            if (lowStock == true)
            {
                var threshold = options.Value.LowStockThreshold;
                query = query.Where(p => p.Stock <= threshold);
            }

            var result = await BrowseCatalogue.Sort(query, order).ToPageAsync(page, ct);
            return TypedResults.Ok(new PagedList<AdminProduct>([.. result.Items.Select(p => AdminProduct.Of(p, urls))], result.Page, result.PageSize, result.Total));
        });

        // Every category in use, inactive products included: the product form offers them as choices.
        products.MapGet("/products/categories", async (ShopDb db, CancellationToken ct) =>
            TypedResults.Ok(await BrowseCatalogue.CategoriesAsync(db.Products.AsNoTracking(), ct)));

        products.MapGet("/products/{id}", async (Guid id, ShopDb db, ImageUrls urls, HttpContext http, CancellationToken ct) =>
        {
            var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw ShopErrors.ProductNotFound();
            var orders = await db.Orders.CountAsync(o => o.ProductId == id, ct);
            var view = AdminProduct.Of(product, urls, orders);
            http.Response.Headers.ETag = view.ETag;
            return TypedResults.Ok(view);
        });

        products.MapPut("/products/{id}", async (
            Guid id, UpdateRequest request, ClaimsPrincipal user, HttpContext http, ShopDb db, AuditLog audit, ImageUrls urls, ShopClock clock, CancellationToken ct) =>
        {
            ProductMatch.RequirePresent(http.Request);

            var actor = Actor.Admin(user);
            try
            {
                var product = await db.InTransactionAsync(async ct =>
                {
                    var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw ShopErrors.ProductNotFound();
                    ProductMatch.Require(http.Request, AdminProduct.ETagOf(product.Version));

                    var before = AdminProduct.Snapshot(product);
                    product.Describe(request.Name!.Trim(), request.Description?.Trim() ?? "", request.UsageNotes?.Trim() ?? "", request.Category!.Trim());
                    product.PointsCost = request.PointsCost!.Value;
                    product.MaxPerEmployeePerMonth = request.MaxPerEmployeePerMonth;
                    product.Version++;
                    product.UpdatedAt = clock.UtcNow;
                    audit.Record(actor, "product.update", "product", id.ToString(), before, AdminProduct.Snapshot(product));
                    return product;
                }, ct);
                var view = AdminProduct.Of(product, urls);
                http.Response.Headers.ETag = view.ETag;
                return TypedResults.Ok(view);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw ProductMatch.Stale();
            }
        }).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        products.MapPost("/products/{id}/activate", (Guid id, ClaimsPrincipal user, ShopDb db, AuditLog audit, ImageUrls urls, ShopClock clock, CancellationToken ct) =>
            SetActiveAsync(id, true, Actor.Admin(user), db, audit, urls, clock, ct)).WithSummary("Activate product");
        products.MapPost("/products/{id}/deactivate", (Guid id, ClaimsPrincipal user, ShopDb db, AuditLog audit, ImageUrls urls, ShopClock clock, CancellationToken ct) =>
            SetActiveAsync(id, false, Actor.Admin(user), db, audit, urls, clock, ct)).WithSummary("Deactivate product");

        products.MapGet("/products/{id}/stock-movements", async (Guid id, PageRequest page, ShopDb db, CancellationToken ct) =>
        {
            if (!await db.Products.AnyAsync(p => p.Id == id, ct))
            {
                throw ShopErrors.ProductNotFound();
            }

            var query = db.StockMovements.AsNoTracking().Where(m => m.ProductId == id)
                .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
                .Select(m => new MovementView(m.Id, m.Delta, m.StockAfter, m.Kind, m.OrderId, m.Reason, m.OperatorId, m.CreatedAt));
            return TypedResults.Ok(await query.ToPageAsync(page, ct));
        });

        products.MapDelete("/products/{id}", async (Guid id, ClaimsPrincipal user, ShopDb db, AuditLog audit, IBlobStore blobs, CancellationToken ct) =>
        {
            var actor = Actor.Admin(user);
            var imageKey = await db.InTransactionAsync(async ct =>
            {
                var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw ShopErrors.ProductNotFound();
                if (await db.Orders.AnyAsync(o => o.ProductId == id, ct))
                {
                    throw new ProblemException(409, "PRODUCT_HAS_ORDERS", "Orders refer to this product; deactivate it instead.");
                }

                await db.StockMovements.Where(m => m.ProductId == id).ExecuteDeleteAsync(ct);
                db.Products.Remove(product);
                audit.Record(actor, "product.delete", "product", id.ToString(), AdminProduct.Snapshot(product), null);
                return product.ImageKey;
            }, ct);
            if (imageKey is not null)
            {
                await ProductImages.DeleteBlobQuietlyAsync(blobs, imageKey);
            }

            return TypedResults.NoContent();
        }).WithSummary("Delete product");
    }

    private static async Task<Ok<AdminProduct>> SetActiveAsync(Guid id, bool active, Actor actor, ShopDb db, AuditLog audit, ImageUrls urls, ShopClock clock, CancellationToken ct)
    {
        var product = await db.InTransactionAsync(async ct =>
        {
            var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw ShopErrors.ProductNotFound();
            if (product.IsActive != active)
            {
                product.IsActive = active;
                product.Version++;
                product.UpdatedAt = clock.UtcNow;
                audit.Record(actor, active ? "product.activate" : "product.deactivate", "product", id.ToString(), new { isActive = !active }, new { isActive = active });
            }

            return product;
        }, ct);
        return TypedResults.Ok(AdminProduct.Of(product, urls));
    }

    private static readonly Precondition ProductMatch = new(
        "Send If-Match with the product's current ETag.",
        "The product was changed since you loaded it; reload and try again.",
        StaleCode: "VERSION_MISMATCH");
}
