using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Tags;

public static class MergeTags
{
    /// <summary>How many expenses the merge moved onto the target tag.</summary>
    public sealed record TagMerge(int Moved);

    public sealed class TagMergeInput
    {
        [Required]
        public Guid? IntoTagId { get; init; }
    }

    public static void Map(RouteGroupBuilder group) => group.MapPost("/tags/{id:guid}/merge", HandleAsync);

    /// <summary>Moves every use of the tag to the target (an expense holding both keeps one link) and deletes the tag.</summary>
    private static async Task<Ok<TagMerge>> HandleAsync(Guid id, TagMergeInput input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
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
        return TypedResults.Ok(new TagMerge(moved));
    }
}
