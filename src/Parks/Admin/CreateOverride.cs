using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
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

/// <summary>POST /admin/overrides: an admin's map / ignore / create decision for one upstream id.</summary>
public static class CreateOverride
{
    public static void Map(RouteGroupBuilder admin) => admin.MapPost("/overrides", Handle).WithSummary("Create override");

    private static async Task<Results<Created<OverrideView>, ValidationProblem>> Handle(OverrideRequest body, HttpContext http, ParksDb db, DataVersions versions,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "source", body.Source, SourceOverrides.Sources);
        Check(errors, "entityType", body.EntityType, SourceOverrides.EntityTypes);
        Check(errors, "action", body.Action, SourceOverrides.Actions);
        if (body.Source == "qt" && !int.TryParse(body.ExternalId, out _))
        {
            errors["externalId"] = ["Queue-Times ids are integers."];
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var created = await SourceOverrides.CreateAsync(db, versions, http, clock.GetUtcNow().UtcDateTime, body.Source!, body.EntityType!, body.ExternalId!.Trim(),
            body.Action!, body.TargetId, body.Reason!, ct);
        return TypedResults.Created($"/api/parks/admin/overrides/{created.Id}", OverrideView.From(created));
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string? value, IReadOnlyList<string> allowed)
    {
        if (value is not null && !allowed.Contains(value))
        {
            errors[field] = [$"Must be one of {string.Join(", ", allowed)}."];
        }
    }
}
