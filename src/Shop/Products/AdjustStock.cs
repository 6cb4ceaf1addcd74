using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Products;

/// <summary>Change stock by a delta or to an absolute value, atomically and with a reason (no If-Match needed).</summary>
public static class AdjustStock
{
    public sealed class Request : IValidatableObject
    {
        [Range(-1_000_000, 1_000_000)]
        public int? Delta { get; init; }

        [Range(0, 1_000_000)]
        public int? Set { get; init; }

        [Required]
        [Text(1, 500)]
        public string? Reason { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Delta is null == Set is null)
            {
                yield return new ValidationResult("Send either delta or set.", [nameof(Delta)]);
            }
            else if (Delta == 0)
            {
                yield return new ValidationResult("The delta must not be 0.", [nameof(Delta)]);
            }
        }
    }

    public sealed record Response(Guid ProductId, int Stock, int Delta);

    public static void Map(RouteGroupBuilder products) =>
        products.MapPost("/products/{id}/stock", async (Guid id, Request request, ClaimsPrincipal user, ShopDb db, AuditLog audit, ShopClock clock, CancellationToken ct) =>
        {
            var actor = Actor.Admin(user);
            var reason = request.Reason!.Trim();
            var response = await db.InTransactionAsync(async ct =>
            {
                var current = await LockStockAsync(db, id, ct) ?? throw ShopErrors.ProductNotFound();
                var delta = request.Delta ?? request.Set!.Value - current;
                if (current + delta < 0)
                {
                    throw new ProblemException(422, "STOCK_NEGATIVE", $"Stock is {current}; it cannot go below 0.");
                }

                if (delta == 0)
                {
                    return new Response(id, current, 0);
                }

                await db.Products.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + delta), ct);
                var after = current + delta;
                db.StockMovements.Add(new StockMovement
                {
                    Id = Guid.CreateVersion7(),
                    ProductId = id,
                    Delta = delta,
                    StockAfter = after,
                    Kind = StockMovementKind.Adjust,
                    Reason = reason,
                    OperatorId = actor.Id,
                    CreatedAt = clock.UtcNow,
                });
                audit.Record(actor, "stock.adjust", "product", id.ToString(), new { stock = current }, new { stock = after, delta }, reason);
                return new Response(id, after, delta);
            }, ct);
            return TypedResults.Ok(response);
        });

    /// <summary>The current stock with the product row locked until the transaction ends.</summary>
    private static async Task<int?> LockStockAsync(ShopDb db, Guid id, CancellationToken ct)
    {
        if (db.IsSqlite)
        {
            return await db.Products.Where(p => p.Id == id).Select(p => (int?)p.Stock).SingleOrDefaultAsync(ct);
        }

        var rows = db.IsMySql
            ? await db.Database.SqlQuery<int>($"SELECT `Stock` AS `Value` FROM products WHERE `Id` = {id} FOR UPDATE").ToListAsync(ct)
            : await db.Database.SqlQuery<int>($"SELECT \"Stock\" AS \"Value\" FROM products WHERE \"Id\" = {id} FOR UPDATE").ToListAsync(ct);
        return rows.Count == 0 ? null : rows[0];
    }
}
