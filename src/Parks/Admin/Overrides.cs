using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

public sealed class OverrideRequest
{
    [Required]
    public string? Source { get; init; }

    [Required]
    public string? EntityType { get; init; }

    [Required]
    [StringLength(64, MinimumLength = 1)]
    public string? ExternalId { get; init; }

    [Required]
    public string? Action { get; init; }

    public Guid? TargetId { get; init; }

    [Required]
    [StringLength(500, MinimumLength = 1)]
    public string? Reason { get; init; }
}

/// <summary>
/// GET, POST /admin/overrides and DELETE /admin/overrides/{id}: an admin's map / ignore / create decision for one upstream id.
/// Discovery applies overrides before automatic matching, on its next run.
/// </summary>
public static class Overrides
{
    public static readonly IReadOnlyList<string> Sources = ["tpw", "qt"];
    public static readonly IReadOnlyList<string> EntityTypes = ["park", "ride"];
    public static readonly IReadOnlyList<string> Actions = ["map", "ignore", "create"];

    public static async Task<IResult> List(ParksDb db, PageRequest page, CancellationToken ct) =>
        TypedResults.Ok(await db.Overrides.AsNoTracking().OrderByDescending(o => o.CreatedAt).ToPageAsync(page, ct));

    public static async Task<IResult> Create(OverrideRequest body, HttpContext http, ParksDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "source", body.Source, Sources);
        Check(errors, "entityType", body.EntityType, EntityTypes);
        Check(errors, "action", body.Action, Actions);
        if (body.Source == "qt" && !int.TryParse(body.ExternalId, out _))
        {
            errors["externalId"] = ["Queue-Times ids are integers."];
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var created = await CreateAsync(db, http, clock.GetUtcNow().UtcDateTime, body.Source!, body.EntityType!, body.ExternalId!.Trim(), body.Action!, body.TargetId,
            body.Reason!, ct);
        return TypedResults.Created($"/api/parks/admin/overrides/{created.Id}", created);
    }

    /// <summary>Adds an override after checking its target (422) and that the id has none yet (409); the caller saves.</summary>
    public static async Task<SourceOverride> CreateAsync(ParksDb db, HttpContext http, DateTime now, string source, string entityType, string externalId,
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

        await DataVersions.CatalogueChangedAsync(db, ct);
        return row;
    }

    public static async Task<IResult> Delete(Guid id, HttpContext http, ParksDb db, TimeProvider clock, CancellationToken ct)
    {
        var row = await db.Overrides.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new ProblemException(404, "OVERRIDE_NOT_FOUND", "No such override.");
        db.Overrides.Remove(row);
        AdminSupport.Record(db, http, clock.GetUtcNow().UtcDateTime, "override.delete", "override", row.Id, row, null);
        await db.SaveChangesAsync(ct);
        await DataVersions.CatalogueChangedAsync(db, ct);
        return TypedResults.NoContent();
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string? value, IReadOnlyList<string> allowed)
    {
        if (value is not null && !allowed.Contains(value))
        {
            errors[field] = [$"Must be one of {string.Join(", ", allowed)}."];
        }
    }
}
