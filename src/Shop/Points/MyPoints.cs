using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Points;

/// <summary>The employee's own points: summary, live balance and ledger (JSON and CSV).</summary>
public static class MyPoints
{
    public sealed record ExpiringSoon(int Points, DateTime EarliestAt);

    public sealed record BalanceResponse(int Balance, ExpiringSoon? ExpiringSoon, DateTime AsOf);

    public sealed record MeResponse(Guid UserId, int Balance, ExpiringSoon? ExpiringSoon, int MonthlyAllocation, string? EmployeeNumber, string? Department, DateTime AsOf);

    /// <summary>The balance and what of it expires within the horizon, in one round trip.</summary>
    public sealed record BalanceRowView(int Balance, int? Expiring, DateTime? Earliest);

    // Compiled once: this is the shop's most frequently polled endpoint, and EF's per-call query cache look-up
    // (expression tree, parameter extraction, cache key) was most of its cost.
    private static readonly PerModel<Func<ShopDb, Guid, DateTime, DateTime, Task<BalanceRowView?>>> BalanceRow = new(() =>
        EF.CompileAsyncQuery((ShopDb db, Guid userId, DateTime now, DateTime horizon) => db.Accounts.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Select(a => new BalanceRowView(
                a.Balance,
                db.Lots.Where(l => l.UserId == userId && l.Remaining > 0 && l.ExpiresAt > now && l.ExpiresAt <= horizon).Sum(l => (int?)l.Remaining),
                db.Lots.Where(l => l.UserId == userId && l.Remaining > 0 && l.ExpiresAt > now && l.ExpiresAt <= horizon).Min(l => l.ExpiresAt)))
            .SingleOrDefault()));

    public sealed record LedgerView(
        Guid Id, LedgerType Type, LedgerSource Source, int Amount, int BalanceAfter, string Reason, ActorKind OperatorKind,
        Guid? OrderId, Guid? BatchId, string? Period, DateTime CreatedAt);

    public static void Map(RouteGroupBuilder employee)
    {
        employee.MapGet("/me", async (ClaimsPrincipal user, ShopDb db, PointsLedger ledger, IOptions<ShopOptions> options, ShopClock clock, CancellationToken ct) =>
        {
            var account = await AccountOfAsync(user.UserId(), db, ledger, ct);
            var now = clock.UtcNow;
            var allocation = account.AllocationOverride ?? options.Value.MonthlyAllocation;
            return TypedResults.Ok(new MeResponse(account.UserId, account.Balance, await ExpiringAsync(db, account.UserId, now, ct), allocation,
                account.EmployeeNumber, account.Department, now));
        });

        employee.MapGet("/me/balance", async (ClaimsPrincipal user, HttpContext http, SqliteBalanceReads sqliteReads, ShopClock clock, CancellationToken ct) =>
        {
            var userId = user.UserId();
            var now = clock.UtcNow;
            var horizon = now.AddDays(30);

            // The context is taken only when it is needed: renting one from the pool is part of the hot path's cost.
            var row = sqliteReads.Applies
                ? await sqliteReads.ReadAsync(userId, now, horizon, ct)
                : await CompiledBalanceAsync(Db(), userId, now, horizon);
            if (row is null)
            {
                var db = Db();
                var account = await AccountOfAsync(userId, db, http.RequestServices.GetRequiredService<PointsLedger>(), ct);
                return Balance(account.Balance, await ExpiringAsync(db, userId, now, ct));
            }

            return Balance(row.Balance, row.Expiring is > 0 && row.Earliest is { } earliest ? new ExpiringSoon(row.Expiring.Value, earliest) : null);

            ShopDb Db() => http.RequestServices.GetRequiredService<ShopDb>();

            // The tag leaves out asOf, so a client polling an unchanged balance gets 304.
            Results<Ok<BalanceResponse>, StatusCodeHttpResult> Balance(int balance, ExpiringSoon? soon) =>
                ConditionalGet.Respond(http, new BalanceResponse(balance, soon, now), new { balance, soon });
        });

        employee.MapGet("/me/ledger", async (PageRequest page, string? type, DateTime? from, DateTime? to, ClaimsPrincipal user, ShopDb db, CancellationToken ct) =>
        {
            var userId = user.UserId();
            var query = Filter(db.Ledger.AsNoTracking().Where(e => e.UserId == userId), type, null, from, to)
                .OrderByDescending(e => e.Sequence)
                .Select(e => new LedgerView(e.Id, e.Type, e.Source, e.Amount, e.BalanceAfter, e.Reason, e.OperatorKind, e.OrderId, e.BatchId, e.Period, e.CreatedAt));
            return TypedResults.Ok(await query.ToPageAsync(page, ct));
        });

        employee.MapGet("/me/ledger.csv", (string? type, DateTime? from, DateTime? to, ClaimsPrincipal user, ShopDb db, CancellationToken ct) =>
        {
            var userId = user.UserId();
            var query = Filter(db.Ledger.AsNoTracking().Where(e => e.UserId == userId), type, null, from, to).OrderByDescending(e => e.Sequence);
            return Csv.StreamAsync(db, "my-points.csv", LedgerCsv.Header, query, LedgerCsv.Row, ct);
        }).Produces<string>(StatusCodes.Status200OK, "text/csv").WithSummary("Export own ledger as CSV");
    }

    private static Task<BalanceRowView?> CompiledBalanceAsync(ShopDb db, Guid userId, DateTime now, DateTime horizon) =>
        BalanceRow.For(db)(db, userId, now, horizon);

    public static async Task<PointsAccount> AccountOfAsync(Guid userId, ShopDb db, PointsLedger ledger, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, ct);
        if (account is null)
        {
            await ledger.EnsureAccountAsync(userId, ct);
            account = await db.Accounts.AsNoTracking().SingleAsync(a => a.UserId == userId, ct);
        }

        return account;
    }

    public static async Task<ExpiringSoon?> ExpiringAsync(ShopDb db, Guid userId, DateTime now, CancellationToken ct)
    {
        var horizon = now.AddDays(30);
        var soon = await db.Lots.AsNoTracking()
            .Where(l => l.UserId == userId && l.Remaining > 0 && l.ExpiresAt != null && l.ExpiresAt > now && l.ExpiresAt <= horizon)
            .GroupBy(l => l.UserId)
            .Select(g => new { Points = g.Sum(l => l.Remaining), Earliest = g.Min(l => l.ExpiresAt) })
            .SingleOrDefaultAsync(ct);
        return soon is null ? null : new ExpiringSoon(soon.Points, soon.Earliest!.Value);
    }

    public static IQueryable<LedgerEntry> Filter(IQueryable<LedgerEntry> query, string? type, string? source, DateTime? from, DateTime? to)
    {
        var wantedType = QueryArgs.Enum<LedgerType>(type, "type");
        var wantedSource = QueryArgs.Enum<LedgerSource>(source, "source");
        from = QueryArgs.Utc(from);
        to = QueryArgs.Utc(to);
        QueryArgs.Range(from, to);
        if (wantedType is { } t)
        {
            query = query.Where(e => e.Type == t);
        }

        if (wantedSource is { } s)
        {
            query = query.Where(e => e.Source == s);
        }

        if (from is { } f)
        {
            query = query.Where(e => e.CreatedAt >= f);
        }

        if (to is { } end)
        {
            query = query.Where(e => e.CreatedAt <= end);
        }

        return query;
    }
}
