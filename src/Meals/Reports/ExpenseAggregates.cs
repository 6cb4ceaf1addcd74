using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Data;

namespace Quartet.Meals.Reports;

/// <summary>
/// Shared shapes of the aggregate queries. They always name one currency and a date range, so each one is a range
/// scan of <c>ix_expenses_user_currency_date_cover</c> and never reads the expense rows themselves.
/// </summary>
public static class ExpenseAggregates
{
    /// <summary>The currencies the user has expenses in: one index seek per currency instead of a scan of every expense.</summary>
    public static async Task<List<string>> CurrenciesAsync(MealsDb db, Guid userId, CancellationToken ct)
    {
        var found = new List<string>();
        while (true)
        {
            var mine = db.Expenses.AsNoTracking().Where(e => e.UserId == userId);
            if (found.Count > 0)
            {
                var last = found[^1];
                mine = mine.Where(e => e.Currency.CompareTo(last) > 0);
            }

            var next = await mine.OrderBy(e => e.Currency).Select(e => e.Currency).FirstOrDefaultAsync(ct);
            if (next is null)
            {
                return found;
            }

            found.Add(next);
        }
    }

    /// <summary>The currencies with at least one expense dated within [from, to].</summary>
    public static async Task<List<string>> CurrenciesInAsync(MealsDb db, Guid userId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var present = new List<string>();
        foreach (var currency in await CurrenciesAsync(db, userId, ct))
        {
            if (await InRange(db, userId, currency, from, to).AnyAsync(ct))
            {
                present.Add(currency);
            }
        }

        return present;
    }

    public static IQueryable<Expense> InRange(MealsDb db, Guid userId, string currency, DateOnly from, DateOnly to) =>
        db.Expenses.AsNoTracking().Where(e => e.UserId == userId && e.Currency == currency && e.LocalDate >= from && e.LocalDate <= to);
}
