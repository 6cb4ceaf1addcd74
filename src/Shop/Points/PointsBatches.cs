using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text;
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

/// <summary>
/// Batch grant or deduct (spec 4.1): 1–5,000 rows and one reason; a dry run validates everything and writes nothing;
/// a commit is all-or-nothing, refusing the whole batch with per-row errors when any row is bad.
/// </summary>
public static class PointsBatches
{
    public const int MaxRows = 5_000;

    public sealed class Item
    {
        public Guid? UserId { get; init; }

        public string? EmployeeNumber { get; init; }

        public string? Email { get; init; }

        public int Amount { get; init; }
    }

    public sealed class Request : IValidatableObject
    {
        [Required]
        public BatchKind? Kind { get; init; }

        [Required]
        [Text(1, 500)]
        public string? Reason { get; init; }

        public DateTime? ExpiresAt { get; init; }

        [Required]
        public List<Item>? Items { get; init; }

        public bool DryRun { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Items is { Count: 0 or > MaxRows })
            {
                yield return new ValidationResult($"A batch has 1–{MaxRows:N0} rows.", [nameof(Items)]);
                yield break;
            }

            for (var i = 0; i < (Items?.Count ?? 0); i++)
            {
                var item = Items![i];
                if (item.Amount < 1)
                {
                    yield return new ValidationResult("The amount must be a positive integer.", [$"Items[{i}].amount"]);
                }

                var identifiers = (item.UserId is null ? 0 : 1) + (string.IsNullOrWhiteSpace(item.EmployeeNumber) ? 0 : 1) + (string.IsNullOrWhiteSpace(item.Email) ? 0 : 1);
                if (identifiers != 1)
                {
                    yield return new ValidationResult("Name the employee by exactly one of userId, employeeNumber or email.", [$"Items[{i}]"]);
                }
            }

            if (Kind == BatchKind.Deduct && ExpiresAt is not null)
            {
                yield return new ValidationResult("Only grants can expire.", [nameof(ExpiresAt)]);
            }
        }
    }

    [Description("One row of a points batch as checked: the employee it names, the amount, the balance before and after, or why it cannot be written.")]
    public sealed record BatchRowResult(int Index, Guid? UserId, string? Name, int Amount, int? BalanceBefore, int? BalanceAfter, string? Error);

    [Description("A dry run of a points batch: every row checked against today's balances; nothing written.")]
    public sealed record BatchPreview(BatchKind Kind, int RowCount, long TotalPoints, int ErrorCount, IReadOnlyList<BatchRowResult> Rows);

    public sealed record BatchView(Guid Id, BatchKind Kind, string Reason, DateTime? ExpiresAt, int RowCount, int TotalPoints, Guid OperatorId, DateTime CreatedAt);

    public sealed record BatchDetail(BatchView Batch, IReadOnlyList<AdminLedger.AdminLedgerView> Entries);

    public const string BatchOperation = "batch";

    /// <summary>The idempotency scope of batches (the operator's keys for them).</summary>
    public const string IdempotencyOperation = "points.batch";

    public static void Map(RouteGroupBuilder points)
    {
        points.MapPost("/points/batches", (Request request, ClaimsPrincipal user, HttpContext http, Handler handler, CancellationToken ct) =>
            handler.RunAsync(request, Actor.Admin(user), http, ct))
            .WithSummary("Create points batch").CountsAs(BatchOperation);

        points.MapGet("/points/batches", async (PageRequest page, ShopDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Batches.AsNoTracking().OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id)
                .Select(b => new BatchView(b.Id, b.Kind, b.Reason, b.ExpiresAt, b.RowCount, b.TotalPoints, b.OperatorId, b.CreatedAt))
                .ToPageAsync(page, ct)));

        points.MapGet("/points/batches/{id}", async (Guid id, ShopDb db, CancellationToken ct) =>
        {
            var batch = await db.Batches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct)
                ?? throw new ProblemException(404, "BATCH_NOT_FOUND", "There is no such batch.");
            var entries = await db.Ledger.AsNoTracking().Where(e => e.BatchId == id).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
                .Select(e => new AdminLedger.AdminLedgerView(e.Id, e.UserId, e.Sequence, e.Type, e.Source, e.Amount, e.BalanceAfter, e.Reason,
                    e.OperatorId, e.OperatorKind, e.OrderId, e.BatchId, e.Period, e.CreatedAt))
                .ToListAsync(ct);
            return TypedResults.Ok(new BatchDetail(
                new BatchView(batch.Id, batch.Kind, batch.Reason, batch.ExpiresAt, batch.RowCount, batch.TotalPoints, batch.OperatorId, batch.CreatedAt), entries));
        });
    }

    public sealed class Handler(ShopDb db, PointsLedger ledger, AuditLog audit, EmployeeDirectory directory, IOptions<ShopOptions> options, ShopClock clock)
    {
        /// <summary>
        /// Previews (dry run) or writes a batch. With an <c>Idempotency-Key</c> (optional here) the answer is stored in the
        /// platform's idempotency_records, scoped to the operator: a retry replays it, another request under it is 422.
        /// </summary>
        public async Task<Results<Ok<BatchPreview>, Created<BatchView>>> RunAsync(Request request, Actor actor, HttpContext http, CancellationToken ct)
        {
            var settings = options.Value;
            var key = Idempotency.OptionalKey(http.Request);
            var kind = request.Kind!.Value;
            var reason = request.Reason!.Trim();
            var expiresAt = QueryArgs.Utc(request.ExpiresAt);
            if (expiresAt is { } expiry && expiry < clock.UtcNow.AddDays(1))
            {
                throw ShopErrors.Validation("expiresAt", "The expiry must be at least one day ahead.");
            }

            var targets = await ResolveAsync(request.Items!, ct);
            if (request.DryRun)
            {
                var balances = await db.Accounts.AsNoTracking()
                    .Where(a => targets.Select(t => t.UserId).Contains(a.UserId))
                    .ToDictionaryAsync(a => a.UserId, a => a.Balance, ct);
                var rows = Check(request, targets, id => balances.GetValueOrDefault(id), actor, settings);
                return TypedResults.Ok(new BatchPreview(kind, rows.Count, rows.Sum(r => (long)r.Amount), rows.Count(r => r.Error is not null), rows));
            }

            var idempotent = key is null ? null : Idempotency.Scope(key, actor.Id!.Value, IdempotencyOperation, Canonical(request));
            var valid = targets.Where(t => t.UserId is not null && t.Error is null).Select(t => t.UserId!.Value).ToList();
            await ledger.EnsureAccountsAsync(valid, ct);
            return await db.InTransactionAsync<Created<BatchView>>(async ct =>
            {
                var accounts = await ledger.LockAccountsAsync(valid, ct);
                // Copies of one request lock the same accounts, so the first one's answer is visible here to the others.
                if (idempotent is not null && await idempotent.FindAsync(db.IdempotencyRecords, ct) is { } previous)
                {
                    return previous.Body is null
                        ? await ReplayMovedAsync(previous, ct)
                        : Idempotency.ReplayCreated<BatchView>(http, previous);
                }

                var rows = Check(request, targets, id => accounts.TryGetValue(id, out var a) ? a.Balance : 0, actor, settings);
                var bad = rows.Where(r => r.Error is not null).ToList();
                if (bad.Count > 0)
                {
                    throw new ProblemException(422, "BATCH_REJECTED", $"{bad.Count} row(s) are invalid; nothing was written.",
                        bad.ToDictionary(r => $"items[{r.Index}]", r => new[] { r.Error! }));
                }

                var batch = new PointsBatch
                {
                    Id = Guid.CreateVersion7(),
                    Kind = kind,
                    Reason = reason,
                    ExpiresAt = expiresAt,
                    RowCount = rows.Count,
                    TotalPoints = rows.Sum(r => r.Amount),
                    OperatorId = actor.Id!.Value,
                    CreatedAt = clock.UtcNow,
                };
                db.Batches.Add(batch);
                foreach (var row in rows)
                {
                    var account = accounts[row.UserId!.Value];
                    var entry = kind == BatchKind.Grant
                        ? ledger.Credit(account, row.Amount, LedgerType.Grant, LedgerSource.Batch, reason, actor, expiresAt ?? ledger.ExpiryOfNewGrant())
                        : await ledger.DebitAsync(account, row.Amount, LedgerType.Deduct, LedgerSource.Batch, reason, actor, ct);
                    entry.BatchId = batch.Id;
                }

                audit.Record(actor, kind == BatchKind.Grant ? "points.batch.grant" : "points.batch.deduct", "batch", batch.Id.ToString(), null,
                    new { batch.RowCount, batch.TotalPoints, batch.ExpiresAt }, reason);
                var answer = ViewOf(batch);
                if (idempotent is not null)
                {
                    db.IdempotencyRecords.Add(idempotent.Answer(http, StatusCodes.Status201Created, LocationOf(batch.Id), answer, batch.Id, clock.UtcNow));
                }

                return TypedResults.Created(LocationOf(batch.Id), answer);
            }, ct);

            // A key moved from the batch row (before the idempotency_records table) kept no answer: rebuild it from the batch.
            async Task<Created<BatchView>> ReplayMovedAsync(IdempotencyRecord record, CancellationToken ct)
            {
                var batch = await db.Batches.AsNoTracking().SingleAsync(b => b.Id == record.ResourceId, ct);
                Idempotency.MarkReplayed(http);
                return TypedResults.Created(LocationOf(batch.Id), ViewOf(batch));
            }
        }

        private static string LocationOf(Guid batchId) => $"/api/shop/admin/points/batches/{batchId}";

        private sealed record Target(int Index, Guid? UserId, string? Name, string? Error);

        private async Task<List<Target>> ResolveAsync(List<Item> items, CancellationToken ct)
        {
            var numbers = items.Where(i => i.EmployeeNumber.TrimToNull() is not null).Select(i => i.EmployeeNumber!.Trim()).Distinct().ToList();
            var byNumber = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
            foreach (var chunk in numbers.Chunk(500))
            {
                foreach (var account in await db.Accounts.AsNoTracking().Where(a => chunk.Contains(a.EmployeeNumber!)).Select(a => new { a.EmployeeNumber, a.UserId }).ToListAsync(ct))
                {
                    byNumber[account.EmployeeNumber!] = account.UserId;
                }
            }

            var byEmail = await directory.FindByEmailsAsync([.. items.Where(i => i.Email.TrimToNull() is not null).Select(i => i.Email!)], ct);
            var ids = items.Select(i => i.UserId ?? (i.EmployeeNumber.TrimToNull() is { } n && byNumber.TryGetValue(n, out var id) ? id : (Guid?)null))
                .Where(id => id is not null).Select(id => id!.Value).ToList();
            ids.AddRange(byEmail.Values.Select(e => e.Id));
            var people = await directory.FindManyAsync(ids, ct);

            return [.. items.Select((item, index) =>
            {
                EmployeeInfo? person = null;
                if (item.UserId is { } id)
                {
                    person = people.GetValueOrDefault(id);
                }
                else if (item.EmployeeNumber.TrimToNull() is { } number && byNumber.TryGetValue(number, out var numbered))
                {
                    person = people.GetValueOrDefault(numbered);
                }
                else if (item.Email.TrimToNull() is { } email)
                {
                    person = byEmail.GetValueOrDefault(email.ToUpperInvariant());
                }

                return person switch
                {
                    null => new Target(index, null, null, "EMPLOYEE_NOT_FOUND"),
                    { IsEmployee: false } => new Target(index, person.Id, person.DisplayName, "NOT_AN_EMPLOYEE"),
                    _ => new Target(index, person.Id, person.DisplayName, null),
                };
            })];
        }

        private static List<BatchRowResult> Check(Request request, List<Target> targets, Func<Guid, int> balanceOf, Actor actor, ShopOptions settings)
        {
            var seen = new HashSet<Guid>();
            var rows = new List<BatchRowResult>(targets.Count);
            foreach (var target in targets)
            {
                var amount = request.Items![target.Index].Amount;
                if (target.UserId is not { } userId || target.Error is not null)
                {
                    rows.Add(new BatchRowResult(target.Index, target.UserId, target.Name, amount, null, null, target.Error));
                    continue;
                }

                var balance = balanceOf(userId);
                var after = request.Kind == BatchKind.Grant ? (long)balance + amount : balance - amount;
                var error = !seen.Add(userId) ? "DUPLICATE_EMPLOYEE"
                    : userId == actor.Id && !settings.AllowSelfAdjust ? "SELF_ADJUST_FORBIDDEN"
                    : amount > settings.MaxTransaction ? "TRANSACTION_CAP_EXCEEDED"
                    : after < 0 ? "INSUFFICIENT_POINTS"
                    : after > settings.MaxBalance ? "BALANCE_CAP_EXCEEDED"
                    : null;
                rows.Add(new BatchRowResult(target.Index, userId, target.Name, amount, balance, error is null ? (int)after : null, error));
            }

            return rows;
        }

        private static string Canonical(Request request)
        {
            var text = new StringBuilder($"{request.Kind}|{request.Reason!.Trim()}|{request.ExpiresAt:O}");
            foreach (var item in request.Items!)
            {
                text.Append($"|{item.UserId}/{item.EmployeeNumber}/{item.Email}/{item.Amount}");
            }

            return text.ToString();
        }

        private static BatchView ViewOf(PointsBatch b) => new(b.Id, b.Kind, b.Reason, b.ExpiresAt, b.RowCount, b.TotalPoints, b.OperatorId, b.CreatedAt);
    }
}
