using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Audit;

/// <summary>The audit trail for full admins; read-only (no route edits or deletes entries).</summary>
public static class ListAudit
{
    public sealed record AuditView(
        Guid Id, DateTime At, Guid? ActorId, ActorKind ActorKind, string Action, string EntityType, string EntityId,
        string? Before, string? After, string? Reason, string? RequestId, string? Ip, string? UserAgent);

    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/audit", async (
            PageRequest page, Guid? actorId, string? action, string? entityType, string? entityId, DateTime? from, DateTime? to, ShopDb db, CancellationToken ct) =>
        {
            from = QueryArgs.Utc(from);
            to = QueryArgs.Utc(to);
            QueryArgs.Range(from, to);
            var query = db.Audit.AsNoTracking();
            if (actorId is { } actor)
            {
                query = query.Where(a => a.ActorId == actor);
            }

            if (action.TrimToNull() is { } wantedAction)
            {
                query = query.Where(a => a.Action == wantedAction);
            }

            if (entityType.TrimToNull() is { } type)
            {
                query = query.Where(a => a.EntityType == type);
            }

            if (entityId.TrimToNull() is { } entity)
            {
                query = query.Where(a => a.EntityId == entity);
            }

            if (from is { } f)
            {
                query = query.Where(a => a.At >= f);
            }

            if (to is { } t)
            {
                query = query.Where(a => a.At <= t);
            }

            var result = query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Select(a => new AuditView(a.Id, a.At, a.ActorId, a.ActorKind, a.Action, a.EntityType, a.EntityId, a.Before, a.After, a.Reason, a.RequestId, a.Ip, a.UserAgent));
            return TypedResults.Ok(await result.ToPageAsync(page, ct));
        });
}
