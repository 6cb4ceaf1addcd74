using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Privacy;

public static class GetDataExport
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/me/exports/{id:guid}", HandleAsync);

    private static async Task<Ok<DataExportView>> HandleAsync(Guid id, MealsDb db, MealsUser user, CancellationToken ct) =>
        TypedResults.Ok(DataExportRules.View(await DataExportRules.FindAsync(db, user.Id, id, ct)));
}
