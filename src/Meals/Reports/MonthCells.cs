using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Data;

namespace Quartet.Meals.Reports;

/// <summary>
/// Aggregates over a range of local dates: the whole months inside it from the month rows (<see cref="MonthTotals"/>),
/// the days at either end from the expenses. The answers are the same as grouping the expenses themselves
/// (<see cref="FromExpensesAsync"/>), which is what the tests compare them with.
/// </summary>
public static class MonthCells
{
    /// <summary>The expenses of one currency, local month, category (null: uncategorised) and meal type, summed.</summary>
    public sealed record Cell(string Currency, Guid? CategoryId, string? MealType, DateOnly Month, int Count, long Total, int Meals, long Spend, long People);

    /// <summary>The expenses of one currency at one restaurant, summed.</summary>
    public sealed record Place(string Currency, Guid RestaurantId, int Count, long Total, int Meals);

    /// <summary>The expenses of one currency, summed.</summary>
    public sealed record CurrencyTotal(string Currency, int Count, long Total, long Spend, long People);

    /// <summary>[from, to] (either end open) as the whole months inside it and the days of the months it cuts.</summary>
    public sealed record Split(bool HasMonths, DateOnly? FirstMonth, DateOnly? LastMonth, IReadOnlyList<(DateOnly? From, DateOnly? To)> Days)
    {
        public static Split Of(DateOnly? from, DateOnly? to)
        {
            DateOnly? first = from is { } f ? (f.Day == 1 ? f : MonthTotals.MonthOf(f).AddMonths(1)) : null;
            DateOnly? last = to is { } t ? (t.AddDays(1).Day == 1 ? MonthTotals.MonthOf(t) : MonthTotals.MonthOf(t).AddMonths(-1)) : null;
            if (first > last)
            {
                return new Split(false, null, null, from > to ? [] : [(from, to)]);
            }

            var days = new List<(DateOnly?, DateOnly?)>();
            if (from is { Day: > 1 } cutStart)
            {
                days.Add((cutStart, first!.Value.AddDays(-1)));
            }

            if (to is { } cutEnd && cutEnd.AddDays(1).Day != 1)
            {
                days.Add((last!.Value.AddMonths(1), cutEnd));
            }

            return new Split(true, first, last, days);
        }
    }

    /// <summary>
    /// The cells of [from, to]: <paramref name="totals"/> and <paramref name="expenses"/> are the month rows and the expenses
    /// of the user narrowed by the same filters (anything but dates; the expenses may carry the date range too).
    /// </summary>
    public static async Task<List<Cell>> InRangeAsync(IQueryable<ExpenseMonthTotal> totals, IQueryable<Expense> expenses, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var split = Split.Of(from, to);
        var cells = new List<Cell>();
        if (split.HasMonths)
        {
            if (split.FirstMonth is { } first)
            {
                totals = totals.Where(t => t.Month >= first);
            }

            if (split.LastMonth is { } last)
            {
                totals = totals.Where(t => t.Month <= last);
            }

            var rows = await totals.AsNoTracking().ToListAsync(ct);
            cells.AddRange(rows.Select(t => new Cell(t.Currency, t.CategoryKey == Guid.Empty ? null : t.CategoryKey, t.MealTypeKey.Length == 0 ? null : t.MealTypeKey,
                t.Month, t.Count, t.TotalMinor, t.Meals, t.SpendMinor, t.People)));
        }

        foreach (var (a, b) in split.Days)
        {
            cells.AddRange(await FromExpensesAsync(Between(expenses, a, b), ct));
        }

        return Merge(cells);
    }

    /// <summary>The cells computed from the expenses themselves.</summary>
    public static async Task<List<Cell>> FromExpensesAsync(IQueryable<Expense> expenses, CancellationToken ct)
    {
        var groups = await expenses.AsNoTracking().GroupBy(e => new { e.Currency, e.CategoryId, e.MealType, e.LocalDate.Year, e.LocalDate.Month })
            .Select(g => new
            {
                g.Key.Currency,
                g.Key.CategoryId,
                g.Key.MealType,
                g.Key.Year,
                g.Key.Month,
                Count = g.Count(),
                Total = g.Sum(e => e.AmountMinor),
                Meals = g.Sum(e => e.AmountMinor > 0 ? 1 : 0),
                Spend = g.Sum(e => e.AmountMinor > 0 ? e.AmountMinor : 0),
                People = g.Sum(e => e.AmountMinor > 0 ? (long)e.PartySize : 0),
            }).ToListAsync(ct);
        return Merge(groups.Select(g => new Cell(g.Currency, g.CategoryId, g.MealType, new DateOnly(g.Year, g.Month, 1), g.Count, g.Total, g.Meals, g.Spend, g.People)));
    }

    /// <summary>The restaurants of one currency over [from, to].</summary>
    public static async Task<List<Place>> PlacesAsync(MealsDb db, Guid userId, string currency, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var split = Split.Of(from, to);
        var places = new List<Place>();
        if (split.HasMonths)
        {
            // Summed in the database: a restaurant has a row in most months, and reading every row costs more than the sum.
            var (first, last) = (split.FirstMonth!.Value, split.LastMonth!.Value);
            places.AddRange(await db.MonthRestaurants.AsNoTracking()
                .Where(t => t.UserId == userId && t.Currency == currency && t.Month >= first && t.Month <= last)
                .GroupBy(t => t.RestaurantId)
                .Select(g => new Place(currency, g.Key, g.Sum(t => t.Count), g.Sum(t => t.TotalMinor), g.Sum(t => t.Meals))).ToListAsync(ct));
        }

        foreach (var (a, b) in split.Days)
        {
            places.AddRange(await PlacesFromExpensesAsync(ExpenseAggregates.InRange(db, userId, currency, a!.Value, b!.Value), ct));
        }

        return MergePlaces(places);
    }

    /// <summary>The restaurants computed from the expenses themselves.</summary>
    public static async Task<List<Place>> PlacesFromExpensesAsync(IQueryable<Expense> expenses, CancellationToken ct)
    {
        var groups = await expenses.AsNoTracking().GroupBy(e => new { e.Currency, e.RestaurantId })
            .Select(g => new { g.Key.Currency, g.Key.RestaurantId, Count = g.Count(), Total = g.Sum(e => e.AmountMinor), Meals = g.Sum(e => e.AmountMinor > 0 ? 1 : 0) })
            .ToListAsync(ct);
        return MergePlaces(groups.Select(g => new Place(g.Currency, g.RestaurantId, g.Count, g.Total, g.Meals)));
    }

    /// <summary>Per currency over [from, to], like <see cref="InRangeAsync"/> but summed in the database.</summary>
    public static async Task<List<CurrencyTotal>> ByCurrencyAsync(IQueryable<ExpenseMonthTotal> totals, IQueryable<Expense> expenses, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var split = Split.Of(from, to);
        var sums = new List<CurrencyTotal>();
        if (split.HasMonths)
        {
            if (split.FirstMonth is { } first)
            {
                totals = totals.Where(t => t.Month >= first);
            }

            if (split.LastMonth is { } last)
            {
                totals = totals.Where(t => t.Month <= last);
            }

            sums.AddRange(await totals.AsNoTracking().GroupBy(t => t.Currency)
                .Select(g => new CurrencyTotal(g.Key, g.Sum(t => t.Count), g.Sum(t => t.TotalMinor), g.Sum(t => t.SpendMinor), g.Sum(t => t.People))).ToListAsync(ct));
        }

        foreach (var (a, b) in split.Days)
        {
            sums.AddRange(await ByCurrencyFromExpensesAsync(Between(expenses, a, b), ct));
        }

        return sums.GroupBy(t => t.Currency).Select(g => new CurrencyTotal(g.Key, g.Sum(t => t.Count), g.Sum(t => t.Total), g.Sum(t => t.Spend), g.Sum(t => t.People)))
            .OrderBy(t => t.Currency, StringComparer.Ordinal).ToList();
    }

    /// <summary>Per currency, computed from the expenses themselves.</summary>
    public static async Task<List<CurrencyTotal>> ByCurrencyFromExpensesAsync(IQueryable<Expense> expenses, CancellationToken ct) =>
        (await expenses.AsNoTracking().GroupBy(e => e.Currency).Select(g => new CurrencyTotal(
            g.Key,
            g.Count(),
            g.Sum(e => e.AmountMinor),
            g.Sum(e => e.AmountMinor > 0 ? e.AmountMinor : 0),
            g.Sum(e => e.AmountMinor > 0 ? (long)e.PartySize : 0))).ToListAsync(ct))
        .OrderBy(t => t.Currency, StringComparer.Ordinal).ToList();

    private static IQueryable<Expense> Between(IQueryable<Expense> expenses, DateOnly? from, DateOnly? to)
    {
        if (from is { } a)
        {
            expenses = expenses.Where(e => e.LocalDate >= a);
        }

        return to is { } b ? expenses.Where(e => e.LocalDate <= b) : expenses;
    }

    private static List<Cell> Merge(IEnumerable<Cell> cells) =>
        cells.GroupBy(c => (c.Currency, c.CategoryId, c.MealType, c.Month))
            .Select(g => new Cell(g.Key.Currency, g.Key.CategoryId, g.Key.MealType, g.Key.Month, g.Sum(c => c.Count), g.Sum(c => c.Total), g.Sum(c => c.Meals),
                g.Sum(c => c.Spend), g.Sum(c => c.People)))
            .OrderBy(c => c.Currency, StringComparer.Ordinal).ThenBy(c => c.Month).ThenBy(c => c.CategoryId).ThenBy(c => c.MealType, StringComparer.Ordinal).ToList();

    private static List<Place> MergePlaces(IEnumerable<Place> places) =>
        places.GroupBy(p => (p.Currency, p.RestaurantId))
            .Select(g => new Place(g.Key.Currency, g.Key.RestaurantId, g.Sum(p => p.Count), g.Sum(p => p.Total), g.Sum(p => p.Meals)))
            .OrderBy(p => p.Currency, StringComparer.Ordinal).ThenBy(p => p.RestaurantId).ToList();
}
