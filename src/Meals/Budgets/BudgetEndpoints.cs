using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Reports;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Budgets;

/// <summary>Monthly limits, overall or per category, per currency; and their state for a month.</summary>
public static class BudgetEndpoints
{
    public sealed class Input : IValidatableObject
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

    public sealed record View(Guid Id, Guid? CategoryId, string? CategoryName, string Currency, long LimitMinor, int WarnAtPercent);

    public sealed record Status(
        Guid Id, Guid? CategoryId, string? CategoryName, string Currency, long LimitMinor, int WarnAtPercent, long SpentMinor,
        decimal Percent, string State, long RemainingMinor, long? ProjectedMinor);

    public sealed record MonthStatus(string Month, IReadOnlyList<Status> Budgets);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/budgets", ListAsync);
        group.MapPost("/budgets", CreateAsync);
        group.MapPut("/budgets/{id:guid}", UpdateAsync);
        group.MapDelete("/budgets/{id:guid}", DeleteAsync);
        group.MapGet("/budgets/status", StatusAsync);
    }

    private static async Task<IResult> ListAsync(MealsDb db, MealsUser user, CancellationToken ct) =>
        TypedResults.Ok(await (
            from b in db.Budgets.AsNoTracking()
            where b.UserId == user.Id
            join c in db.Categories on b.CategoryId equals c.Id into cats
            from c in cats.DefaultIfEmpty()
            orderby b.Currency, b.Scope
            select new View(b.Id, b.CategoryId, c == null ? null : c.Name, b.Currency, b.LimitMinor, b.WarnAtPercent)).ToListAsync(ct));

    private static async Task<IResult> CreateAsync(Input input, MealsDb db, MealsUser user, TimeProvider clock, IOptions<MealsOptions> options, CancellationToken ct)
    {
        var budget = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            if (input.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId && c.UserId == user.Id, token))
            {
                throw MealsProblems.NotFound("category");
            }

            var currency = Currencies.Normalize(input.Currency) ?? user.Settings.HomeCurrency;
            var scope = input.CategoryId?.ToString() ?? Budget.OverallScope;
            if (await db.Budgets.AnyAsync(b => b.UserId == user.Id && b.Scope == scope && b.Currency == currency, token))
            {
                throw new ProblemException(409, "BUDGET_DUPLICATE", "There is already a budget for this category and currency.");
            }

            var created = new Budget
            {
                Id = Guid.CreateVersion7(),
                UserId = user.Id,
                CategoryId = input.CategoryId,
                Scope = scope,
                Currency = currency,
                LimitMinor = input.LimitMinor!.Value,
                WarnAtPercent = input.WarnAtPercent ?? options.Value.DefaultWarnAtPercent,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Budgets.Add(created);
            return created;
        }, ct);
        return TypedResults.Created($"/api/meals/budgets/{budget.Id}", new View(budget.Id, budget.CategoryId, null, budget.Currency, budget.LimitMinor, budget.WarnAtPercent));
    }

    private static async Task<IResult> UpdateAsync(Guid id, Input input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var budget = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var existing = await db.Budgets.FirstOrDefaultAsync(b => b.Id == id && b.UserId == user.Id, token) ?? throw MealsProblems.NotFound("budget");
            existing.LimitMinor = input.LimitMinor!.Value;
            existing.WarnAtPercent = input.WarnAtPercent ?? existing.WarnAtPercent;
            existing.UpdatedAt = now;
            return existing;
        }, ct);
        return TypedResults.Ok(new View(budget.Id, budget.CategoryId, null, budget.Currency, budget.LimitMinor, budget.WarnAtPercent));
    }

    private static async Task<IResult> DeleteAsync(Guid id, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            await db.LockUserAsync(user.Id, clock.GetUtcNow().UtcDateTime, token);
            var existing = await db.Budgets.FirstOrDefaultAsync(b => b.Id == id && b.UserId == user.Id, token) ?? throw MealsProblems.NotFound("budget");
            db.Budgets.Remove(existing);
        }, ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> StatusAsync(MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct, string? month = null)
    {
        var today = Zones.Today(clock, user.Settings.TimeZone);
        var first = new DateOnly(today.Year, today.Month, 1);
        if (month is not null)
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
            {
                throw MealsProblems.Field("VALIDATION_FAILED", "month", "Use a month like 2025-03.");
            }
        }

        return TypedResults.Ok(new MonthStatus(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), await ForMonthAsync(db, user.Id, first, today, ct)));
    }

    public static async Task<List<Status>> ForMonthAsync(MealsDb db, Guid userId, DateOnly firstOfMonth, DateOnly today, CancellationToken ct)
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
            return new Status(b.Id, b.CategoryId, x.CategoryName, b.Currency, b.LimitMinor, b.WarnAtPercent, spent,
                Math.Round(spent * 100m / b.LimitMinor, 2), StateOf(spent, b.LimitMinor, b.WarnAtPercent), b.LimitMinor - spent, projected);
        }).ToList();
    }

    public static string StateOf(long spent, long limit, int warnAtPercent) =>
        spent > limit ? "over" : spent * 100 >= limit * warnAtPercent ? "warning" : "ok";
}
