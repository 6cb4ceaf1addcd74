using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Tags;

namespace Quartet.Meals.Expenses;

/// <summary>The writable fields of an expense (create and replace).</summary>
public sealed class ExpenseInput : IValidatableObject
{
    public Guid? RestaurantId { get; init; }

    public long? AmountMinor { get; init; }

    public string? Currency { get; init; }

    /// <summary><c>yyyy-MM-dd</c>; defaults to today in the user's time zone.</summary>
    public string? LocalDate { get; init; }

    /// <summary><c>HH:mm</c> or null.</summary>
    public string? LocalTime { get; init; }

    public string? TimeZone { get; init; }

    public string? PostedDate { get; init; }

    public Guid? CategoryId { get; init; }

    public string? MealType { get; init; }

    public string? OrderType { get; init; }

    public int? PartySize { get; init; }

    public string? Notes { get; init; }

    public List<string>? Tags { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RestaurantId is null)
        {
            yield return new ValidationResult("Pick a restaurant.", ["restaurantId"]);
        }

        if (AmountMinor is null or 0 || Math.Abs(AmountMinor.Value) > Money.MaxAbsMinor)
        {
            yield return new ValidationResult($"Amount must be 1 to {Money.MaxAbsMinor} minor units.", ["amountMinor"]);
        }

        if (Currency is not null && Currencies.Normalize(Currency) is null)
        {
            yield return new ValidationResult("Unknown ISO 4217 currency code.", ["currency"]);
        }

        if (LocalDate is not null && ExpenseRules.ParseDate(LocalDate) is null)
        {
            yield return new ValidationResult("Use a date like 2025-03-07.", ["localDate"]);
        }

        if (Text.Clean(LocalTime) is { } time && ExpenseRules.ParseTime(time) is null)
        {
            yield return new ValidationResult("Use a time like 19:30.", ["localTime"]);
        }

        if (TimeZone is not null && Zones.Canonical(TimeZone) is null)
        {
            yield return new ValidationResult("Unknown IANA time zone.", ["timeZone"]);
        }

        if (Text.Clean(PostedDate) is { } posted && ExpenseRules.ParseDate(posted) is null)
        {
            yield return new ValidationResult("Use a date like 2025-03-07.", ["postedDate"]);
        }

        if (Text.Clean(MealType) is { } meal && !ExpenseRules.MealTypes.Contains(meal))
        {
            yield return new ValidationResult($"Meal type is one of {string.Join(", ", ExpenseRules.MealTypes)}.", ["mealType"]);
        }

        if (Text.Clean(OrderType) is { } order && !ExpenseRules.OrderTypes.Contains(order))
        {
            yield return new ValidationResult($"Order type is one of {string.Join(", ", ExpenseRules.OrderTypes)}.", ["orderType"]);
        }

        if (PartySize is < 1 or > 50)
        {
            yield return new ValidationResult("Party size is 1 to 50.", ["partySize"]);
        }

        if (Text.Length(Text.Clean(Notes)) > 2000)
        {
            yield return new ValidationResult("Notes are at most 2,000 characters.", ["notes"]);
        }

        if (Tags is { Count: > TagResolver.MaxTagsPerExpense })
        {
            yield return new ValidationResult($"At most {TagResolver.MaxTagsPerExpense} tags.", ["tags"]);
        }
    }
}

public sealed record ReceiptInfo(string ContentType, long SizeBytes, string OriginalName);

public sealed record ExpenseView(
    Guid Id, Guid RestaurantId, string RestaurantName, long AmountMinor, string Currency, string LocalDate, string? LocalTime,
    string TimeZone, DateTime OccurredAt, string? PostedDate, Guid? CategoryId, string? CategoryName, string? MealType,
    string? OrderType, int PartySize, long PricePerPersonMinor, string? Notes, IReadOnlyList<string> Tags, string Source,
    Guid? ImportId, int Version, ReceiptInfo? Receipt, DateTime CreatedAt, DateTime UpdatedAt);

public static class ExpenseRules
{
    public static readonly string[] MealTypes = ["breakfast", "brunch", "lunch", "dinner", "snack", "drinks", "dessert", "coffee", "other"];
    public static readonly string[] OrderTypes = ["dine_in", "takeout", "delivery", "drive_through", "catering", "other"];
    public static readonly DateOnly MinDate = new(1970, 1, 1);

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static TimeOnly? ParseTime(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? new TimeOnly(t.Hour, t.Minute) : null;

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? FormatTime(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>400 DATE_OUT_OF_RANGE unless 1970-01-01 ≤ date ≤ today (user's zone) + 1 day.</summary>
    public static void CheckDateRange(DateOnly date, DateOnly today, string field = "localDate")
    {
        if (date < MinDate || date > today.AddDays(1))
        {
            throw MealsProblems.Field("DATE_OUT_OF_RANGE", field, $"The date must lie between 1970-01-01 and {FormatDate(today.AddDays(1))}.");
        }
    }

    /// <summary>
    /// Copies the input onto the expense after checking the references belong to the user (404 otherwise) and the dates
    /// are in range; tags by name, created when unknown.
    /// </summary>
    public static async Task ApplyAsync(MealsDb db, MealsUser user, Expense expense, ExpenseInput input, DateOnly today, DateTime now, CancellationToken ct)
    {
        if (!await db.Restaurants.AnyAsync(r => r.Id == input.RestaurantId && r.UserId == user.Id, ct))
        {
            throw MealsProblems.NotFound("restaurant");
        }

        if (input.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId && c.UserId == user.Id, ct))
        {
            throw MealsProblems.NotFound("category");
        }

        var date = input.LocalDate is null ? today : ParseDate(input.LocalDate)!.Value;
        CheckDateRange(date, today);
        var posted = ParseDate(Text.Clean(input.PostedDate));
        if (posted is { } p && p < date)
        {
            throw MealsProblems.Field("VALIDATION_FAILED", "postedDate", "The posted date cannot be before the expense date.");
        }

        var tagNames = TagResolver.NormalizeNames(input.Tags);
        if (tagNames.Count > TagResolver.MaxTagsPerExpense)
        {
            throw MealsProblems.Field("VALIDATION_FAILED", "tags", $"At most {TagResolver.MaxTagsPerExpense} tags.");
        }

        expense.RestaurantId = input.RestaurantId!.Value;
        expense.AmountMinor = input.AmountMinor!.Value;
        expense.Currency = Currencies.Normalize(input.Currency) ?? (expense.Currency.Length == 3 ? expense.Currency : user.Settings.HomeCurrency);
        expense.LocalDate = date;
        expense.LocalTime = ParseTime(Text.Clean(input.LocalTime));
        expense.TimeZone = Zones.Canonical(input.TimeZone) ?? (expense.TimeZone.Length > 0 ? expense.TimeZone : user.Settings.TimeZone);
        expense.OccurredAt = Zones.OccurredAt(expense.LocalDate, expense.LocalTime, expense.TimeZone);
        expense.PostedDate = posted;
        expense.CategoryId = input.CategoryId;
        expense.MealType = Text.Clean(input.MealType);
        expense.OrderType = Text.Clean(input.OrderType);
        expense.PartySize = input.PartySize ?? 1;
        expense.Notes = Text.Clean(input.Notes);
        expense.UpdatedAt = now;

        var tags = await TagResolver.ResolveAsync(db, user.Id, tagNames, now, ct);
        await SetTagsAsync(db, expense, tags.Select(t => t.Id).ToList(), ct);
    }

    public static async Task SetTagsAsync(MealsDb db, Expense expense, IReadOnlyList<Guid> tagIds, CancellationToken ct)
    {
        if (db.Entry(expense).State != EntityState.Added)
        {
            await db.ExpenseTags.Where(t => t.ExpenseId == expense.Id).ExecuteDeleteAsync(ct);
        }

        expense.Tags.Clear();
        for (var i = 0; i < tagIds.Count; i++)
        {
            db.ExpenseTags.Add(new ExpenseTag { ExpenseId = expense.Id, TagId = tagIds[i], Position = i });
        }
    }

    public static async Task<ExpenseView> LoadViewAsync(MealsDb db, Guid userId, Guid id, CancellationToken ct) =>
        (await LoadViewsAsync(db, userId, db.Expenses.AsNoTracking().Where(e => e.Id == id && e.UserId == userId), ct)).SingleOrDefault()
        ?? throw MealsProblems.NotFound("expense");

    /// <summary>Views of the expenses of a (paged) query in three queries, whatever its size: rows, tags, receipts.</summary>
    public static async Task<List<ExpenseView>> LoadViewsAsync(MealsDb db, Guid userId, IQueryable<Expense> expenses, CancellationToken ct)
    {
        var rows = await (
            from e in expenses
            join r in db.Restaurants on e.RestaurantId equals r.Id
            join c in db.Categories on e.CategoryId equals c.Id into cats
            from c in cats.DefaultIfEmpty()
            select new { Expense = e, RestaurantName = r.Name, CategoryName = c == null ? null : c.Name }).ToListAsync(ct);
        var ids = rows.Select(r => r.Expense.Id).ToList();
        var tags = await (
            from et in db.ExpenseTags
            join t in db.Tags on et.TagId equals t.Id
            where ids.Contains(et.ExpenseId)
            select new { et.ExpenseId, et.Position, t.Name }).ToListAsync(ct);
        var receipts = await db.Receipts.AsNoTracking().Where(r => r.UserId == userId && ids.Contains(r.ExpenseId))
            .ToDictionaryAsync(r => r.ExpenseId, ct);
        var tagsByExpense = tags.GroupBy(t => t.ExpenseId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Position).Select(t => t.Name).ToList());
        return rows.Select(r => ToView(r.Expense, r.RestaurantName, r.CategoryName, tagsByExpense.GetValueOrDefault(r.Expense.Id) ?? [],
            receipts.GetValueOrDefault(r.Expense.Id))).ToList();
    }

    public static ExpenseView ToView(Expense e, string restaurantName, string? categoryName, IReadOnlyList<string> tags, Receipt? receipt) => new(
        e.Id, e.RestaurantId, restaurantName, e.AmountMinor, e.Currency, FormatDate(e.LocalDate), FormatTime(e.LocalTime), e.TimeZone,
        e.OccurredAt, e.PostedDate is { } p ? FormatDate(p) : null, e.CategoryId, categoryName, e.MealType, e.OrderType, e.PartySize,
        Money.DivideRounded(e.AmountMinor, e.PartySize), e.Notes, tags, e.Source, e.ImportId, e.Version,
        receipt is null ? null : new ReceiptInfo(receipt.ContentType, receipt.SizeBytes, receipt.OriginalName), e.CreatedAt, e.UpdatedAt);
}
