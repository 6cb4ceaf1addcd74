using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

/// <summary>What every parks.admin write shares: the If-Match version, the audit entry, and today's rebuild.</summary>
public static class AdminSupport
{
    /// <summary>Requires If-Match with the entity's current version (428 without one, 412 when it is not the current one).</summary>
    public static void RequireCurrentVersion(HttpContext http, int current, string entity) =>
        VersionMatch(entity).Require(http.Request, ETags.OfVersion(current));

    public static ProblemException Stale(string entity) => VersionMatch(entity).Stale();

    private static Precondition VersionMatch(string entity) =>
        new($"Send If-Match with the {entity}'s version.", $"The {entity} changed since you loaded it.");

    public static string Actor(HttpContext http) =>
        http.User.FindFirst(QuartetClaims.Email)?.Value ?? http.User.TryGetUserId()?.ToString() ?? "unknown";

    /// <summary>Adds the audit entry to the context; the caller's SaveChanges writes it with the change itself.</summary>
    public static void Record(ParksDb db, HttpContext http, DateTime now, string action, string entityType, object entityId, object? before, object? after) =>
        db.AuditEntries.Add(new AdminAuditEntry
        {
            Id = Guid.CreateVersion7(),
            At = now,
            Actor = Actor(http),
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Before = before is null ? null : JsonSerializer.Serialize(before, JsonSerializerOptions.Web),
            After = after is null ? null : JsonSerializer.Serialize(after, JsonSerializerOptions.Web),
        });

    /// <summary>
    /// Writes an edit whose version the caller has bumped, with its audit entry (412 when another edit landed first),
    /// rebuilds today's figures of the park and answers the new state with its version as ETag.
    /// </summary>
    public static async Task<Ok<T>> CommitEditAsync<T>(ParksDb db, DataVersions versions, HttpContext http, Rollups rollups, ReportingZone zone, DateTime now,
        string entity, Guid entityId, Guid parkId, int version, T before, T after, CancellationToken ct)
        where T : class
    {
        Record(db, http, now, $"{entity}.edit", entity, entityId, before, after);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale(entity);
        }

        await RebuildTodayAsync(db, versions, rollups, zone, parkId, now, ct);
        http.Response.Headers.ETag = ETags.OfVersion(version);
        return TypedResults.Ok(after);
    }

    /// <summary>Catalogue and schedule edits change today's figures at once; earlier days only through an explicit recompute.</summary>
    public static async Task RebuildTodayAsync(ParksDb db, DataVersions versions, Rollups rollups, ReportingZone zone, Guid parkId, DateTime now, CancellationToken ct)
    {
        var park = await db.Parks.AsNoTracking().FirstAsync(p => p.Id == parkId, ct);
        await db.InTransactionAsync(async c =>
        {
            await rollups.LockParkAsync(db, park.Id, c);
            await rollups.RecomputeAsync(db, park, zone.LocalDateOf(now), now, finalise: false, c);
        }, ct);
        await versions.CatalogueChangedAsync(db, ct);
        await versions.DataChangedAsync(db, ct);
    }
}
