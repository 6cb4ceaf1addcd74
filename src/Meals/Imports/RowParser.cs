using System.Globalization;
using Quartet.Meals.Common;
using Quartet.Meals.Expenses;
using Quartet.Meals.Restaurants;
using Quartet.Meals.Tags;

namespace Quartet.Meals.Imports;

public sealed record ImportOptions(string DateOrder, string SignConvention, string DefaultCurrency);

public sealed record RestaurantFields(
    string Name, string? AddressLine1, string? AddressLine2, string? City, string? Region, string? PostalCode, string? CountryCode,
    string? Cuisine, int? PriceLevel, int? Rating, string? Website, string? Phone);

/// <summary>One import row read with the batch options; null fields were blank.</summary>
public sealed record ParsedRow(
    Guid? Id, string LocalDate, string? LocalTime, string TimeZone, long AmountMinor, string Currency, RestaurantFields Restaurant,
    string? Category, string? MealType, string? OrderType, int PartySize, string? Notes, List<string> Tags, string? PostedDate);

public sealed record RowOutcome(ParsedRow? Parsed, List<string> Errors, List<string> Warnings);

public static class RowParser
{
    private static readonly Dictionary<string, (string Field, string Value)> TypeSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["take-out"] = ("orderType", "takeout"),
        ["take out"] = ("orderType", "takeout"),
        ["to go"] = ("orderType", "takeout"),
        ["to-go"] = ("orderType", "takeout"),
        ["takeaway"] = ("orderType", "takeout"),
        ["drive-thru"] = ("orderType", "drive_through"),
        ["drive thru"] = ("orderType", "drive_through"),
        ["drive-through"] = ("orderType", "drive_through"),
        ["dine-in"] = ("orderType", "dine_in"),
        ["dine in"] = ("orderType", "dine_in"),
        ["snacks"] = ("mealType", "snack"),
        ["drink"] = ("mealType", "drinks"),
        ["desserts"] = ("mealType", "dessert"),
    };

    public static RowOutcome Parse(IReadOnlyDictionary<string, string?> raw, ImportOptions options, string userZone, DateOnly today)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        string? Get(string field) => raw.TryGetValue(field, out var v) ? Text.Clean(v) : null;

        var zone = userZone;
        if (Get("timeZone") is { } tz)
        {
            if (Zones.Canonical(tz) is { } canonical)
            {
                zone = canonical;
            }
            else
            {
                errors.Add($"Unknown time zone '{tz}'.");
            }
        }

        DateOnly? date = null;
        TimeOnly? time = null;
        var dayFirst = options.DateOrder == "DMY";
        if (Get("date") is { } dateText)
        {
            date = ValueParsers.ParseDate(dateText, dayFirst);
            if (date is null)
            {
                errors.Add($"'{dateText}' is not a date.");
            }
        }

        if (Get("datetime") is { } dateTimeText)
        {
            var parsed = ValueParsers.ParseDateTime(dateTimeText);
            if (parsed is null)
            {
                errors.Add($"'{dateTimeText}' is not a date and time.");
            }
            else
            {
                var local = parsed.Value.IsInstant ? TimeZoneInfo.ConvertTimeFromUtc(parsed.Value.Value, Zones.Find(zone)) : parsed.Value.Value;
                date ??= DateOnly.FromDateTime(local);
                time = new TimeOnly(local.Hour, local.Minute);
            }
        }
        else if (date is null && Get("date") is null)
        {
            errors.Add("The date is missing.");
        }

        if (Get("time") is { } timeText)
        {
            time = ValueParsers.ParseTime(timeText);
            if (time is null)
            {
                errors.Add($"'{timeText}' is not a time.");
            }
        }

        if (date is { } d && (d < ExpenseRules.MinDate || d > today.AddDays(1)))
        {
            errors.Add($"The date {ExpenseRules.FormatDate(d)} is out of range (1970-01-01 to {ExpenseRules.FormatDate(today.AddDays(1))}).");
        }

        var columnCurrency = Get("currency");
        if (columnCurrency is not null && Currencies.Normalize(columnCurrency) is null)
        {
            errors.Add($"Unknown currency '{columnCurrency}'.");
        }

        long amount = 0;
        var currency = Currencies.Normalize(columnCurrency) ?? options.DefaultCurrency;
        if (Get("amountMinor") is { } minorText)
        {
            if (long.TryParse(minorText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var minor) && minor != 0 && Math.Abs(minor) <= Money.MaxAbsMinor)
            {
                amount = minor;
            }
            else
            {
                errors.Add($"'{minorText}' is not a valid amount in minor units.");
            }
        }
        else
        {
            var (parsed, error) = ValueParsers.ParseAmount(Get("amount"), columnCurrency, options.DefaultCurrency);
            if (parsed is null)
            {
                errors.Add(error!);
            }
            else
            {
                currency = parsed.Currency!;
                var spend = options.SignConvention == "spendNegative" ? parsed.Negative : !parsed.Negative;
                amount = spend ? parsed.Minor : -parsed.Minor;
            }
        }

        var name = Get("restaurant");
        if (name is null)
        {
            errors.Add("The restaurant is missing.");
        }
        else if (Text.Length(name) > 100)
        {
            errors.Add("The restaurant name is longer than 100 characters.");
        }

        var restaurantInput = new RestaurantInput
        {
            Name = name ?? "-",
            AddressLine1 = Get("address"),
            AddressLine2 = Get("address2"),
            City = Get("city"),
            Region = Get("region"),
            PostalCode = Get("postalCode"),
            CountryCode = Get("country"),
            Cuisine = Get("cuisine"),
            PriceLevel = int.TryParse(Get("priceLevel"), CultureInfo.InvariantCulture, out var price) ? price : null,
            Rating = int.TryParse(Get("rating"), CultureInfo.InvariantCulture, out var rating) ? rating : null,
            Website = Get("website"),
            Phone = Get("phone"),
        };
        var restaurantProblems = RestaurantRules.Check(restaurantInput).Where(p => p.Field != "name").ToList();
        foreach (var (field, message) in restaurantProblems)
        {
            warnings.Add($"Restaurant {field} ignored: {message}");
        }

        var bad = restaurantProblems.Select(p => p.Field).ToHashSet();
        var restaurant = new RestaurantFields(
            name ?? "",
            bad.Contains("addressLine1") ? null : restaurantInput.AddressLine1,
            bad.Contains("addressLine2") ? null : restaurantInput.AddressLine2,
            bad.Contains("city") ? null : restaurantInput.City,
            bad.Contains("region") ? null : restaurantInput.Region,
            bad.Contains("postalCode") ? null : restaurantInput.PostalCode,
            bad.Contains("countryCode") || restaurantInput.CountryCode is null ? null : RestaurantRules.NormalizeCountry(restaurantInput.CountryCode),
            bad.Contains("cuisine") ? null : restaurantInput.Cuisine,
            bad.Contains("priceLevel") ? null : restaurantInput.PriceLevel,
            bad.Contains("rating") ? null : restaurantInput.Rating,
            bad.Contains("website") || restaurantInput.Website is null ? null : RestaurantRules.NormalizeWebsite(restaurantInput.Website),
            bad.Contains("phone") ? null : restaurantInput.Phone);

        var mealType = TypeOf(Get("mealType"), "mealType", ExpenseRules.MealTypes, warnings);
        var orderType = TypeOf(Get("orderType"), "orderType", ExpenseRules.OrderTypes, warnings);

        var partySize = 1;
        if (Get("partySize") is { } party && (!int.TryParse(party, CultureInfo.InvariantCulture, out partySize) || partySize is < 1 or > 50))
        {
            errors.Add($"Party size '{party}' is not 1 to 50.");
        }

        var notes = Get("notes");
        if (Text.Length(notes) > 2000)
        {
            errors.Add("The notes are longer than 2,000 characters.");
        }

        var category = Get("category");
        if (Text.Length(category) > 101)
        {
            errors.Add("The category name is too long.");
        }

        var tags = new List<string>();
        if (Get("tags") is { } tagText)
        {
            foreach (var piece in tagText.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var tag = Text.NormalizeTag(piece);
                if (tag is null || tag.Length > 30)
                {
                    errors.Add($"'{piece}' is not a valid tag.");
                }
                else if (!tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
                {
                    tags.Add(tag);
                }
            }

            if (tags.Count > TagResolver.MaxTagsPerExpense)
            {
                errors.Add($"At most {TagResolver.MaxTagsPerExpense} tags.");
            }
        }

        DateOnly? posted = null;
        if (Get("postedDate") is { } postedText)
        {
            posted = ValueParsers.ParseDate(postedText, dayFirst);
            if (posted is null)
            {
                errors.Add($"'{postedText}' is not a posted date.");
            }
            else if (date is { } expenseDate && posted < expenseDate)
            {
                errors.Add("The posted date is before the expense date.");
            }
            else if (date is { } expenseDay && posted.Value.DayNumber - expenseDay.DayNumber > 3)
            {
                warnings.Add("The posted date is more than 3 days after the date.");
            }
        }

        Guid? id = Guid.TryParse(Get("id"), out var parsedId) ? parsedId : null;
        if (errors.Count > 0 || date is null)
        {
            return new RowOutcome(null, errors, warnings);
        }

        return new RowOutcome(new ParsedRow(id, ExpenseRules.FormatDate(date.Value), ExpenseRules.FormatTime(time), zone, amount, currency, restaurant,
            category, mealType, orderType, partySize, notes, tags, posted is { } p ? ExpenseRules.FormatDate(p) : null), errors, warnings);
    }

    private static string? TypeOf(string? value, string field, string[] allowed, List<string> warnings)
    {
        if (value is null)
        {
            return null;
        }

        var lower = value.ToLowerInvariant();
        var underscored = lower.Replace(' ', '_').Replace('-', '_');
        if (allowed.Contains(lower))
        {
            return lower;
        }

        if (allowed.Contains(underscored))
        {
            return underscored;
        }

        if (TypeSynonyms.TryGetValue(lower, out var synonym) && synonym.Field == field)
        {
            return synonym.Value;
        }

        warnings.Add($"'{value}' is not a known {(field == "mealType" ? "meal type" : "order type")}; left empty.");
        return null;
    }
}
