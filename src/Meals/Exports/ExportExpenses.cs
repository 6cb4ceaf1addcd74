using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Expenses;

namespace Quartet.Meals.Exports;

/// <summary>GET /expenses/export with the list filters, or POST with an explicit id list; streamed CSV or JSON.</summary>
public static class ExportExpenses
{
    public sealed class Request
    {
        public string? Format { get; init; }

        [Required, MinLength(1), MaxLength(5000)]
        public List<Guid>? Ids { get; init; }
    }

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/expenses/export", ByFilterAsync);
        group.MapPost("/expenses/export", ByIdsAsync);
    }

    private static async Task ByFilterAsync(HttpContext http, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var format = Format(http.Request.Query["format"].ToString());
        var query = await ExpenseFilter.Parse(http.Request.Query).ApplyAsync(db, user.Id, ct);
        await WriteAsync(http, format, db, user.Id, query, clock, ct);
    }

    private static async Task ByIdsAsync(Request request, HttpContext http, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var format = Format(request.Format);
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

        await WriteAsync(http, format, db, user.Id, db.Expenses.AsNoTracking().Where(e => e.UserId == user.Id && ids.Contains(e.Id)), clock, ct);
    }

    private static string Format(string? value) => (value is null or "" ? "csv" : value) switch
    {
        "csv" => "csv",
        "json" => "json",
        _ => throw MealsProblems.Field("VALIDATION_FAILED", "format", "format is csv or json."),
    };

    private static async Task WriteAsync(HttpContext http, string format, MealsDb db, Guid userId, IQueryable<Expense> query, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var name = $"meals-expenses-{now:yyyyMMdd-HHmmss}.{format}";
        http.Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        if (format == "csv")
        {
            await ExpenseExport.WriteCsvAsync(http.Response.Body, db, userId, query, ct);
        }
        else
        {
            await ExpenseExport.WriteJsonAsync(http.Response.Body, db, userId, query, now, ct);
        }
    }
}
