using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartet.Meals.Budgets;
using Quartet.Meals.Categories;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Expenses;
using Quartet.Meals.Tags;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Imports;

/// <summary>Lets tests inject a failure while an apply writes its rows (to prove all-or-nothing).</summary>
public class ImportApplyHooks
{
    public virtual void BeforeRow(int rowNumber)
    {
    }
}

/// <summary>POST /imports/{id}/apply: re-validates every decided row and writes them all in one transaction, or nothing.</summary>
public static class ApplyImport
{
    public sealed record RowErrors(int RowNumber, IReadOnlyList<string> Errors);

    private sealed class RowsInvalidException(List<RowErrors> rows) : Exception("Import rows are invalid.")
    {
        public List<RowErrors> Rows { get; } = rows;
    }

    public static void Map(RouteGroupBuilder group) => group.MapPost("/imports/{id:guid}/apply", HandleAsync)
        .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> HandleAsync(Guid id, MealsDb db, MealsUser user, TimeProvider clock, ImportApplyHooks hooks,
        BudgetAlertMails budgetMails, ILoggerFactory loggers, MealsMetrics metrics, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await db.InTransactionAsync(async token =>
            {
                var applied = await ApplyAsync(db, user, id, clock, hooks, token);
                await budgetMails.AfterExpenseWriteAsync(user, clock.GetUtcNow().UtcDateTime, token);
                return applied;
            }, ct);
            loggers.CreateLogger("Quartet.Meals.Import").LogInformation(
                "Import {ImportId} applied by {UserId}: {Created} created, {Updated} updated, {Skipped} skipped in {ElapsedMs:0} ms",
                id, user.Id, result.Created, result.Updated, result.Skipped, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            metrics.ImportApplied(result.Created, result.Updated, result.Skipped);
            return TypedResults.Ok(result);
        }
        catch (RowsInvalidException e)
        {
            return Problems.Create(422, "IMPORT_ROWS_INVALID", $"{e.Rows.Count} rows cannot be applied; nothing was written.",
                new Dictionary<string, object?> { ["rows"] = e.Rows.Take(200).ToList() });
        }
    }

    private static async Task<ImportResult> ApplyAsync(MealsDb db, MealsUser user, Guid id, TimeProvider clock, ImportApplyHooks hooks, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = Zones.Today(clock, user.Settings.TimeZone);
        await db.LockUserAsync(user.Id, now, ct);
        var batch = await db.ImportBatches.FirstOrDefaultAsync(b => b.Id == id && b.UserId == user.Id, ct) ?? throw MealsProblems.NotFound("import");
        if (batch.Status != ImportStatus.Reviewing)
        {
            throw new ProblemException(409, "IMPORT_NOT_OPEN", $"This import is {batch.Status}; it cannot be applied.");
        }

        var rows = await db.ImportRows.AsNoTracking().Where(r => r.BatchId == id).OrderBy(r => r.RowNumber).ToListAsync(ct);
        var undecided = rows.Where(ImportViews.IsUndecided).Select(r => r.RowNumber).ToList();
        if (undecided.Count > 0)
        {
            throw new ProblemException(422, "IMPORT_DECISIONS_MISSING",
                $"{undecided.Count} rows still need a decision (first: row {undecided[0]}).");
        }

        var info = JsonSerializer.Deserialize<ImportFileInfo>(batch.FileInfoJson, JsonSerializerOptions.Web)!;
        var active = rows.Where(r => !r.HasErrors && r.ExpenseAction is "create" or "update")
            .Select(r => (Row: r, Parsed: JsonSerializer.Deserialize<ParsedRow>(r.ParsedJson!, JsonSerializerOptions.Web)!)).ToList();
        var errors = new List<RowErrors>();

        var matchedIds = active.Where(a => a.Row.RestaurantAction == "match").Select(a => a.Row.RestaurantId!.Value).Distinct().ToList();
        var ownedRestaurants = new HashSet<Guid>();
        foreach (var chunk in matchedIds.Chunk(500))
        {
            ownedRestaurants.UnionWith(await db.Restaurants.Where(r => r.UserId == user.Id && chunk.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct));
        }

        var targetIds = active.Where(a => a.Row.ExpenseAction == "update").Select(a => a.Row.TargetExpenseId!.Value).Distinct().ToList();
        var targets = new Dictionary<Guid, Expense>();
        foreach (var chunk in targetIds.Chunk(500))
        {
            foreach (var e in await db.Expenses.Where(e => e.UserId == user.Id && chunk.Contains(e.Id)).ToListAsync(ct))
            {
                targets[e.Id] = e;
            }
        }

        foreach (var (row, parsed) in active)
        {
            var problems = new List<string>();
            if (row.RestaurantAction == "match" && !ownedRestaurants.Contains(row.RestaurantId!.Value))
            {
                problems.Add("The chosen restaurant no longer exists.");
            }

            if (row.ExpenseAction == "update")
            {
                if (!targets.TryGetValue(row.TargetExpenseId!.Value, out var target))
                {
                    problems.Add("The expense to update no longer exists.");
                }
                else if (target.Version != row.TargetVersion)
                {
                    problems.Add("The expense to update was changed after the review.");
                }
            }

            var date = ExpenseRules.ParseDate(parsed.LocalDate)!.Value;
            if (date < ExpenseRules.MinDate || date > today.AddDays(1))
            {
                problems.Add("The date is out of range.");
            }

            if (problems.Count > 0)
            {
                errors.Add(new RowErrors(row.RowNumber, problems));
            }
        }

        if (errors.Count > 0)
        {
            throw new RowsInvalidException(errors);
        }

        // Restaurants: rows creating the same (name, city) share one, filled from the first such row.
        var existingRestaurants = await db.Restaurants.Where(r => r.UserId == user.Id)
            .Select(r => new { r.Id, r.NormalizedName, r.NormalizedCity }).ToListAsync(ct);
        var restaurantByKey = existingRestaurants.ToDictionary(r => (r.NormalizedName, r.NormalizedCity), r => r.Id);
        var restaurantsCreated = 0;
        var restaurantOfRow = new Dictionary<int, Guid>();
        foreach (var (row, parsed) in active)
        {
            if (row.RestaurantAction == "match")
            {
                restaurantOfRow[row.RowNumber] = row.RestaurantId!.Value;
                continue;
            }

            var fields = parsed.Restaurant;
            var key = (Text.NormalizeKey(fields.Name), Text.NormalizeKey(fields.City));
            if (!restaurantByKey.TryGetValue(key, out var restaurantId))
            {
                var restaurant = new Restaurant
                {
                    Id = Guid.CreateVersion7(),
                    UserId = user.Id,
                    Name = fields.Name,
                    NormalizedName = key.Item1,
                    City = fields.City,
                    NormalizedCity = key.Item2,
                    AddressLine1 = fields.AddressLine1,
                    AddressLine2 = fields.AddressLine2,
                    Region = fields.Region,
                    PostalCode = fields.PostalCode,
                    CountryCode = fields.CountryCode,
                    Cuisine = fields.Cuisine,
                    PriceLevel = fields.PriceLevel,
                    Rating = fields.Rating,
                    Website = fields.Website,
                    Phone = fields.Phone,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.Restaurants.Add(restaurant);
                restaurantId = restaurant.Id;
                restaurantByKey[key] = restaurantId;
                restaurantsCreated++;
            }

            restaurantOfRow[row.RowNumber] = restaurantId;
        }

        // Categories: matched ignoring case (Parent:Child tries the child, then the parent); unknown ones are created.
        var categories = await db.Categories.Where(c => c.UserId == user.Id).ToDictionaryAsync(c => c.NormalizedName, ct);
        var categoryKeys = categories.Keys.ToHashSet();
        var categoriesCreated = 0;
        var categoryOfRow = new Dictionary<int, Guid?>();
        foreach (var (row, parsed) in active)
        {
            if (parsed.Category is null)
            {
                categoryOfRow[row.RowNumber] = null;
                continue;
            }

            var (key, name, isNew) = ImportCategories.Resolve(parsed.Category, categoryKeys);
            if (isNew)
            {
                if (categories.Count >= CategoryRules.MaxPerUser)
                {
                    throw new RowsInvalidException([new RowErrors(row.RowNumber, [$"Creating category '{name}' would pass the limit of {CategoryRules.MaxPerUser}."])]);
                }

                var category = new Category
                {
                    Id = Guid.CreateVersion7(),
                    UserId = user.Id,
                    Name = name,
                    NormalizedName = key,
                    Colour = info.CategoryColours.GetValueOrDefault(name.ToLowerInvariant()) ?? "#6b7280",
                    SortOrder = categories.Count,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.Categories.Add(category);
                categories[key] = category;
                categoryKeys.Add(key);
                categoriesCreated++;
            }

            categoryOfRow[row.RowNumber] = categories[key].Id;
        }

        var tagNames = active.SelectMany(a => a.Parsed.Tags).DistinctBy(t => t.ToLowerInvariant()).ToList();
        var tags = (await TagResolver.ResolveAsync(db, user.Id, tagNames, now, ct, info.TagColours)).ToDictionary(t => t.NormalizedName);
        var tagsCreated = db.ChangeTracker.Entries<Tag>().Count(e => e.State == EntityState.Added);

        foreach (var chunk in targetIds.Chunk(500))
        {
            await db.ExpenseTags.Where(et => chunk.Contains(et.ExpenseId)).ExecuteDeleteAsync(ct);
        }

        int created = 0, updated = 0;
        foreach (var (row, parsed) in active)
        {
            hooks.BeforeRow(row.RowNumber);
            Expense expense;
            if (row.ExpenseAction == "update")
            {
                expense = targets[row.TargetExpenseId!.Value];
                expense.Version++;
                updated++;
            }
            else
            {
                expense = new Expense { Id = Guid.CreateVersion7(), UserId = user.Id, Source = "import", ImportId = batch.Id, CreatedAt = now };
                db.Expenses.Add(expense);
                created++;
            }

            expense.RestaurantId = restaurantOfRow[row.RowNumber];
            expense.AmountMinor = parsed.AmountMinor;
            expense.Currency = parsed.Currency;
            expense.LocalDate = ExpenseRules.ParseDate(parsed.LocalDate)!.Value;
            expense.LocalTime = ExpenseRules.ParseTime(parsed.LocalTime);
            expense.TimeZone = parsed.TimeZone;
            expense.OccurredAt = Zones.OccurredAt(expense.LocalDate, expense.LocalTime, expense.TimeZone);
            expense.PostedDate = ExpenseRules.ParseDate(parsed.PostedDate);
            expense.CategoryId = categoryOfRow[row.RowNumber];
            expense.MealType = parsed.MealType;
            expense.OrderType = parsed.OrderType;
            expense.PartySize = parsed.PartySize;
            expense.Notes = parsed.Notes;
            expense.UpdatedAt = now;
            for (var i = 0; i < parsed.Tags.Count; i++)
            {
                db.ExpenseTags.Add(new ExpenseTag { ExpenseId = expense.Id, TagId = tags[parsed.Tags[i].ToLowerInvariant()].Id, Position = i });
            }
        }

        var result = new ImportResult(created, updated, rows.Count - created - updated, restaurantsCreated, categoriesCreated, tagsCreated);
        batch.Status = ImportStatus.Applied;
        batch.ResultJson = JsonSerializer.Serialize(result, JsonSerializerOptions.Web);
        batch.LastTouchedAt = now;
        batch.UpdatedAt = now;
        AuditLog.Add(db, user.Id, user.Id, "import.apply", new { importId = batch.Id, result.Created, result.Updated, result.Skipped }, now);
        return result;
    }
}
