using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Notifications;
using Quartet.Shop.Operations;
using Quartet.Shop.Points;

namespace Quartet.Shop.Orders;

/// <summary>
/// Redeem a cart: one order per line, all in one transaction under the single order's rules. Every line is checked
/// for stock, price, limits and points against what the lines before it took; the first failing line rolls back all.
/// </summary>
public static class CheckoutCart
{
    public const int MaxLines = 20;

    public sealed class Line
    {
        [Required]
        public Guid? ProductId { get; init; }

        [Required]
        public int? Quantity { get; init; }

        public int? ExpectedUnitCost { get; init; }
    }

    public sealed class Request
    {
        [Required]
        public IReadOnlyList<Line>? Lines { get; init; }
    }

    public sealed record Response(IReadOnlyList<OrderView> Orders, int TotalCost, int Balance);

    public const string Operation = "cart.checkout";

    private const string Location = "/api/shop/orders";

    public static void Map(RouteGroupBuilder employee) =>
        employee.MapPost("/cart/checkout", HandleAsync).ProducesProblem(StatusCodes.Status428PreconditionRequired).WithName("CheckoutCart").CountsAs("redeem");

    public static async Task<Created<Response>> HandleAsync(
        Request request, ClaimsPrincipal user, HttpContext http, ShopDb db, PointsLedger ledger, AuditLog audit,
        IOptions<ShopOptions> options, ShopClock clock, ShopNotifications notifications, CancellationToken ct)
    {
        var settings = options.Value;
        var key = Idempotency.RequireKey(http.Request);
        var lines = Validate(request.Lines!, settings);
        var userId = user.UserId();
        var idempotent = Idempotency.Scope(key, userId, Operation, "cart|" + string.Join(';', lines.Select(l =>
            string.Create(CultureInfo.InvariantCulture, $"{l.ProductId}|{l.Quantity}|{l.ExpectedUnitCost}"))));
        var window = TimeSpan.FromHours(settings.EmployeeCancelWindowHours);
        return await TryCheckoutAsync() ?? await EnsureAccountThenCheckoutAsync();

        async Task<Created<Response>> EnsureAccountThenCheckoutAsync()
        {
            await ledger.EnsureAccountAsync(userId, ct);
            return await TryCheckoutAsync() ?? throw new InvalidOperationException("The points account vanished.");
        }

        Task<Created<Response>?> TryCheckoutAsync() => db.InTransactionAsync(async ct =>
        {
            var account = await ledger.LockAccountAsync(userId, ct);
            if (account is null)
            {
                return null;
            }

            // Copies of one request queue on the account lock, so the first one's answer is visible here to the others.
            if (await idempotent.FindAsync(db.IdempotencyRecords, ct) is { } previous)
            {
                return Idempotency.ReplayCreated<Response>(http, previous);
            }

            if (await ReplayMovedAsync(account.Balance, ct) is { } moved)
            {
                return moved;
            }

            var orders = new List<Order>(lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                try
                {
                    var order = await PlaceOrder.RedeemAsync(db, ledger, audit, settings, clock, account, line.ProductId, line.Quantity,
                        line.ExpectedUnitCost, ct);
                    await notifications.OrderChangedAsync(order, clock.UtcNow, ct);
                    orders.Add(order);
                }
                catch (ProblemException problem)
                {
                    throw OnLine(problem, line);
                }

                // Saved inside the transaction so the next line's monthly limits count this one.
                await db.SaveChangesAsync(ct);
            }

            if (orders.Sum(o => (long)o.TotalCost) > settings.MaxTransaction)
            {
                throw ShopErrors.TransactionCap(settings.MaxTransaction);
            }

            var answer = AnswerOf(orders, account.Balance);
            db.IdempotencyRecords.Add(idempotent.Answer(http, StatusCodes.Status201Created, Location, answer, orders[0].Id, clock.UtcNow));
            return TypedResults.Created(Location, answer);
        }, ct);

        Response AnswerOf(IEnumerable<Order> orders, int balance)
        {
            var now = clock.UtcNow;
            var views = orders.Select(o => OrderView.Of(o, window, now)).ToList();
            return new Response(views, views.Sum(v => v.TotalCost), balance);
        }

        // A checkout placed before the idempotency_records table kept its key on each line's order as MovedLineKey(key, i);
        // the migration moved those keys into the table, one record per line. Replay them as the orders are now.
        async Task<Created<Response>?> ReplayMovedAsync(int balance, CancellationToken ct)
        {
            var lineKeys = lines.Select((_, i) => MovedLineKey(key, i)).ToList();
            var moved = await db.IdempotencyRecords.AsNoTracking()
                .Where(r => r.UserId == userId && r.Operation == Operation && lineKeys.Contains(r.Key))
                .ToListAsync(ct);
            if (moved.Count == 0)
            {
                return null;
            }

            if (moved.Count != lines.Count || moved.Any(r => r.Fingerprint != idempotent.Fingerprint))
            {
                throw new ProblemException(StatusCodes.Status422UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED",
                    $"This {Idempotency.Header} was already used for a different request.");
            }

            var orderIds = moved.OrderBy(r => lineKeys.IndexOf(r.Key)).Select(r => r.ResourceId!.Value).ToList();
            var orders = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToListAsync(ct);
            Idempotency.MarkReplayed(http);
            return TypedResults.Created(Location, AnswerOf(orders.OrderBy(o => orderIds.IndexOf(o.Id)), balance));
        }
    }

    /// <param name="Index">The line's position in the request, to name it in an error.</param>
    private sealed record ValidLine(int Index, Guid ProductId, int Quantity, int? ExpectedUnitCost);

    private static List<ValidLine> Validate(IReadOnlyList<Line> lines, ShopOptions settings)
    {
        if (lines.Count is 0 or > MaxLines)
        {
            throw ShopErrors.Validation("lines", $"The cart must hold from 1 to {MaxLines} products.");
        }

        var valid = new List<ValidLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.ProductId is not { } productId || productId == Guid.Empty)
            {
                throw ShopErrors.Validation($"lines[{i}].productId", "Each cart line needs a product.");
            }

            if (line.Quantity is not { } quantity || quantity < 1 || quantity > settings.MaxQuantity)
            {
                throw ShopErrors.Validation($"lines[{i}].quantity", $"Quantity must be from 1 to {settings.MaxQuantity}.");
            }

            if (line.ExpectedUnitCost is < 1)
            {
                throw ShopErrors.Validation($"lines[{i}].expectedUnitCost", "The expected unit cost must be a positive integer.");
            }

            if (valid.Any(v => v.ProductId == productId))
            {
                throw ShopErrors.Validation($"lines[{i}].productId", "Each product may appear once in the cart; change its quantity instead.");
            }

            valid.Add(new ValidLine(i, productId, quantity, line.ExpectedUnitCost));
        }

        // Products are taken in one order by every cart, so two carts never wait on each other's rows (PostgreSQL).
        return [.. valid.OrderBy(v => v.ProductId)];
    }

    /// <summary>The key a line's order kept before the idempotency_records table: one no client can send (it holds a colon).</summary>
    internal static string MovedLineKey(string cartKey, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"cart:{Idempotency.Fingerprint(cartKey)[..40]}:{index}");

    /// <summary>The line's problem, naming the line and product so the cart can point at it.</summary>
    private static ProblemException OnLine(ProblemException problem, ValidLine line) =>
        new(problem.Status, problem.Code, problem.Detail, problem.Errors)
        {
            RetryAfter = problem.RetryAfter,
            Extensions = new Dictionary<string, object?>(problem.Extensions) { ["line"] = line.Index, ["productId"] = line.ProductId },
        };
}
