using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Categories;

public static class RestoreDefaultCategories
{
    /// <summary>How many default categories were missing and are back.</summary>
    public sealed record RestoredCategories(int Added);

    public static void Map(RouteGroupBuilder group) => group.MapPost("/categories/restore-defaults", HandleAsync);

    private static async Task<Ok<RestoredCategories>> HandleAsync(MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var added = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var names = await db.Categories.Where(c => c.UserId == user.Id).Select(c => c.NormalizedName).ToListAsync(token);
            return MealsAccess.AddMissingDefaults(db, user.Id, names, now);
        }, ct);
        return TypedResults.Ok(new RestoredCategories(added));
    }
}
