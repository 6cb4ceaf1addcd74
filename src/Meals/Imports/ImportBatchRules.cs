using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Imports;

public sealed class ImportOptionsInput : IValidatableObject
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

public sealed class ImportRowDecision
{
    [Range(1, int.MaxValue)]
    public int RowNumber { get; init; }

    public string? RestaurantAction { get; init; }

    public Guid? RestaurantId { get; init; }

    public string? ExpenseAction { get; init; }

    public Guid? TargetExpenseId { get; init; }
}

public sealed class ImportDecisionsInput : IValidatableObject
{
    [Required, MinLength(1), MaxLength(1000)]
    public List<ImportRowDecision>? Decisions { get; init; }

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

/// <summary>Finding one of the caller's import batches, and the rule that only a batch in review changes.</summary>
public static class ImportBatchRules
{
    public static async Task<ImportBatch> FindAsync(MealsDb db, Guid userId, Guid id, CancellationToken ct) =>
        await db.ImportBatches.FirstOrDefaultAsync(b => b.Id == id && b.UserId == userId, ct) ?? throw MealsProblems.NotFound("import");

    public static void EnsureOpen(ImportBatch batch)
    {
        if (batch.Status != ImportStatus.Reviewing)
        {
            throw new ProblemException(409, "IMPORT_NOT_OPEN", $"This import is {batch.Status}; only an import in review can change.");
        }
    }
}
