using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Imports;

public static class GetImport
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/imports/{id:guid}", HandleAsync);

    private static async Task<Ok<ImportSummary>> HandleAsync(Guid id, MealsDb db, MealsUser user, CancellationToken ct) =>
        TypedResults.Ok(await ImportViews.SummaryAsync(db, await ImportBatchRules.FindAsync(db, user.Id, id, ct), ct));
}
