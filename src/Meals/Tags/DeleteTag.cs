using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Tags;

public static class DeleteTag
{
    public static void Map(RouteGroupBuilder group) => group.MapDelete("/tags/{id:guid}", HandleAsync);

    private static async Task<NoContent> HandleAsync(Guid id, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            await db.LockUserAsync(user.Id, clock.GetUtcNow().UtcDateTime, token);
            var existing = await db.Tags.FirstOrDefaultAsync(t => t.Id == id && t.UserId == user.Id, token) ?? throw MealsProblems.NotFound("tag");
            await db.ExpenseTags.Where(et => et.TagId == id).ExecuteDeleteAsync(token);
            db.Tags.Remove(existing);
        }, ct);
        return TypedResults.NoContent();
    }
}
