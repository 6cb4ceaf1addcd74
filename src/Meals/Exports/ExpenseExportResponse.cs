using Microsoft.AspNetCore.Http;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Exports;

/// <summary>Writes an expense export as the response: the format (csv or json), the file name and the streamed body.</summary>
public static class ExpenseExportResponse
{
    /// <summary>The OpenAPI schema of the exported file, shared by both export endpoints.</summary>
    public const string FileSchema = "ExpenseExportFile";

    public const string FileDescription =
        "The expenses as a file: CSV (text/csv) with a header row and one row per expense, or with format=json the "
        + "meals-expenses envelope (format, version, exportedAt, categories, tags, expenses) that the import reads back.";

    public static string Format(string? value) => (value is null or "" ? "csv" : value) switch
    {
        "csv" => "csv",
        "json" => "json",
        _ => throw MealsProblems.Field("VALIDATION_FAILED", "format", "format is csv or json."),
    };

    public static async Task WriteAsync(HttpContext http, string format, MealsDb db, Guid userId, IQueryable<Expense> query, TimeProvider clock, CancellationToken ct)
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
