using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Categories;

public static class ListCategories
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/categories", HandleAsync);

    private static async Task<Ok<List<CategoryView>>> HandleAsync(MealsDb db, MealsUser user, CancellationToken ct)
    {
        var counts = await db.Expenses.Where(e => e.UserId == user.Id && e.CategoryId != null).GroupBy(e => e.CategoryId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var categories = await db.Categories.AsNoTracking().Where(c => c.UserId == user.Id)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.NormalizedName).ToListAsync(ct);
        return TypedResults.Ok(categories.Select(c => new CategoryView(c.Id, c.Name, c.Colour, c.SortOrder, c.IsDefault, counts.GetValueOrDefault(c.Id))).ToList());
    }
}
