using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Products;

namespace Quartet.Shop.Catalogue;

/// <summary>What employees browse: active products only, searchable, filterable and stably sorted (spec 4.3).</summary>
public static class BrowseCatalogue
{
    public sealed record CategoryCount(string Category, int Count);

    /// <summary>Categories grouped case-insensitively, each named by its first spelling, with product counts.</summary>
    public static async Task<List<CategoryCount>> CategoriesAsync(IQueryable<Product> products, CancellationToken ct)
    {
        var groups = await products
            .GroupBy(p => p.CategoryKey)
            .Select(g => new { Count = g.Count(), Name = g.Min(p => p.Category) })
            .ToListAsync(ct);
        return groups.Select(g => new CategoryCount(g.Name!, g.Count)).OrderBy(c => c.Category, StringComparer.OrdinalIgnoreCase).ToList();
    }

    // The unfiltered newest-first page, compiled once: EF's per-call query cache look-up was most of its cost. Same
    // query and order as the general path below (Sort "newest").
    private static readonly PerModel<Func<ShopDb, Task<int>>> ActiveCount = new(() =>
        EF.CompileAsyncQuery((ShopDb db) => db.Products.Count(p => p.IsActive)));

    private static readonly PerModel<Func<ShopDb, int, int, IAsyncEnumerable<Product>>> NewestPage = new(() =>
        EF.CompileAsyncQuery((ShopDb db, int skip, int take) => db.Products.AsNoTracking().Where(p => p.IsActive)
            .OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Skip(skip).Take(take)));

    public static void Map(RouteGroupBuilder employee)
    {
        employee.MapGet("/categories", async (ShopDb db, CancellationToken ct) =>
            TypedResults.Ok(await CategoriesAsync(db.Products.AsNoTracking().Where(p => p.IsActive), ct)));

        employee.MapGet("/products", async (
            PageRequest page, string? q, string? category, int? minCost, int? maxCost, bool? available, string? sort,
            ShopDb db, ImageUrls urls, SqliteCataloguePages sqlitePages, CancellationToken ct) =>
        {
            var order = QueryArgs.Choice(sort, "sort", "newest", "newest", "cost_asc", "cost_desc", "name");
            if (minCost is { } min && maxCost is { } max && min > max)
            {
                throw ShopErrors.Validation("minCost", "'minCost' must not be above 'maxCost'.");
            }

            if (q is null && category is null && minCost is null && maxCost is null && available is not true && order == "newest")
            {
                // The catalogue's front page, which every employee opens: prepared once per connection on SQLite, else
                // compiled once (see NewestPage).
                if (sqlitePages.Applies)
                {
                    var front = await sqlitePages.ReadAsync(page.Skip, page.PageSize, ct);
                    return TypedResults.Ok(new PagedList<CatalogueProduct>([.. front.Products.Select(p => CatalogueProduct.Of(p, urls))], page.Page, page.PageSize, front.Total));
                }

                var total = await ActiveCount.For(db)(db);
                var newest = new List<CatalogueProduct>(page.PageSize);
                await foreach (var product in NewestPage.For(db)(db, page.Skip, page.PageSize))
                {
                    newest.Add(CatalogueProduct.Of(product, urls));
                }

                return TypedResults.Ok(new PagedList<CatalogueProduct>(newest, page.Page, page.PageSize, total));
            }

            var query = Search(db.Products.AsNoTracking().Where(p => p.IsActive), q);
            if (category.TrimToNull() is { } wanted)
            {
                var key = wanted.ToLowerInvariant();
                query = query.Where(p => p.CategoryKey == key);
            }

            if (minCost is { } from)
            {
                query = query.Where(p => p.PointsCost >= from);
            }

            if (maxCost is { } to)
            {
                query = query.Where(p => p.PointsCost <= to);
            }

            if (available == true)
            {
                query = query.Where(p => p.Stock > 0);
            }

            var result = await Sort(query, order).ToPageAsync(page, ct);
            return TypedResults.Ok(new PagedList<CatalogueProduct>([.. result.Items.Select(p => CatalogueProduct.Of(p, urls))], result.Page, result.PageSize, result.Total));
        });

        employee.MapGet("/products/{id}", async (Guid id, HttpContext http, ShopDb db, ImageUrls urls, CancellationToken ct) =>
        {
            var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.IsActive, ct) ?? throw ShopErrors.ProductNotFound();
            return ConditionalGet.Respond(http, CatalogueProduct.Of(product, urls));
        });
    }

    /// <summary>Case-insensitive substring search; every word must match (works for Chinese, which has no spaces).</summary>
    public static IQueryable<Product> Search(IQueryable<Product> query, string? q)
    {
        if (QueryArgs.Search(q) is not { } text)
        {
            return query;
        }

        foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            query = query.Where(p => p.SearchText.Contains(word));
        }

        return query;
    }

    public static IQueryable<Product> Sort(IQueryable<Product> query, string order) => order switch
    {
        "cost_asc" => query.OrderBy(p => p.PointsCost).ThenBy(p => p.Id),
        "cost_desc" => query.OrderByDescending(p => p.PointsCost).ThenByDescending(p => p.Id),
        "name" => query.OrderBy(p => p.Name).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id),
    };
}
