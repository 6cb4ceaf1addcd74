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

    private sealed record Outcome(IReadOnlyList<Order> Orders, int Balance, bool Replayed);

    public static void Map(RouteGroupBuilder employee) =>
        employee.MapPost("/cart/checkout", HandleAsync).ProducesProblem(StatusCodes.Status428PreconditionRequired).WithName("CheckoutCart").CountsAs("redeem");

    public static async Task<Created<Response>> HandleAsync(
        Request request, ClaimsPrincipal user, HttpContext http, ShopDb db, PointsLedger ledger, AuditLog audit,
        IOptions<ShopOptions> options, ShopClock clock, ShopNotifications notifications, CancellationToken ct)
    {
        var settings = options.Value;
        var key = IdempotencyKeys.Require(http.Request);
        var lines = Validate(request.Lines!, settings);
        var userId = user.UserId();
        var hash = IdempotencyKeys.Hash("cart|" + string.Join(';', lines.Select(l =>
            string.Create(CultureInfo.InvariantCulture, $"{l.ProductId}|{l.Quantity}|{l.ExpectedUnitCost}"))));

        var outcome = await TryCheckoutAsync();
        if (outcome is null)
        {
            await ledger.EnsureAccountAsync(userId, ct);
            outcome = await TryCheckoutAsync() ?? throw new InvalidOperationException("The points account vanished.");
        }

        if (outcome.Replayed)
        {
            http.Response.Headers["Idempotency-Replayed"] = "true";
        }

        var window = TimeSpan.FromHours(settings.EmployeeCancelWindowHours);
        var now = clock.UtcNow;
        var views = outcome.Orders.Select(o => OrderView.Of(o, window, now)).ToList();
        return TypedResults.Created("/api/shop/orders", new Response(views, views.Sum(v => v.TotalCost), outcome.Balance));

        Task<Outcome?> TryCheckoutAsync() => db.InTransactionAsync(async ct =>
        {
            var account = await ledger.LockAccountAsync(userId, ct);
            if (account is null)
            {
                return null;
            }

            // Line i is stored under a key derived from the cart's key; copies of one request queue on the account lock.
            var lineKeys = lines.Select((_, i) => LineKey(key, i)).ToList();
            var previous = await db.Orders.AsNoTracking()
                .Where(o => o.UserId == userId && o.IdempotencyKey != null && lineKeys.Contains(o.IdempotencyKey))
                .ToListAsync(ct);
            if (previous.Count > 0)
            {
                return previous.Count == lines.Count && previous.All(o => o.RequestHash == hash)
                    ? new Outcome([.. previous.OrderBy(o => lineKeys.IndexOf(o.IdempotencyKey!))], account.Balance, Replayed: true)
                    : throw new ProblemException(409, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was already used for a different request.");
            }

            var orders = new List<Order>(lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                try
                {
                    var order = await PlaceOrder.RedeemAsync(db, ledger, audit, settings, clock, account, line.ProductId, line.Quantity,
                        line.ExpectedUnitCost, lineKeys[i], hash, ct);
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

            return new Outcome(orders, account.Balance, Replayed: false);
        }, ct);
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

    /// <summary>A key no client can send (it holds a colon), unique per cart key and line.</summary>
    internal static string LineKey(string cartKey, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"cart:{IdempotencyKeys.Hash(cartKey)[..40]}:{index}");

    /// <summary>The line's problem, naming the line and product so the cart can point at it.</summary>
    private static ProblemException OnLine(ProblemException problem, ValidLine line) =>
        new(problem.Status, problem.Code, problem.Detail, problem.Errors)
        {
            RetryAfter = problem.RetryAfter,
            Extensions = new Dictionary<string, object?>(problem.Extensions) { ["line"] = line.Index, ["productId"] = line.ProductId },
        };
}
