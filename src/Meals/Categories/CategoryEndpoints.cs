using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Categories;

/// <summary>List, create, rename/recolour/reorder, delete categories; restore the defaults.</summary>
public static class CategoryEndpoints
{
    public const int MaxPerUser = 100;

    public sealed class Input : IValidatableObject
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

    public sealed record View(Guid Id, string Name, string Colour, int SortOrder, bool IsDefault, int ExpenseCount);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/categories", ListAsync);
        group.MapPost("/categories", CreateAsync);
        group.MapPut("/categories/{id:guid}", UpdateAsync);
        group.MapDelete("/categories/{id:guid}", DeleteAsync);
        group.MapPost("/categories/restore-defaults", RestoreDefaultsAsync);
    }

    private static async Task<IResult> ListAsync(MealsDb db, MealsUser user, CancellationToken ct)
    {
        var counts = await db.Expenses.Where(e => e.UserId == user.Id && e.CategoryId != null).GroupBy(e => e.CategoryId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var categories = await db.Categories.AsNoTracking().Where(c => c.UserId == user.Id)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.NormalizedName).ToListAsync(ct);
        return TypedResults.Ok(categories.Select(c => new View(c.Id, c.Name, c.Colour, c.SortOrder, c.IsDefault, counts.GetValueOrDefault(c.Id))).ToList());
    }

    private static async Task<IResult> CreateAsync(Input input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var category = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var name = Text.Clean(input.Name)!;
            await EnsureUniqueAsync(db, user.Id, Text.NormalizeKey(name), null, token);
            var count = await db.Categories.CountAsync(c => c.UserId == user.Id, token);
            if (count >= MaxPerUser)
            {
                throw new ProblemException(422, "CATEGORY_LIMIT", $"A user can have at most {MaxPerUser} categories.");
            }

            var created = new Category
            {
                Id = Guid.CreateVersion7(),
                UserId = user.Id,
                Name = name,
                NormalizedName = Text.NormalizeKey(name),
                Colour = (input.Colour ?? "#6b7280").ToLowerInvariant(),
                SortOrder = input.SortOrder ?? count,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Categories.Add(created);
            return created;
        }, ct);
        return TypedResults.Created($"/api/meals/categories/{category.Id}", new View(category.Id, category.Name, category.Colour, category.SortOrder, false, 0));
    }

    private static async Task<IResult> UpdateAsync(Guid id, Input input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var category = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var existing = await db.Categories.FirstOrDefaultAsync(c => c.Id == id && c.UserId == user.Id, token) ?? throw MealsProblems.NotFound("category");
            var name = Text.Clean(input.Name)!;
            await EnsureUniqueAsync(db, user.Id, Text.NormalizeKey(name), id, token);
            existing.Name = name;
            existing.NormalizedName = Text.NormalizeKey(name);
            existing.Colour = (input.Colour ?? existing.Colour).ToLowerInvariant();
            existing.SortOrder = input.SortOrder ?? existing.SortOrder;
            existing.UpdatedAt = now;
            return existing;
        }, ct);
        var count = await db.Expenses.CountAsync(e => e.UserId == user.Id && e.CategoryId == id, ct);
        return TypedResults.Ok(new View(category.Id, category.Name, category.Colour, category.SortOrder, category.IsDefault, count));
    }

    /// <summary>Its expenses become uncategorised and its budgets go with it.</summary>
    private static async Task<IResult> DeleteAsync(Guid id, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var existing = await db.Categories.FirstOrDefaultAsync(c => c.Id == id && c.UserId == user.Id, token) ?? throw MealsProblems.NotFound("category");
            await db.Expenses.Where(e => e.UserId == user.Id && e.CategoryId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.CategoryId, (Guid?)null).SetProperty(e => e.UpdatedAt, now).SetProperty(e => e.Version, e => e.Version + 1), token);
            await db.Budgets.Where(b => b.UserId == user.Id && b.CategoryId == id).ExecuteDeleteAsync(token);
            db.Categories.Remove(existing);
        }, ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> RestoreDefaultsAsync(MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var added = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var names = await db.Categories.Where(c => c.UserId == user.Id).Select(c => c.NormalizedName).ToListAsync(token);
            return MealsAccess.AddMissingDefaults(db, user.Id, names, now);
        }, ct);
        return TypedResults.Ok(new { added });
    }

    private static async Task EnsureUniqueAsync(MealsDb db, Guid userId, string normalized, Guid? except, CancellationToken ct)
    {
        if (await db.Categories.AnyAsync(c => c.UserId == userId && c.NormalizedName == normalized && c.Id != except, ct))
        {
            throw new ProblemException(409, "CATEGORY_DUPLICATE", "A category with this name already exists.");
        }
    }
}
