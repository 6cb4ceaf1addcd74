using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Restaurants;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Tags;

/// <summary>List, create, rename/recolour, delete and merge tags.</summary>
public static class TagEndpoints
{
    public sealed class Input : IValidatableObject
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

    public sealed class MergeInput
    {
        [Required]
        public Guid? IntoTagId { get; init; }
    }

    public sealed record View(Guid Id, string Name, string Colour, int UseCount, IReadOnlyList<CurrencyAmount> Totals, string? LastUsed);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/tags", ListAsync);
        group.MapPost("/tags", CreateAsync);
        group.MapPut("/tags/{id:guid}", UpdateAsync);
        group.MapDelete("/tags/{id:guid}", DeleteAsync);
        group.MapPost("/tags/{id:guid}/merge", MergeAsync);
    }

    private static async Task<IResult> ListAsync(MealsDb db, MealsUser user, CancellationToken ct, string? q = null)
    {
        var tags = db.Tags.AsNoTracking().Where(t => t.UserId == user.Id);
        if (Text.Clean(q) is { } prefix)
        {
            var lower = prefix.ToLowerInvariant();
            tags = tags.Where(t => t.NormalizedName.StartsWith(lower));
        }

        var list = await tags.OrderBy(t => t.NormalizedName).ToListAsync(ct);
        var ids = list.Select(t => t.Id).ToList();
        var usage = await (
            from et in db.ExpenseTags
            join e in db.Expenses on et.ExpenseId equals e.Id
            where ids.Contains(et.TagId)
            group e by new { et.TagId, e.Currency } into g
            select new { g.Key.TagId, g.Key.Currency, Count = g.Count(), Total = g.Sum(e => e.AmountMinor), Last = g.Max(e => e.LocalDate) }).ToListAsync(ct);
        return TypedResults.Ok(list.Select(t =>
        {
            var mine = usage.Where(u => u.TagId == t.Id).OrderBy(u => u.Currency, StringComparer.Ordinal).ToList();
            return new View(t.Id, t.Name, t.Colour, mine.Sum(u => u.Count), mine.Select(u => new CurrencyAmount(u.Currency, u.Total)).ToList(),
                mine.Count == 0 ? null : Expenses.ExpenseRules.FormatDate(mine.Max(u => u.Last)));
        }).ToList());
    }

    private static async Task<IResult> CreateAsync(Input input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var name = ValidName(input.Name);
        var tag = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            await EnsureUniqueAsync(db, user.Id, name, null, token);
            var created = (await TagResolver.ResolveAsync(db, user.Id, [name], now, token))[0];
            created.Colour = (input.Colour ?? created.Colour).ToLowerInvariant();
            return created;
        }, ct);
        return TypedResults.Created($"/api/meals/tags/{tag.Id}", new View(tag.Id, tag.Name, tag.Colour, 0, [], null));
    }

    private static async Task<IResult> UpdateAsync(Guid id, Input input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var tag = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var existing = await db.Tags.FirstOrDefaultAsync(t => t.Id == id && t.UserId == user.Id, token) ?? throw MealsProblems.NotFound("tag");
            if (input.Name is not null)
            {
                var name = ValidName(input.Name);
                await EnsureUniqueAsync(db, user.Id, name, id, token);
                existing.Name = name;
                existing.NormalizedName = name.ToLowerInvariant();
            }

            existing.Colour = (input.Colour ?? existing.Colour).ToLowerInvariant();
            existing.UpdatedAt = now;
            return existing;
        }, ct);
        return TypedResults.Ok(new View(tag.Id, tag.Name, tag.Colour, 0, [], null));
    }

    private static async Task<IResult> DeleteAsync(Guid id, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            await db.LockUserAsync(user.Id, clock.GetUtcNow().UtcDateTime, token);
            var existing = await db.Tags.FirstOrDefaultAsync(t => t.Id == id && t.UserId == user.Id, token) ?? throw MealsProblems.NotFound("tag");
            await db.ExpenseTags.Where(et => et.TagId == id).ExecuteDeleteAsync(token);
            db.Tags.Remove(existing);
        }, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Moves every use of the tag to the target (an expense holding both keeps one link) and deletes the tag.</summary>
    private static async Task<IResult> MergeAsync(Guid id, MergeInput input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var into = input.IntoTagId!.Value;
        if (into == id)
        {
            throw MealsProblems.Field("TAG_MERGE_SAME", "intoTagId", "A tag cannot be merged into itself.");
        }

        var moved = await db.InTransactionAsync(async token =>
        {
            await db.LockUserAsync(user.Id, clock.GetUtcNow().UtcDateTime, token);
            var source = await db.Tags.FirstOrDefaultAsync(t => t.Id == id && t.UserId == user.Id, token) ?? throw MealsProblems.NotFound("tag");
            if (!await db.Tags.AnyAsync(t => t.Id == into && t.UserId == user.Id, token))
            {
                throw MealsProblems.NotFound("tag");
            }

            var links = await db.ExpenseTags.Where(et => et.TagId == id && !db.ExpenseTags.Any(o => o.ExpenseId == et.ExpenseId && o.TagId == into))
                .ToListAsync(token);
            await db.ExpenseTags.Where(et => et.TagId == id).ExecuteDeleteAsync(token);
            db.ChangeTracker.Clear();
            db.ExpenseTags.AddRange(links.Select(l => new ExpenseTag { ExpenseId = l.ExpenseId, TagId = into, Position = l.Position }));
            db.Tags.Attach(source);
            db.Tags.Remove(source);
            return links.Count;
        }, ct);
        return TypedResults.Ok(new { moved });
    }

    private static string ValidName(string? raw)
    {
        var name = Text.NormalizeTag(raw);
        return name is null || name.Length > 30
            ? throw MealsProblems.Field("TAG_NAME_INVALID", "name", "A tag name is 1–30 letters, digits, '-' or '_'.")
            : name;
    }

    private static async Task EnsureUniqueAsync(MealsDb db, Guid userId, string name, Guid? except, CancellationToken ct)
    {
        var key = name.ToLowerInvariant();
        if (await db.Tags.AnyAsync(t => t.UserId == userId && t.NormalizedName == key && t.Id != except, ct))
        {
            throw new ProblemException(409, "TAG_DUPLICATE", "A tag with this name already exists.");
        }
    }
}
