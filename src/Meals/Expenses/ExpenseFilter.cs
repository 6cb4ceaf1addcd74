using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Expenses;

/// <summary>The list filters of <c>GET /expenses</c>, shared by the summary and the export.</summary>
public sealed class ExpenseFilter
{
    public string? Q { get; private init; }

    public DateOnly? From { get; private init; }

    public DateOnly? To { get; private init; }

    public List<Guid> CategoryIds { get; } = [];

    public bool IncludeUncategorised { get; private set; }

    public string? MealType { get; private init; }

    public string? OrderType { get; private init; }

    public List<Guid> RestaurantIds { get; } = [];

    public List<string> Tags { get; } = [];

    public long? MinAmount { get; private init; }

    public long? MaxAmount { get; private init; }

    public string? Currency { get; private init; }

    public bool? HasReceipt { get; private init; }

    public Guid? ImportId { get; private init; }

    public string Sort { get; private init; } = "date";

    public bool Descending { get; private init; } = true;

    public static ExpenseFilter Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        T? One<T>(string name, Func<string, T?> parse, string message) where T : struct
        {
            var raw = query[name].ToString();
            if (string.IsNullOrWhiteSpace(raw))
            {
                return null;
            }

            var value = parse(raw.Trim());
            if (value is null)
            {
                errors[name] = [message];
            }

            return value;
        }

        var sort = (query["sort"].ToString() is { Length: > 0 } s ? s : "date").ToLowerInvariant();
        if (sort is not ("date" or "amount" or "restaurant" or "createdat"))
        {
            errors["sort"] = ["sort is one of date, amount, restaurant, createdAt."];
        }

        var order = query["order"].ToString().ToLowerInvariant();
        var currency = Text.Clean(query["currency"].ToString());
        if (currency is not null && Currencies.Normalize(currency) is null)
        {
            errors["currency"] = ["Unknown currency."];
        }

        var meal = Text.Clean(query["mealType"].ToString());
        if (meal is not null && meal != "none" && !ExpenseRules.MealTypes.Contains(meal))
        {
            errors["mealType"] = ["Unknown meal type."];
        }

        var orderType = Text.Clean(query["orderType"].ToString());
        if (orderType is not null && !ExpenseRules.OrderTypes.Contains(orderType))
        {
            errors["orderType"] = ["Unknown order type."];
        }

        var filter = new ExpenseFilter
        {
            Q = Text.Clean(query["q"].ToString())?.ToLowerInvariant(),
            From = One("from", v => ExpenseRules.ParseDate(v), "Use a date like 2025-03-07."),
            To = One("to", v => ExpenseRules.ParseDate(v), "Use a date like 2025-03-07."),
            MealType = meal,
            OrderType = orderType,
            MinAmount = One("minAmount", v => long.TryParse(v, out var l) ? l : (long?)null, "Minor units, an integer."),
            MaxAmount = One("maxAmount", v => long.TryParse(v, out var l) ? l : (long?)null, "Minor units, an integer."),
            Currency = Currencies.Normalize(currency),
            HasReceipt = One("hasReceipt", v => bool.TryParse(v, out var b) ? b : (bool?)null, "true or false."),
            ImportId = One("importId", v => Guid.TryParse(v, out var g) ? g : (Guid?)null, "An import id."),
            Sort = sort,
            Descending = order != "asc",
        };
        foreach (var raw in query["categoryId"])
        {
            if (raw == "none")
            {
                filter.IncludeUncategorised = true;
            }
            else if (Guid.TryParse(raw, out var id))
            {
                filter.CategoryIds.Add(id);
            }
            else
            {
                errors["categoryId"] = ["A category id or 'none'."];
            }
        }

        foreach (var raw in query["restaurantId"])
        {
            if (Guid.TryParse(raw, out var id))
            {
                filter.RestaurantIds.Add(id);
            }
            else
            {
                errors["restaurantId"] = ["A restaurant id."];
            }
        }

        filter.Tags.AddRange(query["tag"].Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Text.NormalizeTag(t)?.ToLowerInvariant() ?? t!.ToLowerInvariant()));
        if (errors.Count > 0)
        {
            throw new ProblemException(400, "VALIDATION_FAILED", "One or more filters are invalid.", errors);
        }

        return filter;
    }

    /// <summary>Whether the month rows can answer aggregates under this filter: it names nothing but dates, currency, categories and meal type.</summary>
    public bool FitsMonthTotals => Q is null && OrderType is null && RestaurantIds.Count == 0 && Tags.Count == 0 && MinAmount is null && MaxAmount is null
        && HasReceipt is null && ImportId is null;

    /// <summary>The month rows matching the currency, category and meal-type filters (dates are the caller's).</summary>
    public IQueryable<ExpenseMonthTotal> Narrow(IQueryable<ExpenseMonthTotal> totals)
    {
        if (CategoryIds.Count > 0 || IncludeUncategorised)
        {
            var ids = CategoryIds;
            var none = IncludeUncategorised;
            totals = totals.Where(t => (none && t.CategoryKey == Guid.Empty) || (t.CategoryKey != Guid.Empty && ids.Contains(t.CategoryKey)));
        }

        if (MealType is { } meal)
        {
            var key = meal == "none" ? "" : meal;
            totals = totals.Where(t => t.MealTypeKey == key);
        }

        return Currency is { } currency ? totals.Where(t => t.Currency == currency) : totals;
    }

    public async Task<IQueryable<Expense>> ApplyAsync(MealsDb db, Guid userId, CancellationToken ct)
    {
        var query = db.Expenses.AsNoTracking().Where(e => e.UserId == userId);
        if (From is { } from)
        {
            query = query.Where(e => e.LocalDate >= from);
        }

        if (To is { } to)
        {
            query = query.Where(e => e.LocalDate <= to);
        }

        if (CategoryIds.Count > 0 || IncludeUncategorised)
        {
            var ids = CategoryIds;
            var none = IncludeUncategorised;
            query = query.Where(e => (none && e.CategoryId == null) || (e.CategoryId != null && ids.Contains(e.CategoryId.Value)));
        }

        if (MealType is { } meal)
        {
            query = meal == "none" ? query.Where(e => e.MealType == null) : query.Where(e => e.MealType == meal);
        }

        if (OrderType is { } orderType)
        {
            query = query.Where(e => e.OrderType == orderType);
        }

        if (RestaurantIds.Count > 0)
        {
            var ids = RestaurantIds;
            query = query.Where(e => ids.Contains(e.RestaurantId));
        }

        if (Tags.Count > 0)
        {
            var names = Tags;
            var tagIds = await db.Tags.Where(t => t.UserId == userId && names.Contains(t.NormalizedName)).Select(t => t.Id).ToListAsync(ct);
            if (tagIds.Count < names.Distinct().Count())
            {
                return query.Where(e => false);
            }

            foreach (var tagId in tagIds)
            {
                query = query.Where(e => db.ExpenseTags.Any(et => et.ExpenseId == e.Id && et.TagId == tagId));
            }
        }

        if (MinAmount is { } min)
        {
            query = query.Where(e => e.AmountMinor >= min);
        }

        if (MaxAmount is { } max)
        {
            query = query.Where(e => e.AmountMinor <= max);
        }

        if (Currency is { } currency)
        {
            query = query.Where(e => e.Currency == currency);
        }

        if (HasReceipt is { } hasReceipt)
        {
            query = query.Where(e => db.Receipts.Any(r => r.ExpenseId == e.Id) == hasReceipt);
        }

        if (ImportId is { } importId)
        {
            query = query.Where(e => e.ImportId == importId);
        }

        if (Q is { } q)
        {
            // The user's restaurants, categories and tags are few: match them once, then test ids per expense instead of
            // running three correlated LIKE sub-queries for every candidate row.
            var like = "%" + q.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            var restaurantIds = await db.Restaurants.Where(r => r.UserId == userId && EF.Functions.Like(r.NormalizedName, like, "\\")).Select(r => r.Id).ToListAsync(ct);
            var categoryIds = await db.Categories.Where(c => c.UserId == userId && EF.Functions.Like(c.NormalizedName, like, "\\")).Select(c => (Guid?)c.Id).ToListAsync(ct);
            var tagIds = await db.Tags.Where(t => t.UserId == userId && EF.Functions.Like(t.NormalizedName, like, "\\")).Select(t => t.Id).ToListAsync(ct);
            query = query.Where(e =>
                restaurantIds.Contains(e.RestaurantId)
                || (e.Notes != null && EF.Functions.Like(e.Notes.ToLower(), like, "\\"))
                || categoryIds.Contains(e.CategoryId)
                || db.ExpenseTags.Any(et => et.ExpenseId == e.Id && tagIds.Contains(et.TagId)));
        }

        return query;
    }

    public IQueryable<Expense> Order(MealsDb db, IQueryable<Expense> query) => (Sort, Descending) switch
    {
        ("amount", true) => query.OrderByDescending(e => e.AmountMinor).ThenByDescending(e => e.Id),
        ("amount", false) => query.OrderBy(e => e.AmountMinor).ThenBy(e => e.Id),
        ("restaurant", true) => query.OrderByDescending(e => db.Restaurants.Where(r => r.Id == e.RestaurantId).Select(r => r.NormalizedName).First()).ThenByDescending(e => e.Id),
        ("restaurant", false) => query.OrderBy(e => db.Restaurants.Where(r => r.Id == e.RestaurantId).Select(r => r.NormalizedName).First()).ThenBy(e => e.Id),
        ("createdat", true) => query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id),
        ("createdat", false) => query.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id),
        (_, true) => query.OrderByDescending(e => e.LocalDate).ThenByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id),
        _ => query.OrderBy(e => e.LocalDate).ThenBy(e => e.OccurredAt).ThenBy(e => e.Id),
    };
}
