using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Expenses;
using Quartet.Platform.Csv;
using Quartet.Platform.Http;

namespace Quartet.Meals.Restaurants;

/// <summary>GET /restaurants/export?format=csv|json: every restaurant of the user with its visit stats.</summary>
public static class ExportRestaurants
{
    /// <summary>The JSON export: its format name and version, when it was made, and every restaurant.</summary>
    public sealed record RestaurantExport(string Format, int Version, DateTime ExportedAt, IEnumerable<RestaurantView> Restaurants);

    public static readonly string[] CsvColumns =
    [
        "id", "name", "address_line1", "address_line2", "city", "region", "postal_code", "country", "cuisine", "price_level", "rating",
        "website", "phone", "notes", "place_ref", "visits", "last_visit", "created_at", "updated_at",
    ];

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static void Map(RouteGroupBuilder group) => group.MapGet("/restaurants/export", HandleAsync)
        .Produces<RestaurantExport>(StatusCodes.Status200OK, "application/json").AlsoAnswersCsv();

    private static async Task HandleAsync(HttpContext http, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct, string? format = null)
    {
        var kind = (format is null or "" ? "csv" : format) switch
        {
            "csv" => "csv",
            "json" => "json",
            _ => throw MealsProblems.Field("VALIDATION_FAILED", "format", "format is csv or json."),
        };
        var restaurants = await db.Restaurants.AsNoTracking().Where(r => r.UserId == user.Id)
            .OrderBy(r => r.NormalizedName).ThenBy(r => r.NormalizedCity).ThenBy(r => r.Id).ToListAsync(ct);
        var stats = new Dictionary<Guid, RestaurantStats>();
        foreach (var chunk in restaurants.Select(r => r.Id).Chunk(500))
        {
            foreach (var (id, value) in await RestaurantRules.StatsAsync(db, user.Id, chunk, ct))
            {
                stats[id] = value;
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        http.Response.ContentType = kind == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"meals-restaurants-{now:yyyyMMdd-HHmmss}.{kind}\"";
        if (kind == "json")
        {
            var body = new RestaurantExport("meals-restaurants", 1, now, restaurants.Select(r => RestaurantRules.ToView(r, stats[r.Id])));
            await JsonSerializer.SerializeAsync(http.Response.Body, body, JsonSerializerOptions.Web, ct);
            return;
        }

        await using var writer = new StreamWriter(http.Response.Body, Utf8NoBom, 64 * 1024, leaveOpen: true);
        await using var table = new CsvTable(writer);
        table.Header(CsvColumns);
        foreach (var r in restaurants)
        {
            var s = stats[r.Id];
            table.Row(
                CsvCell.Plain(r.Id.ToString()), r.Name, r.AddressLine1, r.AddressLine2, r.City, r.Region, r.PostalCode, CsvCell.Plain(r.CountryCode),
                r.Cuisine, CsvCell.Plain(r.PriceLevel?.ToString(CultureInfo.InvariantCulture)), CsvCell.Plain(r.Rating?.ToString(CultureInfo.InvariantCulture)),
                r.Website, r.Phone, r.Notes, r.PlaceRef, CsvCell.Number(s.Visits), CsvCell.Plain(s.LastVisit is { } last ? ExpenseRules.FormatDate(last) : null),
                CsvCell.Plain(r.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)),
                CsvCell.Plain(r.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)));
        }
    }
}
