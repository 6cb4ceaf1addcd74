using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Employees;
using Quartet.Shop.Operations;

namespace Quartet.Shop.Points;

/// <summary>Manual grant and deduct of one employee's points, with a reason; optional Idempotency-Key (spec 4.1).</summary>
public static class AdjustPoints
{
    public sealed class Request
    {
        [Required]
        public Guid? UserId { get; init; }

        [Required]
        [Range(1, int.MaxValue, ErrorMessage = "The amount must be a positive integer.")]
        public int? Amount { get; init; }

        [Required]
        [Text(1, 500)]
        public string? Reason { get; init; }

        /// <summary>Grant only: when these points expire (at least one day ahead).</summary>
        public DateTime? ExpiresAt { get; init; }
    }

    public sealed record Response(MyPoints.LedgerView Entry, int Balance);

    public static void Map(RouteGroupBuilder points)
    {
        points.MapPost("/points/grant", (Request request, ClaimsPrincipal user, HttpContext http, Handler handler, CancellationToken ct) =>
            handler.AdjustAsync(LedgerType.Grant, request, Actor.Admin(user), IdempotencyKeys.Optional(http.Request), ct))
            .Produces<Response>(StatusCodes.Status201Created).WithSummary("Grant points").CountsAs("grant");
        points.MapPost("/points/deduct", (Request request, ClaimsPrincipal user, HttpContext http, Handler handler, CancellationToken ct) =>
            handler.AdjustAsync(LedgerType.Deduct, request, Actor.Admin(user), IdempotencyKeys.Optional(http.Request), ct))
            .Produces<Response>(StatusCodes.Status201Created).WithSummary("Deduct points").CountsAs("deduct");
    }

    public sealed class Handler(ShopDb db, PointsLedger ledger, AuditLog audit, EmployeeDirectory directory, IOptions<ShopOptions> options, ShopClock clock)
    {
        public async Task<IResult> AdjustAsync(LedgerType type, Request request, Actor actor, string? key, CancellationToken ct)
        {
            var settings = options.Value;
            var userId = request.UserId!.Value;
            var amount = request.Amount!.Value;
            var reason = request.Reason!.Trim();
            var expiresAt = QueryArgs.Utc(request.ExpiresAt);
            if (type == LedgerType.Deduct && expiresAt is not null)
            {
                throw ShopErrors.Validation("expiresAt", "Only grants can expire.");
            }

            if (expiresAt is { } explicitExpiry && explicitExpiry < clock.UtcNow.AddDays(1))
            {
                throw ShopErrors.Validation("expiresAt", "The expiry must be at least one day ahead.");
            }

            if (amount > settings.MaxTransaction)
            {
                throw ShopErrors.TransactionCap(settings.MaxTransaction);
            }

            if (userId == actor.Id && !settings.AllowSelfAdjust)
            {
                throw ShopErrors.SelfAdjust();
            }

            if (await directory.FindAsync(userId, ct) is not { IsEmployee: true })
            {
                throw ShopErrors.EmployeeNotFound();
            }

            var hash = IdempotencyKeys.Hash($"{type}|{userId}|{amount}|{reason}|{expiresAt:O}");
            await ledger.EnsureAccountAsync(userId, ct);
            var (response, replayed) = await db.InTransactionAsync(async ct =>
            {
                var account = (await ledger.LockAccountAsync(userId, ct))!;
                if (key is not null)
                {
                    var previous = await db.Ledger.AsNoTracking().FirstOrDefaultAsync(e => e.OperatorId == actor.Id && e.IdempotencyKey == key, ct);
                    if (previous is not null)
                    {
                        return previous.RequestHash == hash
                            ? (new Response(ViewOf(previous), account.Balance), true)
                            : throw new ProblemException(409, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was already used for a different request.");
                    }
                }

                var before = new { account.Balance };
                var entry = type == LedgerType.Grant
                    ? ledger.Credit(account, amount, LedgerType.Grant, LedgerSource.Manual, reason, actor, expiresAt ?? ledger.ExpiryOfNewGrant())
                    : await ledger.DebitAsync(account, amount, LedgerType.Deduct, LedgerSource.Manual, reason, actor, ct);
                entry.IdempotencyKey = key;
                entry.RequestHash = key is null ? null : hash;
                audit.Record(actor, type == LedgerType.Grant ? "points.grant" : "points.deduct", "account", userId.ToString(),
                    before, new { account.Balance, entry.Amount, entryId = entry.Id }, reason);
                return (new Response(ViewOf(entry), account.Balance), false);
            }, ct);
            return replayed ? new ReplayedCreated(response) : TypedResults.Created($"/api/shop/admin/ledger?userId={userId}", response);
        }
    }

    public static MyPoints.LedgerView ViewOf(LedgerEntry e) =>
        new(e.Id, e.Type, e.Source, e.Amount, e.BalanceAfter, e.Reason, e.OperatorKind, e.OrderId, e.BatchId, e.Period, e.CreatedAt);
}

/// <summary>201 with <c>Idempotency-Replayed: true</c>: the answer of the first request carrying this key.</summary>
public sealed class ReplayedCreated(object value) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers["Idempotency-Replayed"] = "true";
        return TypedResults.Json(value, statusCode: StatusCodes.Status201Created).ExecuteAsync(httpContext);
    }
}
