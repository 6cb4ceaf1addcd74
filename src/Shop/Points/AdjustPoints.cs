using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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

    /// <summary>The idempotency scope of grants and deductions: one key space for both, as when the key was on the ledger row.</summary>
    public const string Operation = "points.adjust";

    public static void Map(RouteGroupBuilder points)
    {
        points.MapPost("/points/grant", (Request request, ClaimsPrincipal user, HttpContext http, Handler handler, CancellationToken ct) =>
            handler.AdjustAsync(LedgerType.Grant, request, Actor.Admin(user), http, ct))
            .WithSummary("Grant points").CountsAs("grant");
        points.MapPost("/points/deduct", (Request request, ClaimsPrincipal user, HttpContext http, Handler handler, CancellationToken ct) =>
            handler.AdjustAsync(LedgerType.Deduct, request, Actor.Admin(user), http, ct))
            .WithSummary("Deduct points").CountsAs("deduct");
    }

    public sealed class Handler(ShopDb db, PointsLedger ledger, AuditLog audit, EmployeeDirectory directory, IOptions<ShopOptions> options, ShopClock clock)
    {
        /// <summary>
        /// Writes one manual ledger entry. With an <c>Idempotency-Key</c> (optional here) the answer is stored in the
        /// platform's idempotency_records, scoped to the operator: a retry replays it, another request under it is 422.
        /// </summary>
        public async Task<Created<Response>> AdjustAsync(LedgerType type, Request request, Actor actor, HttpContext http, CancellationToken ct)
        {
            var settings = options.Value;
            var key = Idempotency.OptionalKey(http.Request);
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

            var idempotent = key is null ? null : Idempotency.Scope(key, actor.Id!.Value, Operation, $"{type}|{userId}|{amount}|{reason}|{expiresAt:O}");
            var location = $"/api/shop/admin/ledger?userId={userId}";
            await ledger.EnsureAccountAsync(userId, ct);
            return await db.InTransactionAsync(async ct =>
            {
                var account = (await ledger.LockAccountAsync(userId, ct))!;
                // Copies of one request queue on the account lock, so the first one's answer is visible here to the others.
                if (idempotent is not null && await idempotent.FindAsync(db.IdempotencyRecords, ct) is { } previous)
                {
                    return previous.Body is null
                        ? await ReplayMovedAsync(previous, account.Balance, ct)
                        : Idempotency.ReplayCreated<Response>(http, previous);
                }

                var before = new { account.Balance };
                var entry = type == LedgerType.Grant
                    ? ledger.Credit(account, amount, LedgerType.Grant, LedgerSource.Manual, reason, actor, expiresAt ?? ledger.ExpiryOfNewGrant())
                    : await ledger.DebitAsync(account, amount, LedgerType.Deduct, LedgerSource.Manual, reason, actor, ct);
                audit.Record(actor, type == LedgerType.Grant ? "points.grant" : "points.deduct", "account", userId.ToString(),
                    before, new { account.Balance, entry.Amount, entryId = entry.Id }, reason);
                var answer = new Response(ViewOf(entry), account.Balance);
                if (idempotent is not null)
                {
                    db.IdempotencyRecords.Add(idempotent.Answer(http, StatusCodes.Status201Created, location, answer, entry.Id, clock.UtcNow));
                }

                return TypedResults.Created(location, answer);
            }, ct);

            // A key moved from the ledger row (before the idempotency_records table) kept no answer: rebuild it from the entry.
            async Task<Created<Response>> ReplayMovedAsync(IdempotencyRecord record, int balance, CancellationToken ct)
            {
                var entry = await db.Ledger.AsNoTracking().SingleAsync(e => e.Id == record.ResourceId, ct);
                Idempotency.MarkReplayed(http);
                return TypedResults.Created(location, new Response(ViewOf(entry), balance));
            }
        }
    }

    public static MyPoints.LedgerView ViewOf(LedgerEntry e) =>
        new(e.Id, e.Type, e.Source, e.Amount, e.BalanceAfter, e.Reason, e.OperatorKind, e.OrderId, e.BatchId, e.Period, e.CreatedAt);
}
