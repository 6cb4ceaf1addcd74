using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Categories;

public sealed class CategoryInput : IValidatableObject
{
    public string? Name { get; init; }

    public string? Colour { get; init; }

    public int? SortOrder { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Text.Clean(Name) is not { } name || Text.Length(name) > 50)
        {
            yield return new ValidationResult("Name must be 1 to 50 characters.", ["name"]);
        }

        if (Colour is not null && !Text.Colour().IsMatch(Colour))
        {
            yield return new ValidationResult("Colour is #rrggbb.", ["colour"]);
        }
    }
}

public sealed record CategoryView(Guid Id, string Name, string Colour, int SortOrder, bool IsDefault, int ExpenseCount);

/// <summary>The rules every category use case shares: at most <see cref="MaxPerUser"/> per user, names unique per user.</summary>
public static class CategoryRules
{
    public const int MaxPerUser = 100;

    public static async Task EnsureUniqueAsync(MealsDb db, Guid userId, string normalized, Guid? except, CancellationToken ct)
    {
        if (await db.Categories.AnyAsync(c => c.UserId == userId && c.NormalizedName == normalized && c.Id != except, ct))
        {
            throw new ProblemException(409, "CATEGORY_DUPLICATE", "A category with this name already exists.");
        }
    }
}
