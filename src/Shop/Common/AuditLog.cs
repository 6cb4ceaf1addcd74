using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Quartet.Shop.Data;

namespace Quartet.Shop.Common;

/// <summary>Adds audit entries to the current unit of work, so they commit (or roll back) with the change they describe.</summary>
public sealed class AuditLog(ShopDb db, ShopClock clock, IHttpContextAccessor http)
{
    public AuditEntry Record(Actor actor, string action, string entityType, string entityId, object? before, object? after, string? reason = null)
    {
        var context = http.HttpContext;
        var userAgent = context?.Request.Headers.UserAgent.ToString();
        var entry = new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            At = clock.UtcNow,
            ActorId = actor.Id,
            ActorKind = actor.Kind,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.Serialize(before, JsonSerializerOptions.Web),
            After = after is null ? null : JsonSerializer.Serialize(after, JsonSerializerOptions.Web),
            Reason = reason,
            RequestId = context?.TraceIdentifier,
            Ip = context?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = string.IsNullOrEmpty(userAgent) ? null : userAgent[..Math.Min(userAgent.Length, 300)],
        };
        db.Audit.Add(entry);
        return entry;
    }
}
