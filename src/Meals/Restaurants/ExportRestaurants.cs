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
using Quartet.Meals.Imports;

namespace Quartet.Meals.Restaurants;

/// <summary>GET /restaurants/export?format=csv|json: every restaurant of the user with its visit stats.</summary>
public static class ExportRestaurants
{
    public static readonly string[] CsvColumns =
    [
        "id", "name", "address_line1", "address_line2", "city", "region", "postal_code", "country", "cuisine", "price_level", "rating",
        "website", "phone", "notes", "place_ref", "visits", "last_visit", "created_at", "updated_at",
    ];

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static void Map(RouteGroupBuilder group) => group.MapGet("/restaurants/export", HandleAsync);

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
            var body = new { Format = "meals-restaurants", Version = 1, ExportedAt = now, Restaurants = restaurants.Select(r => RestaurantRules.ToView(r, stats[r.Id])) };
            await JsonSerializer.SerializeAsync(http.Response.Body, body, JsonSerializerOptions.Web, ct);
            return;
        }

        await using var writer = new StreamWriter(http.Response.Body, Utf8NoBom, 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', CsvColumns));
        foreach (var r in restaurants)
        {
            var s = stats[r.Id];
            string?[] cells =
            [
                r.Id.ToString(), Formula.Escape(r.Name), Formula.Escape(r.AddressLine1), Formula.Escape(r.AddressLine2), Formula.Escape(r.City),
                Formula.Escape(r.Region), Formula.Escape(r.PostalCode), r.CountryCode, Formula.Escape(r.Cuisine),
                r.PriceLevel?.ToString(CultureInfo.InvariantCulture), r.Rating?.ToString(CultureInfo.InvariantCulture), Formula.Escape(r.Website),
                Formula.Escape(r.Phone), Formula.Escape(r.Notes), Formula.Escape(r.PlaceRef), s.Visits.ToString(CultureInfo.InvariantCulture),
                s.LastVisit is { } last ? ExpenseRules.FormatDate(last) : null,
                r.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), r.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ];
            await writer.WriteLineAsync(string.Join(',', cells.Select(c => Csv.Quote(c))));
        }
    }
}
