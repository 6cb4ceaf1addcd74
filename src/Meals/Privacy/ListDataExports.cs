using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Privacy;

public static class ListDataExports
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/me/exports", HandleAsync);

    private static async Task<Ok<List<DataExportView>>> HandleAsync(MealsDb db, MealsUser user, CancellationToken ct) =>
        TypedResults.Ok((await db.DataExports.AsNoTracking().Where(x => x.UserId == user.Id).OrderByDescending(x => x.CreatedAt).Take(10).ToListAsync(ct))
            .Select(DataExportRules.View).ToList());
}
