using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Restaurants;
using Quartet.Platform.Http;

namespace Quartet.Meals.Tags;

public sealed class TagInput : IValidatableObject
{
    public string? Name { get; init; }

    public string? Colour { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Colour is not null && !Text.Colour().IsMatch(Colour))
        {
            yield return new ValidationResult("Colour is #rrggbb.", ["colour"]);
        }
    }
}

public sealed record TagView(Guid Id, string Name, string Colour, int UseCount, IReadOnlyList<CurrencyAmount> Totals, string? LastUsed);

/// <summary>The rules every tag use case shares: a valid name, unique per user.</summary>
public static class TagRules
{
    public static string ValidName(string? raw)
    {
        var name = Text.NormalizeTag(raw);
        return name is null || name.Length > 30
            ? throw MealsProblems.Field("TAG_NAME_INVALID", "name", "A tag name is 1–30 letters, digits, '-' or '_'.")
            : name;
    }

    public static async Task EnsureUniqueAsync(MealsDb db, Guid userId, string name, Guid? except, CancellationToken ct)
    {
        var key = name.ToLowerInvariant();
        if (await db.Tags.AnyAsync(t => t.UserId == userId && t.NormalizedName == key && t.Id != except, ct))
        {
            throw new ProblemException(409, "TAG_DUPLICATE", "A tag with this name already exists.");
        }
    }
}
