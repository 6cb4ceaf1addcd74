using System.Diagnostics.Metrics;

namespace Quartet.Meals.Common;

/// <summary>Meter <c>Quartet.Meals</c>: expenses created, imports applied (and the rows they wrote), receipts stored.</summary>
public sealed class MealsMetrics
{
    public const string MeterName = "Quartet.Meals";

    private readonly Counter<long> expensesCreated;
    private readonly Counter<long> importsApplied;
    private readonly Counter<long> importRows;
    private readonly Counter<long> receiptsStored;

    public MealsMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        expensesCreated = meter.CreateCounter<long>("meals.expenses.created", "{expense}", "Expenses created through the API (imports counted separately).");
        importsApplied = meter.CreateCounter<long>("meals.imports.applied", "{import}", "Import batches applied.");
        importRows = meter.CreateCounter<long>("meals.imports.rows", "{row}", "Rows written by applied imports, by action (created, updated, skipped).");
        receiptsStored = meter.CreateCounter<long>("meals.receipts.stored", "{receipt}", "Receipts stored in the blob store.");
    }

    public void ExpenseCreated() => expensesCreated.Add(1);

    public void ImportApplied(int created, int updated, int skipped)
    {
        importsApplied.Add(1);
        importRows.Add(created, new KeyValuePair<string, object?>("action", "created"));
        importRows.Add(updated, new KeyValuePair<string, object?>("action", "updated"));
        importRows.Add(skipped, new KeyValuePair<string, object?>("action", "skipped"));
    }

    public void ReceiptStored() => receiptsStored.Add(1);
}
