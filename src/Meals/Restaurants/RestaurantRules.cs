using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Restaurants;

/// <summary>The writable fields of a restaurant (create and replace).</summary>
public sealed class RestaurantInput : IValidatableObject
{
    public string? Name { get; init; }

    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? PostalCode { get; init; }

    public string? CountryCode { get; init; }

    public string? Cuisine { get; init; }

    public int? PriceLevel { get; init; }

    public int? Rating { get; init; }

    public string? Website { get; init; }

    public string? Phone { get; init; }

    public string? Notes { get; init; }

    public string? PlaceRef { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        RestaurantRules.Check(this).Select(e => new ValidationResult(e.Message, [e.Field]));
}

public sealed record CurrencyAmount(string Currency, long AmountMinor);

public sealed record RestaurantStats(int Visits, IReadOnlyList<CurrencyAmount> Totals, DateOnly? LastVisit, IReadOnlyList<CurrencyAmount> AvgPerPerson);

public sealed record RestaurantView(
    Guid Id, string Name, string? AddressLine1, string? AddressLine2, string? City, string? Region, string? PostalCode,
    string? CountryCode, string? Cuisine, int? PriceLevel, int? Rating, string? Website, string? Phone, string? Notes,
    string? PlaceRef, int Version, DateTime CreatedAt, DateTime UpdatedAt, RestaurantStats Stats);

public static partial class RestaurantRules
{
    public static IEnumerable<(string Field, string Message)> Check(RestaurantInput input)
    {
        var name = Text.Clean(input.Name);
        if (name is null || Text.Length(name) > 100)
        {
            yield return ("name", "Name must be 1 to 100 characters.");
        }

        foreach (var (field, value, max) in new[]
        {
            ("addressLine1", input.AddressLine1, 200), ("addressLine2", input.AddressLine2, 200), ("city", input.City, 100),
            ("region", input.Region, 100), ("postalCode", input.PostalCode, 20), ("cuisine", input.Cuisine, 50),
            ("notes", input.Notes, 2000), ("placeRef", input.PlaceRef, 255),
        })
        {
            if (Text.Length(Text.Clean(value)) > max)
            {
                yield return (field, $"At most {max} characters.");
            }
        }

        if (Text.Clean(input.CountryCode) is { } country && NormalizeCountry(country) is null)
        {
            yield return ("countryCode", "Use an ISO 3166-1 alpha-2 country code such as US or DE.");
        }

        if (input.PriceLevel is < 1 or > 4)
        {
            yield return ("priceLevel", "Price level is 1 to 4.");
        }

        if (input.Rating is < 1 or > 5)
        {
            yield return ("rating", "Rating is 1 to 5.");
        }

        if (Text.Clean(input.Website) is { } website && NormalizeWebsite(website) is null)
        {
            yield return ("website", "Website must be an http or https address of at most 500 characters.");
        }

        if (Text.Clean(input.Phone) is { } phone && !Phone().IsMatch(phone))
        {
            yield return ("phone", "Phone is 3 to 30 digits, spaces and + ( ) - . characters.");
        }
    }

    /// <summary>Adds https:// when no scheme is given; accepts only http/https; lower-cases the host; drops any fragment.</summary>
    public static string? NormalizeWebsite(string value)
    {
        var trimmed = value.Trim();
        var scheme = Scheme().Match(trimmed);
        if (!scheme.Success)
        {
            trimmed = "https://" + trimmed;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            return null;
        }

        var builder = new UriBuilder(uri) { Fragment = "", Host = uri.Host.ToLowerInvariant() };
        var result = builder.Uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);
        return result.Length <= 500 ? result : null;
    }

    public static string? NormalizeCountry(string value)
    {
        var upper = value.Trim().ToUpperInvariant();
        if (upper.Length != 2 || !upper.All(char.IsAsciiLetterUpper))
        {
            return null;
        }

        try
        {
            return new RegionInfo(upper).TwoLetterISORegionName == upper ? upper : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static void Apply(Restaurant restaurant, RestaurantInput input)
    {
        restaurant.Name = Text.Clean(input.Name)!;
        restaurant.NormalizedName = Text.NormalizeKey(restaurant.Name);
        restaurant.City = Text.Clean(input.City);
        restaurant.NormalizedCity = Text.NormalizeKey(restaurant.City);
        restaurant.AddressLine1 = Text.Clean(input.AddressLine1);
        restaurant.AddressLine2 = Text.Clean(input.AddressLine2);
        restaurant.Region = Text.Clean(input.Region);
        restaurant.PostalCode = Text.Clean(input.PostalCode);
        restaurant.CountryCode = Text.Clean(input.CountryCode) is { } c ? NormalizeCountry(c) : null;
        restaurant.Cuisine = Text.Clean(input.Cuisine);
        restaurant.PriceLevel = input.PriceLevel;
        restaurant.Rating = input.Rating;
        restaurant.Website = Text.Clean(input.Website) is { } w ? NormalizeWebsite(w) : null;
        restaurant.Phone = Text.Clean(input.Phone);
        restaurant.Notes = Text.Clean(input.Notes);
        restaurant.PlaceRef = Text.Clean(input.PlaceRef);
    }

    /// <summary>409 RESTAURANT_DUPLICATE naming the existing restaurant when another one has the same (name, city).</summary>
    public static async Task EnsureUniqueAsync(MealsDb db, Guid userId, Restaurant candidate, CancellationToken ct)
    {
        var existing = await db.Restaurants.AsNoTracking()
            .Where(r => r.UserId == userId && r.NormalizedName == candidate.NormalizedName && r.NormalizedCity == candidate.NormalizedCity && r.Id != candidate.Id)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            throw new DuplicateRestaurantException(id);
        }
    }

    public static async Task<Dictionary<Guid, RestaurantStats>> StatsAsync(MealsDb db, Guid userId, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var rows = await db.Expenses.AsNoTracking()
            .Where(e => e.UserId == userId && ids.Contains(e.RestaurantId))
            .GroupBy(e => new { e.RestaurantId, e.Currency })
            .Select(g => new
            {
                g.Key.RestaurantId,
                g.Key.Currency,
                Total = g.Sum(e => e.AmountMinor),
                Visits = g.Sum(e => e.AmountMinor > 0 ? 1 : 0),
                SpendPositive = g.Sum(e => e.AmountMinor > 0 ? e.AmountMinor : 0),
                People = g.Sum(e => e.AmountMinor > 0 ? e.PartySize : 0),
                Last = g.Max(e => e.LocalDate),
            })
            .ToListAsync(ct);
        return ids.ToDictionary(id => id, id =>
        {
            var mine = rows.Where(r => r.RestaurantId == id).OrderBy(r => r.Currency, StringComparer.Ordinal).ToList();
            return new RestaurantStats(
                mine.Sum(r => r.Visits),
                mine.Select(r => new CurrencyAmount(r.Currency, r.Total)).ToList(),
                mine.Count == 0 ? null : mine.Max(r => r.Last),
                mine.Where(r => r.People > 0).Select(r => new CurrencyAmount(r.Currency, Money.DivideRounded(r.SpendPositive, r.People))).ToList());
        });
    }

    public static RestaurantView ToView(Restaurant r, RestaurantStats stats) => new(
        r.Id, r.Name, r.AddressLine1, r.AddressLine2, r.City, r.Region, r.PostalCode, r.CountryCode, r.Cuisine, r.PriceLevel,
        r.Rating, r.Website, r.Phone, r.Notes, r.PlaceRef, r.Version, r.CreatedAt, r.UpdatedAt, stats);

    [GeneratedRegex(@"^[0-9 +().\-]{3,30}$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:(?!\d)")]
    private static partial Regex Scheme();
}

public sealed class DuplicateRestaurantException(Guid existingId)
    : Exception("A restaurant with this name and city already exists.")
{
    public Guid ExistingId { get; } = existingId;

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult ToProblem(Guid existingId) => Problems.Create(409, "RESTAURANT_DUPLICATE",
        "A restaurant with this name and city already exists.", new Dictionary<string, object?> { ["existingId"] = existingId });
}
