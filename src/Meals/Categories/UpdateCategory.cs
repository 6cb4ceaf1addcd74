using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Categories;

public static class UpdateCategory
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/categories/{id:guid}", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<CategoryView>> HandleAsync(Guid id, CategoryInput input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var category = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var existing = await db.Categories.FirstOrDefaultAsync(c => c.Id == id && c.UserId == user.Id, token) ?? throw MealsProblems.NotFound("category");
            var name = Text.Clean(input.Name)!;
            await CategoryRules.EnsureUniqueAsync(db, user.Id, Text.NormalizeKey(name), id, token);
            existing.Name = name;
            existing.NormalizedName = Text.NormalizeKey(name);
            existing.Colour = (input.Colour ?? existing.Colour).ToLowerInvariant();
            existing.SortOrder = input.SortOrder ?? existing.SortOrder;
            existing.UpdatedAt = now;
            return existing;
        }, ct);
        var count = await db.Expenses.CountAsync(e => e.UserId == user.Id && e.CategoryId == id, ct);
        return TypedResults.Ok(new CategoryView(category.Id, category.Name, category.Colour, category.SortOrder, category.IsDefault, count));
    }
}
