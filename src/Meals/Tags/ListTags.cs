using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Restaurants;

namespace Quartet.Meals.Tags;

public static class ListTags
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/tags", HandleAsync);

    private static async Task<Ok<List<TagView>>> HandleAsync(MealsDb db, MealsUser user, CancellationToken ct, string? q = null)
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
            return new TagView(t.Id, t.Name, t.Colour, mine.Sum(u => u.Count), mine.Select(u => new CurrencyAmount(u.Currency, u.Total)).ToList(),
                mine.Count == 0 ? null : Expenses.ExpenseRules.FormatDate(mine.Max(u => u.Last)));
        }).ToList());
    }
}
