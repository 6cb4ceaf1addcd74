using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Expenses;
using Quartet.Platform.Http;

namespace Quartet.Meals.Exports;

/// <summary>GET /expenses/export with the list filters; streamed CSV or JSON.</summary>
public static class ExportExpensesByFilter
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/expenses/export", HandleAsync)
            .ProducesFile(ExpenseExportResponse.FileSchema, ExpenseExportResponse.FileDescription, "text/csv", "application/json");

    private static async Task HandleAsync(HttpContext http, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var format = ExpenseExportResponse.Format(http.Request.Query["format"].ToString());
        var query = await ExpenseFilter.Parse(http.Request.Query).ApplyAsync(db, user.Id, ct);
        await ExpenseExportResponse.WriteAsync(http, format, db, user.Id, query, clock, ct);
    }
}
