using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Tags;

public static class CreateTag
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/tags", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<TagView>> HandleAsync(TagInput input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var name = TagRules.ValidName(input.Name);
        var tag = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            await TagRules.EnsureUniqueAsync(db, user.Id, name, null, token);
            var created = (await TagResolver.ResolveAsync(db, user.Id, [name], now, token))[0];
            created.Colour = (input.Colour ?? created.Colour).ToLowerInvariant();
            return created;
        }, ct);
        return TypedResults.Created($"/api/meals/tags/{tag.Id}", new TagView(tag.Id, tag.Name, tag.Colour, 0, [], null));
    }
}
