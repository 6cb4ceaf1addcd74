using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

/// <summary>
/// An admin's map / ignore / create decision for one upstream id (created directly or by accepting a match review).
/// Discovery applies overrides before automatic matching, on its next run.
/// </summary>
public static class SourceOverrides
{
    public static readonly IReadOnlyList<string> Sources = ["tpw", "qt"];
    public static readonly IReadOnlyList<string> EntityTypes = ["park", "ride"];
    public static readonly IReadOnlyList<string> Actions = ["map", "ignore", "create"];

    /// <summary>Adds an override after checking its target (422) and that the id has none yet (409); the caller saves.</summary>
    public static async Task<SourceOverride> CreateAsync(ParksDb db, DataVersions versions, HttpContext http, DateTime now, string source, string entityType, string externalId,
        string action, Guid? targetId, string reason, CancellationToken ct)
    {
        if (action == "map")
        {
            var exists = targetId is { } target && (entityType == "park"
                ? await db.Parks.AnyAsync(p => p.Id == target, ct)
                : await db.Rides.AnyAsync(r => r.Id == target, ct));
            if (!exists)
            {
                throw new ProblemException(422, "OVERRIDE_TARGET_INVALID", $"A map override needs the id of an existing {entityType} as targetId.");
            }
        }
        else if (targetId is not null)
        {
            throw new ProblemException(422, "OVERRIDE_TARGET_INVALID", "Only a map override has a target.");
        }

        if (await db.Overrides.AnyAsync(o => o.Source == source && o.EntityType == entityType && o.ExternalId == externalId, ct))
        {
            throw new ProblemException(409, "OVERRIDE_EXISTS", "This upstream id already has an override; delete it first.");
        }

        var actor = AdminSupport.Actor(http);
        var row = new SourceOverride
        {
            Id = Guid.CreateVersion7(),
            Source = source,
            EntityType = entityType,
            ExternalId = externalId,
            Action = action,
            TargetId = targetId,
            Reason = reason.Trim(),
            CreatedBy = actor.Length > 200 ? actor[..200] : actor,
            CreatedAt = now,
        };
        db.Overrides.Add(row);
        AdminSupport.Record(db, http, now, "override.create", "override", row.Id, null, row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ProblemException(409, "OVERRIDE_EXISTS", "This upstream id already has an override; delete it first.");
        }

        await versions.CatalogueChangedAsync(db, ct);
        return row;
    }
}
