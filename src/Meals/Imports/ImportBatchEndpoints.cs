using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Imports;

/// <summary>Review a batch: summary, options (re-parse), rows with status filter, decisions, discard, template.</summary>
public static class ImportBatchEndpoints
{
    public sealed class OptionsInput : IValidatableObject
    {
        public string? DateOrder { get; init; }

        public string? SignConvention { get; init; }

        public string? DefaultCurrency { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (DateOrder is not (null or "MDY" or "DMY"))
            {
                yield return new ValidationResult("dateOrder is MDY or DMY.", ["dateOrder"]);
            }

            if (SignConvention is not (null or "spendPositive" or "spendNegative"))
            {
                yield return new ValidationResult("signConvention is spendPositive or spendNegative.", ["signConvention"]);
            }

            if (DefaultCurrency is not null && Currencies.Normalize(DefaultCurrency) is null)
            {
                yield return new ValidationResult("Unknown ISO 4217 currency code.", ["defaultCurrency"]);
            }
        }
    }

    public sealed class RowDecision
    {
        [Range(1, int.MaxValue)]
        public int RowNumber { get; init; }

        public string? RestaurantAction { get; init; }

        public Guid? RestaurantId { get; init; }

        public string? ExpenseAction { get; init; }

        public Guid? TargetExpenseId { get; init; }
    }

    public sealed class DecisionsInput : IValidatableObject
    {
        [Required, MinLength(1), MaxLength(1000)]
        public List<RowDecision>? Decisions { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            foreach (var d in Decisions ?? [])
            {
                if (d.RestaurantAction is not (null or "match" or "create") || d.ExpenseAction is not (null or "create" or "update" or "skip"))
                {
                    yield return new ValidationResult($"Row {d.RowNumber}: restaurantAction is match/create, expenseAction create/update/skip.", ["decisions"]);
                }
                else if (d.RestaurantAction == "match" && d.RestaurantId is null)
                {
                    yield return new ValidationResult($"Row {d.RowNumber}: matching needs a restaurantId.", ["decisions"]);
                }
                else if (d.ExpenseAction == "update" && d.TargetExpenseId is null)
                {
                    yield return new ValidationResult($"Row {d.RowNumber}: update needs a targetExpenseId.", ["decisions"]);
                }
            }
        }
    }

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/imports/template", Template);
        group.MapGet("/imports/{id:guid}", GetAsync);
        group.MapPatch("/imports/{id:guid}", ChangeOptionsAsync);
        group.MapGet("/imports/{id:guid}/rows", RowsAsync);
        group.MapPatch("/imports/{id:guid}/rows", DecideAsync);
        group.MapDelete("/imports/{id:guid}", DiscardAsync);
    }

    private static IResult Template(string? format = null)
    {
        if (format is "json")
        {
            const string json = """
                [
                  {"date": "2025-03-07", "time": "19:30", "amount": "42.50", "currency": "USD", "restaurant": "Luigi's Trattoria", "city": "Boston", "category": "Restaurants", "mealType": "dinner", "orderType": "dine_in", "partySize": 2, "tags": "date-night;italian", "notes": "Anniversary"},
                  {"date": "2025-03-08", "amount": "4.75", "currency": "USD", "restaurant": "Corner Coffee", "city": "Boston", "category": "Coffee & Drinks", "mealType": "coffee", "orderType": "takeout", "partySize": 1, "tags": "", "notes": ""}
                ]
                """;
            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", "meals-import-template.json");
        }

        if (format is not (null or "csv"))
        {
            throw MealsProblems.Field("VALIDATION_FAILED", "format", "format is csv or json.");
        }

        const string csv = "date,time,amount,currency,restaurant,city,category,meal_type,order_type,party_size,tags,notes\r\n"
            + "2025-03-07,19:30,42.50,USD,Luigi's Trattoria,Boston,Restaurants,dinner,dine_in,2,date-night;italian,Anniversary\r\n"
            + "2025-03-08,,4.75,USD,Corner Coffee,Boston,Coffee & Drinks,coffee,takeout,1,,\r\n";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", "meals-import-template.csv");
    }

    private static async Task<ImportBatch> FindAsync(MealsDb db, Guid userId, Guid id, CancellationToken ct) =>
        await db.ImportBatches.FirstOrDefaultAsync(b => b.Id == id && b.UserId == userId, ct) ?? throw MealsProblems.NotFound("import");

    private static void EnsureOpen(ImportBatch batch)
    {
        if (batch.Status != ImportStatus.Reviewing)
        {
            throw new ProblemException(409, "IMPORT_NOT_OPEN", $"This import is {batch.Status}; only an import in review can change.");
        }
    }

    private static async Task<IResult> GetAsync(Guid id, MealsDb db, MealsUser user, CancellationToken ct) =>
        TypedResults.Ok(await ImportViews.SummaryAsync(db, await FindAsync(db, user.Id, id, ct), ct));

    private static async Task<IResult> ChangeOptionsAsync(Guid id, OptionsInput input, MealsDb db, MealsUser user, TimeProvider clock,
        IOptions<MealsOptions> options, CancellationToken ct)
    {
        var batch = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var batch = await FindAsync(db, user.Id, id, token);
            EnsureOpen(batch);
            batch.DateOrder = input.DateOrder ?? batch.DateOrder;
            batch.SignConvention = input.SignConvention ?? batch.SignConvention;
            batch.DefaultCurrency = Currencies.Normalize(input.DefaultCurrency) ?? batch.DefaultCurrency;
            batch.LastTouchedAt = now;
            batch.UpdatedAt = now;
            var rows = await db.ImportRows.Where(r => r.BatchId == id).OrderBy(r => r.RowNumber).ToListAsync(token);
            var analyzer = new ImportAnalyzer(db, user.Id, user.Settings.TimeZone, Zones.Today(clock, user.Settings.TimeZone), options.Value.DuplicateWindowDays);
            await analyzer.AnalyzeAsync(ImportViews.OptionsOf(batch), rows, keepDecisions: true, token);
            return batch;
        }, ct);
        return TypedResults.Ok(await ImportViews.SummaryAsync(db, batch, ct));
    }

    private static async Task<IResult> RowsAsync(Guid id, PageRequest page, MealsDb db, MealsUser user, CancellationToken ct, string? status = null)
    {
        var batch = await FindAsync(db, user.Id, id, ct);
        var rows = db.ImportRows.AsNoTracking().Where(r => r.BatchId == batch.Id);
        rows = status switch
        {
            null or "" => rows,
            "error" => rows.Where(r => r.HasErrors),
            "undecided" => rows.Where(r => !r.HasErrors && (r.ExpenseAction == null || (r.ExpenseAction != "skip" && r.RestaurantAction == null))),
            "duplicate" => rows.Where(r => r.PossibleDuplicate),
            "newRestaurant" => rows.Where(r => !r.HasErrors && r.RestaurantAction == "create" && r.ExpenseAction != "skip"),
            "ready" => rows.Where(r => !r.HasErrors && r.ExpenseAction != null && (r.ExpenseAction == "skip" || r.RestaurantAction != null)),
            _ => throw MealsProblems.Field("VALIDATION_FAILED", "status", "status is error, undecided, duplicate, newRestaurant or ready."),
        };
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(r => r.RowNumber).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<ImportRowView>(items.Select(ImportViews.RowView).ToList(), page.Page, page.PageSize, total));
    }

    private static async Task<IResult> DecideAsync(Guid id, DecisionsInput input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var decisions = input.Decisions!;
        await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var batch = await FindAsync(db, user.Id, id, token);
            EnsureOpen(batch);
            var numbers = decisions.Select(d => d.RowNumber).Distinct().ToList();
            var rows = await db.ImportRows.Where(r => r.BatchId == id && numbers.Contains(r.RowNumber)).ToDictionaryAsync(r => r.RowNumber, token);
            if (rows.Count != numbers.Count)
            {
                throw MealsProblems.NotFound("import row");
            }

            var restaurantIds = decisions.Select(d => d.RestaurantId).OfType<Guid>().Distinct().ToList();
            if (await db.Restaurants.CountAsync(r => r.UserId == user.Id && restaurantIds.Contains(r.Id), token) != restaurantIds.Count)
            {
                throw MealsProblems.NotFound("restaurant");
            }

            var targetIds = decisions.Select(d => d.TargetExpenseId).OfType<Guid>().Distinct().ToList();
            var versions = await db.Expenses.Where(e => e.UserId == user.Id && targetIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Version, token);
            if (versions.Count != targetIds.Count)
            {
                throw MealsProblems.NotFound("expense");
            }

            foreach (var decision in decisions)
            {
                var row = rows[decision.RowNumber];
                if (row.HasErrors && decision.ExpenseAction is not (null or "skip"))
                {
                    throw MealsProblems.Field("IMPORT_ROW_HAS_ERRORS", "decisions", $"Row {row.RowNumber} has errors and can only be skipped.");
                }

                if (decision.RestaurantAction is not null)
                {
                    row.RestaurantAction = decision.RestaurantAction;
                    row.RestaurantId = decision.RestaurantAction == "match" ? decision.RestaurantId : null;
                }

                if (decision.ExpenseAction is not null)
                {
                    row.ExpenseAction = decision.ExpenseAction;
                    row.TargetExpenseId = decision.ExpenseAction == "update" ? decision.TargetExpenseId : null;
                    row.TargetVersion = row.TargetExpenseId is { } target ? versions[target] : null;
                }
            }

            batch.LastTouchedAt = now;
        }, ct);
        var updated = await db.ImportRows.AsNoTracking().Where(r => r.BatchId == id && decisions.Select(d => d.RowNumber).Contains(r.RowNumber))
            .OrderBy(r => r.RowNumber).ToListAsync(ct);
        return TypedResults.Ok(updated.Select(ImportViews.RowView).ToList());
    }

    private static async Task<IResult> DiscardAsync(Guid id, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var batch = await FindAsync(db, user.Id, id, token);
            EnsureOpen(batch);
            await db.ImportRows.Where(r => r.BatchId == id).ExecuteDeleteAsync(token);
            batch.Status = ImportStatus.Discarded;
            batch.UpdatedAt = now;
        }, ct);
        return TypedResults.NoContent();
    }
}
