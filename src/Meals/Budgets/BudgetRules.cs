using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Reports;

namespace Quartet.Meals.Budgets;

public sealed class BudgetInput : IValidatableObject
{
    public Guid? CategoryId { get; init; }

    public string? Currency { get; init; }

    public long? LimitMinor { get; init; }

    public int? WarnAtPercent { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Currency is not null && Currencies.Normalize(Currency) is null)
        {
            yield return new ValidationResult("Unknown ISO 4217 currency code.", ["currency"]);
        }

        if (LimitMinor is null or <= 0)
        {
            yield return new ValidationResult("The limit must be more than zero.", ["limitMinor"]);
        }

        if (WarnAtPercent is < 50 or > 100)
        {
            yield return new ValidationResult("The warning line is 50 to 100 percent.", ["warnAtPercent"]);
        }
    }
}

public sealed record BudgetView(Guid Id, Guid? CategoryId, string? CategoryName, string Currency, long LimitMinor, int WarnAtPercent);

public sealed record BudgetStatus(
    Guid Id, Guid? CategoryId, string? CategoryName, string Currency, long LimitMinor, int WarnAtPercent, long SpentMinor,
    decimal Percent, string State, long RemainingMinor, long? ProjectedMinor);

public sealed record BudgetMonthStatus(string Month, IReadOnlyList<BudgetStatus> Budgets);

/// <summary>A month's state of every budget: spent, percent, ok / warning / over, and the projection for the current month.</summary>
public static class BudgetRules
{
    public static async Task<List<BudgetStatus>> ForMonthAsync(MealsDb db, Guid userId, DateOnly firstOfMonth, DateOnly today, CancellationToken ct)
    {
        var budgets = await (
            from b in db.Budgets.AsNoTracking()
            where b.UserId == userId
            join c in db.Categories on b.CategoryId equals c.Id into cats
            from c in cats.DefaultIfEmpty()
            orderby b.Currency, b.Scope
            select new { Budget = b, CategoryName = c == null ? null : c.Name }).ToListAsync(ct);
        if (budgets.Count == 0)
        {
            return [];
        }

        var last = firstOfMonth.AddMonths(1).AddDays(-1);
        var spend = new List<(string Currency, Guid? CategoryId, long Total)>();
        foreach (var currency in budgets.Select(x => x.Budget.Currency).Distinct())
        {
            var rows = await ExpenseAggregates.InRange(db, userId, currency, firstOfMonth, last)
                .GroupBy(e => e.CategoryId).Select(g => new { CategoryId = g.Key, Total = g.Sum(e => e.AmountMinor) }).ToListAsync(ct);
            spend.AddRange(rows.Select(r => (currency, r.CategoryId, r.Total)));
        }

        var isCurrent = today >= firstOfMonth && today <= last;
        return budgets.Select(x =>
        {
            var b = x.Budget;
            var spent = spend.Where(s => s.Currency == b.Currency && (b.CategoryId == null || s.CategoryId == b.CategoryId)).Sum(s => s.Total);
            long? projected = isCurrent ? Money.DivideRounded(spent * last.Day, today.Day) : null;
            return new BudgetStatus(b.Id, b.CategoryId, x.CategoryName, b.Currency, b.LimitMinor, b.WarnAtPercent, spent,
                Math.Round(spent * 100m / b.LimitMinor, 2), StateOf(spent, b.LimitMinor, b.WarnAtPercent), b.LimitMinor - spent, projected);
        }).ToList();
    }

    public static string StateOf(long spent, long limit, int warnAtPercent) =>
        spent > limit ? "over" : spent * 100 >= limit * warnAtPercent ? "warning" : "ok";
}
