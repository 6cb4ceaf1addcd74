using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Exports;

/// <summary>POST /expenses/export with an explicit id list (all the caller's, else 404); streamed CSV or JSON.</summary>
public static class ExportExpensesByIds
{
    public sealed class Request
    {
        public string? Format { get; init; }

        [Required, MinLength(1), MaxLength(5000)]
        public List<Guid>? Ids { get; init; }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/expenses/export", HandleAsync)
            .ProducesFile(ExpenseExportResponse.FileSchema, ExpenseExportResponse.FileDescription, "text/csv", "application/json");

    private static async Task HandleAsync(Request request, HttpContext http, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var format = ExpenseExportResponse.Format(request.Format);
        var ids = request.Ids!.Distinct().ToList();
        var owned = 0;
        foreach (var chunk in ids.Chunk(1000))
        {
            owned += await db.Expenses.CountAsync(e => e.UserId == user.Id && chunk.Contains(e.Id), ct);
        }

        if (owned != ids.Count)
        {
            throw MealsProblems.NotFound("expense");
        }

        await ExpenseExportResponse.WriteAsync(http, format, db, user.Id, db.Expenses.AsNoTracking().Where(e => e.UserId == user.Id && ids.Contains(e.Id)), clock, ct);
    }
}
