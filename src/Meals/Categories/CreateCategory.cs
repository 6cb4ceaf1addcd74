using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Categories;

public static class CreateCategory
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/categories", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Created<CategoryView>> HandleAsync(CategoryInput input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var category = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var name = Text.Clean(input.Name)!;
            await CategoryRules.EnsureUniqueAsync(db, user.Id, Text.NormalizeKey(name), null, token);
            var count = await db.Categories.CountAsync(c => c.UserId == user.Id, token);
            if (count >= CategoryRules.MaxPerUser)
            {
                throw new ProblemException(422, "CATEGORY_LIMIT", $"A user can have at most {CategoryRules.MaxPerUser} categories.");
            }

            var created = new Category
            {
                Id = Guid.CreateVersion7(),
                UserId = user.Id,
                Name = name,
                NormalizedName = Text.NormalizeKey(name),
                Colour = (input.Colour ?? "#6b7280").ToLowerInvariant(),
                SortOrder = input.SortOrder ?? count,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Categories.Add(created);
            return created;
        }, ct);
        return TypedResults.Created($"/api/meals/categories/{category.Id}", new CategoryView(category.Id, category.Name, category.Colour, category.SortOrder, false, 0));
    }
}
