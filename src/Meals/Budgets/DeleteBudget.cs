using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Budgets;

public static class DeleteBudget
{
    public static void Map(RouteGroupBuilder group) => group.MapDelete("/budgets/{id:guid}", HandleAsync);

    private static async Task<NoContent> HandleAsync(Guid id, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            await db.LockUserAsync(user.Id, clock.GetUtcNow().UtcDateTime, token);
            var existing = await db.Budgets.FirstOrDefaultAsync(b => b.Id == id && b.UserId == user.Id, token) ?? throw MealsProblems.NotFound("budget");
            db.Budgets.Remove(existing);
        }, ct);
        return TypedResults.NoContent();
    }
}
