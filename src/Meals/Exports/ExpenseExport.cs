using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Expenses;
using Quartet.Meals.Imports;
using Quartet.Platform.Csv;

namespace Quartet.Meals.Exports;

/// <summary>Writes expenses as CSV or as this app's JSON envelope, streaming in chunks so memory stays flat.</summary>
public static class ExpenseExport
{
    public static readonly string[] CsvColumns =
    [
        "id", "date", "time", "time_zone", "amount", "currency", "restaurant", "restaurant_address_line1", "restaurant_address_line2",
        "restaurant_city", "restaurant_region", "restaurant_postal_code", "restaurant_country", "restaurant_cuisine", "restaurant_price_level",
        "restaurant_rating", "restaurant_website", "restaurant_phone", "category", "meal_type", "order_type", "party_size", "tags", "notes",
        "posted_date", "created_at", "updated_at",
    ];

    private const int ChunkSize = 2000;
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    private sealed record Row(Expense Expense, Restaurant Restaurant, string? Category, List<string> Tags);

    public static async Task WriteCsvAsync(Stream output, MealsDb db, Guid userId, IQueryable<Expense> expenses, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, Utf8NoBom, 64 * 1024, leaveOpen: true);
        await using var table = new CsvTable(writer);
        table.Header(CsvColumns);
        await foreach (var row in RowsAsync(db, userId, expenses, ct))
        {
            var e = row.Expense;
            var r = row.Restaurant;
            table.Row(
                CsvCell.Plain(e.Id.ToString()), CsvCell.Plain(ExpenseRules.FormatDate(e.LocalDate)), CsvCell.Plain(ExpenseRules.FormatTime(e.LocalTime)),
                CsvCell.Plain(e.TimeZone), CsvCell.Plain(Currencies.FormatDecimal(e.AmountMinor, e.Currency)), CsvCell.Plain(e.Currency), r.Name,
                r.AddressLine1, r.AddressLine2, r.City, r.Region, r.PostalCode, CsvCell.Plain(r.CountryCode), r.Cuisine,
                CsvCell.Plain(r.PriceLevel?.ToString(CultureInfo.InvariantCulture)), CsvCell.Plain(r.Rating?.ToString(CultureInfo.InvariantCulture)),
                r.Website, r.Phone, row.Category, CsvCell.Plain(e.MealType), CsvCell.Plain(e.OrderType), CsvCell.Number(e.PartySize),
                string.Join(';', row.Tags), e.Notes, CsvCell.Plain(e.PostedDate is { } p ? ExpenseRules.FormatDate(p) : null),
                CsvCell.Plain(Iso(e.CreatedAt)), CsvCell.Plain(Iso(e.UpdatedAt)));
        }
    }

    public static async Task WriteJsonAsync(Stream output, MealsDb db, Guid userId, IQueryable<Expense> expenses, DateTime exportedAt, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("format", ImportFile.Envelope);
        json.WriteNumber("version", 1);
        json.WriteString("exportedAt", exportedAt);
        json.WriteStartArray("categories");
        foreach (var c in await db.Categories.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.SortOrder).ThenBy(c => c.NormalizedName).ToListAsync(ct))
        {
            json.WriteStartObject();
            json.WriteString("id", c.Id);
            json.WriteString("name", c.Name);
            json.WriteString("colour", c.Colour);
            json.WriteNumber("sortOrder", c.SortOrder);
            json.WriteBoolean("isDefault", c.IsDefault);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tags");
        foreach (var t in await db.Tags.AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.NormalizedName).ToListAsync(ct))
        {
            json.WriteStartObject();
            json.WriteString("id", t.Id);
            json.WriteString("name", t.Name);
            json.WriteString("colour", t.Colour);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var restaurants = new Dictionary<Guid, Restaurant>();
        json.WriteStartArray("expenses");
        await foreach (var row in RowsAsync(db, userId, expenses, ct))
        {
            var e = row.Expense;
            restaurants.TryAdd(row.Restaurant.Id, row.Restaurant);
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("restaurantId", e.RestaurantId);
            json.WriteNumber("amountMinor", e.AmountMinor);
            json.WriteString("currency", e.Currency);
            json.WriteString("localDate", ExpenseRules.FormatDate(e.LocalDate));
            WriteNullable(json, "localTime", ExpenseRules.FormatTime(e.LocalTime));
            json.WriteString("timeZone", e.TimeZone);
            json.WriteString("occurredAt", e.OccurredAt);
            WriteNullable(json, "postedDate", e.PostedDate is { } p ? ExpenseRules.FormatDate(p) : null);
            WriteNullable(json, "category", row.Category);
            WriteNullable(json, "mealType", e.MealType);
            WriteNullable(json, "orderType", e.OrderType);
            json.WriteNumber("partySize", e.PartySize);
            WriteNullable(json, "notes", e.Notes);
            json.WriteStartArray("tags");
            foreach (var tag in row.Tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteString("source", e.Source);
            json.WriteString("createdAt", e.CreatedAt);
            json.WriteString("updatedAt", e.UpdatedAt);
            json.WriteEndObject();
            if (json.BytesPending > 32 * 1024)
            {
                await json.FlushAsync(ct);
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("restaurants");
        foreach (var r in restaurants.Values.OrderBy(r => r.NormalizedName, StringComparer.Ordinal).ThenBy(r => r.Id))
        {
            JsonSerializer.SerializeToElement(new
            {
                r.Id,
                r.Name,
                r.AddressLine1,
                r.AddressLine2,
                r.City,
                r.Region,
                r.PostalCode,
                r.CountryCode,
                r.Cuisine,
                r.PriceLevel,
                r.Rating,
                r.Website,
                r.Phone,
                r.Notes,
                r.PlaceRef,
                r.CreatedAt,
                r.UpdatedAt,
            }, JsonSerializerOptions.Web).WriteTo(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static async IAsyncEnumerable<Row> RowsAsync(MealsDb db, Guid userId, IQueryable<Expense> expenses,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        // Content order, not id order: ids made within one millisecond are not monotonic, and a re-import must export identically.
        var orderedIds = await expenses.OrderBy(e => e.LocalDate).ThenBy(e => e.LocalTime).ThenBy(e => e.Currency).ThenBy(e => e.AmountMinor)
            .ThenBy(e => e.Notes).ThenBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        var restaurants = new Dictionary<Guid, Restaurant>();
        var categories = await db.Categories.AsNoTracking().Where(c => c.UserId == userId).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var tagNames = await db.Tags.AsNoTracking().Where(t => t.UserId == userId).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        foreach (var idChunk in orderedIds.Chunk(ChunkSize))
        {
            var byId = await db.Expenses.AsNoTracking().Where(e => e.UserId == userId && idChunk.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
            var chunk = idChunk.Select(id => byId[id]).ToList();
            var links = (await db.ExpenseTags.AsNoTracking().Where(et => idChunk.Contains(et.ExpenseId)).ToListAsync(ct)).ToLookup(et => et.ExpenseId);
            var missing = chunk.Select(e => e.RestaurantId).Where(id => !restaurants.ContainsKey(id)).Distinct().ToList();
            foreach (var r in await db.Restaurants.AsNoTracking().Where(r => r.UserId == userId && missing.Contains(r.Id)).ToListAsync(ct))
            {
                restaurants[r.Id] = r;
            }

            foreach (var e in chunk)
            {
                yield return new Row(e, restaurants[e.RestaurantId], e.CategoryId is { } c ? categories.GetValueOrDefault(c) : null,
                    links[e.Id].OrderBy(l => l.Position).Select(l => tagNames.GetValueOrDefault(l.TagId)).OfType<string>().ToList());
            }
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string Iso(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
