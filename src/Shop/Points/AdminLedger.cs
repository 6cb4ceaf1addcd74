using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Points;

/// <summary>Every ledger entry, for points admins: filterable list and streamed CSV export.</summary>
public static class AdminLedger
{
    public sealed record AdminLedgerView(
        Guid Id, Guid UserId, int Sequence, LedgerType Type, LedgerSource Source, int Amount, int BalanceAfter, string Reason,
        Guid? OperatorId, ActorKind OperatorKind, Guid? OrderId, Guid? BatchId, string? Period, DateTime CreatedAt);

    public static void Map(RouteGroupBuilder points)
    {
        points.MapGet("/ledger", async (
            PageRequest page, Guid? userId, string? type, string? source, Guid? batchId, DateTime? from, DateTime? to, ShopDb db, CancellationToken ct) =>
        {
            var query = Filter(db, userId, type, source, batchId, from, to)
                .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
                .Select(e => new AdminLedgerView(e.Id, e.UserId, e.Sequence, e.Type, e.Source, e.Amount, e.BalanceAfter, e.Reason, e.OperatorId,
                    e.OperatorKind, e.OrderId, e.BatchId, e.Period, e.CreatedAt));
            return TypedResults.Ok(await query.ToPageAsync(page, ct));
        });

        points.MapGet("/exports/ledger.csv", (
            Guid? userId, string? type, string? source, Guid? batchId, DateTime? from, DateTime? to, ShopDb db, CancellationToken ct) =>
        {
            var query = Filter(db, userId, type, source, batchId, from, to).OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id);
            return Csv.StreamAsync(db, "ledger.csv", LedgerCsv.Header, query, LedgerCsv.Row, ct);
        }).Produces<string>(StatusCodes.Status200OK, "text/csv").WithSummary("Export ledger as CSV");
    }

    private static IQueryable<LedgerEntry> Filter(ShopDb db, Guid? userId, string? type, string? source, Guid? batchId, DateTime? from, DateTime? to)
    {
        var query = MyPoints.Filter(db.Ledger.AsNoTracking(), type, source, from, to);
        if (userId is { } user)
        {
            query = query.Where(e => e.UserId == user);
        }

        if (batchId is { } batch)
        {
            query = query.Where(e => e.BatchId == batch);
        }

        return query;
    }
}
