using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Data;

namespace Quartet.Meals.Reports;

/// <summary>
/// Keeps <see cref="ExpenseMonthTotal"/> and <see cref="ExpenseMonthRestaurant"/> exact. Every tracked expense insert,
/// update and delete adds its difference in <see cref="MealsDb.SaveChangesAsync(bool, CancellationToken)"/>, so the rows
/// change in the same transaction as the expenses; the few set-based writes (bulk delete, category delete, delete my data)
/// call <see cref="RemoveAsync"/>, <see cref="UncategoriseAsync"/> or <see cref="ForgetAsync"/> first. Writers of one user
/// are serialised by <see cref="Common.MealsAccess.LockUserAsync"/>, so reading a row and writing it back loses nothing.
/// </summary>
public static class MonthTotals
{
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>Adds the tracked expense changes to the month rows (tracked too, so the coming save writes them).</summary>
    public static async Task TrackAsync(MealsDb db, CancellationToken ct)
    {
        var changes = new Changes();
        foreach (var entry in db.ChangeTracker.Entries<Expense>())
        {
            if (entry.State is EntityState.Deleted or EntityState.Modified)
            {
                changes.Add(-1, (Expense)entry.OriginalValues.ToObject());
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                changes.Add(1, entry.Entity);
            }
        }

        await changes.ApplyAsync(db, ct);
    }

    /// <summary>Takes the expenses about to be deleted by a set-based delete out of the month rows.</summary>
    public static async Task RemoveAsync(MealsDb db, IQueryable<Expense> doomed, CancellationToken ct)
    {
        var changes = new Changes();
        var rows = await doomed.AsNoTracking().Select(e => new Expense
        {
            UserId = e.UserId,
            Currency = e.Currency,
            LocalDate = e.LocalDate,
            CategoryId = e.CategoryId,
            MealType = e.MealType,
            RestaurantId = e.RestaurantId,
            AmountMinor = e.AmountMinor,
            PartySize = e.PartySize,
        }).ToListAsync(ct);
        foreach (var expense in rows)
        {
            changes.Add(-1, expense);
        }

        await changes.ApplyAsync(db, ct);
    }

    /// <summary>Moves a category's month rows to "uncategorised", as its expenses are about to be.</summary>
    public static async Task UncategoriseAsync(MealsDb db, Guid userId, Guid categoryId, CancellationToken ct)
    {
        var changes = new Changes();
        foreach (var row in await db.MonthTotals.AsNoTracking().Where(t => t.UserId == userId && t.CategoryKey == categoryId).ToListAsync(ct))
        {
            var moved = new Sums(row.Count, row.TotalMinor, row.Meals, row.SpendMinor, row.People);
            changes.Add(new CellKey(userId, row.Currency, row.Month, categoryId, row.MealTypeKey), moved.Negated());
            changes.Add(new CellKey(userId, row.Currency, row.Month, Guid.Empty, row.MealTypeKey), moved);
        }

        await changes.ApplyAsync(db, ct);
    }

    /// <summary>Deletes every month row of the user (all their expenses are going).</summary>
    public static async Task ForgetAsync(MealsDb db, Guid userId, CancellationToken ct)
    {
        await db.MonthTotals.Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);
        await db.MonthRestaurants.Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);
    }

    private readonly record struct CellKey(Guid UserId, string Currency, DateOnly Month, Guid CategoryKey, string MealTypeKey);

    private readonly record struct PlaceKey(Guid UserId, string Currency, DateOnly Month, Guid RestaurantId);

    private readonly record struct Sums(int Count, long Total, int Meals, long Spend, long People)
    {
        public bool IsZero => Count == 0 && Total == 0 && Meals == 0 && Spend == 0 && People == 0;

        public Sums Negated() => new(-Count, -Total, -Meals, -Spend, -People);

        public static Sums operator +(Sums a, Sums b) => new(a.Count + b.Count, a.Total + b.Total, a.Meals + b.Meals, a.Spend + b.Spend, a.People + b.People);

        public static Sums Of(int sign, Expense e) => e.AmountMinor > 0
            ? new(sign, sign * e.AmountMinor, sign, sign * e.AmountMinor, sign * e.PartySize)
            : new(sign, sign * e.AmountMinor, 0, 0, 0);
    }

    private sealed class Changes
    {
        private readonly Dictionary<CellKey, Sums> cells = [];
        private readonly Dictionary<PlaceKey, Sums> places = [];

        public void Add(int sign, Expense e)
        {
            var month = MonthOf(e.LocalDate);
            var sums = Sums.Of(sign, e);
            Add(new CellKey(e.UserId, e.Currency, month, e.CategoryId ?? Guid.Empty, e.MealType ?? ""), sums);
            var place = new PlaceKey(e.UserId, e.Currency, month, e.RestaurantId);
            places[place] = places.GetValueOrDefault(place) + sums;
        }

        public void Add(CellKey key, Sums sums) => cells[key] = cells.GetValueOrDefault(key) + sums;

        public async Task ApplyAsync(MealsDb db, CancellationToken ct)
        {
            var changedCells = cells.Where(c => !c.Value.IsZero).ToList();
            var changedPlaces = places.Where(p => !p.Value.IsZero).ToList();
            foreach (var userId in changedCells.Select(c => c.Key.UserId).Concat(changedPlaces.Select(p => p.Key.UserId)).Distinct())
            {
                var mine = changedCells.Where(c => c.Key.UserId == userId).ToList();
                if (mine.Count > 0)
                {
                    var (first, last) = (mine.Min(c => c.Key.Month), mine.Max(c => c.Key.Month));
                    var rows = (await db.MonthTotals.Where(t => t.UserId == userId && t.Month >= first && t.Month <= last).ToListAsync(ct))
                        .ToDictionary(t => new CellKey(t.UserId, t.Currency, t.Month, t.CategoryKey, t.MealTypeKey));
                    foreach (var (key, delta) in mine)
                    {
                        if (!rows.TryGetValue(key, out var row))
                        {
                            row = new ExpenseMonthTotal { UserId = key.UserId, Currency = key.Currency, Month = key.Month, CategoryKey = key.CategoryKey, MealTypeKey = key.MealTypeKey };
                            db.MonthTotals.Add(row);
                        }

                        row.Count += delta.Count;
                        row.TotalMinor += delta.Total;
                        row.Meals += delta.Meals;
                        row.SpendMinor += delta.Spend;
                        row.People += delta.People;
                        if (row.Count == 0)
                        {
                            db.MonthTotals.Remove(row);
                        }
                    }
                }

                var theirs = changedPlaces.Where(p => p.Key.UserId == userId).ToList();
                if (theirs.Count > 0)
                {
                    var (first, last) = (theirs.Min(c => c.Key.Month), theirs.Max(c => c.Key.Month));
                    var rows = (await db.MonthRestaurants.Where(t => t.UserId == userId && t.Month >= first && t.Month <= last).ToListAsync(ct))
                        .ToDictionary(t => new PlaceKey(t.UserId, t.Currency, t.Month, t.RestaurantId));
                    foreach (var (key, delta) in theirs)
                    {
                        if (!rows.TryGetValue(key, out var row))
                        {
                            row = new ExpenseMonthRestaurant { UserId = key.UserId, Currency = key.Currency, Month = key.Month, RestaurantId = key.RestaurantId };
                            db.MonthRestaurants.Add(row);
                        }

                        row.Count += delta.Count;
                        row.TotalMinor += delta.Total;
                        row.Meals += delta.Meals;
                        if (row.Count == 0)
                        {
                            db.MonthRestaurants.Remove(row);
                        }
                    }
                }
            }
        }
    }
}
