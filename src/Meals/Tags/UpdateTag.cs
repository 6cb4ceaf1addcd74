using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Tags;

public static class UpdateTag
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/tags/{id:guid}", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<TagView>> HandleAsync(Guid id, TagInput input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var tag = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var existing = await db.Tags.FirstOrDefaultAsync(t => t.Id == id && t.UserId == user.Id, token) ?? throw MealsProblems.NotFound("tag");
            if (input.Name is not null)
            {
                var name = TagRules.ValidName(input.Name);
                await TagRules.EnsureUniqueAsync(db, user.Id, name, id, token);
                existing.Name = name;
                existing.NormalizedName = name.ToLowerInvariant();
            }

            existing.Colour = (input.Colour ?? existing.Colour).ToLowerInvariant();
            existing.UpdatedAt = now;
            return existing;
        }, ct);
        return TypedResults.Ok(new TagView(tag.Id, tag.Name, tag.Colour, 0, [], null));
    }
}
