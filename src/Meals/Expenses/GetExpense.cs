using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Expenses;

public static class GetExpense
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/expenses/{id:guid}", HandleAsync);

    private static async Task<Ok<ExpenseView>> HandleAsync(Guid id, HttpResponse response, MealsDb db, MealsUser user, CancellationToken ct)
    {
        var view = await ExpenseRules.LoadViewAsync(db, user.Id, id, ct);
        response.Headers.ETag = Versions.ETag(view.Version);
        return TypedResults.Ok(view);
    }
}
