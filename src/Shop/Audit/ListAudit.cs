using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Employees;

namespace Quartet.Shop.Audit;

/// <summary>The audit trail for full admins; read-only (no route edits or deletes entries).</summary>
public static class ListAudit
{
    /// <param name="ActorName">Who did it (their account's name and e-mail); null for the system.</param>
    /// <param name="Subject">What it was done to, as a person reads it: a product's name, an order's number, an employee.</param>
    public sealed record AuditView(
        Guid Id, DateTime At, Guid? ActorId, ActorKind ActorKind, string? ActorName, string? ActorEmail, string Action,
        string EntityType, string EntityId, string Subject, string? Before, string? After, string? Reason, string? RequestId, string? Ip, string? UserAgent);

    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/audit", async (
            PageRequest page, Guid? actorId, string? action, string? entityType, string? entityId, DateTime? from, DateTime? to, ShopDb db, EmployeeDirectory directory,
            CancellationToken ct) =>
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

            var result = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToPageAsync(page, ct);
            var subjects = await AuditSubjects.DescribeAsync(db, directory, result.Items, ct);
            var items = result.Items.Select(a =>
            {
                var actor = a.ActorId is { } id ? subjects.People.GetValueOrDefault(id) : null;
                return new AuditView(a.Id, a.At, a.ActorId, a.ActorKind, actor?.DisplayName, actor?.Email, a.Action, a.EntityType, a.EntityId,
                    subjects.Of(a), a.Before, a.After, a.Reason, a.RequestId, a.Ip, a.UserAgent);
            }).ToList();
            return TypedResults.Ok(new PagedList<AuditView>(items, result.Page, result.PageSize, result.Total));
        });
}
