using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Imports;

/// <summary>Changes how the file is read (date order, sign convention, default currency) and analyses its rows again, keeping decisions.</summary>
public static class ChangeImportOptions
{
    public static void Map(RouteGroupBuilder group) => group.MapPatch("/imports/{id:guid}", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<ImportSummary>> HandleAsync(Guid id, ImportOptionsInput input, MealsDb db, MealsUser user, TimeProvider clock,
        IOptions<MealsOptions> options, CancellationToken ct)
    {
        var batch = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var batch = await ImportBatchRules.FindAsync(db, user.Id, id, token);
            ImportBatchRules.EnsureOpen(batch);
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
}
