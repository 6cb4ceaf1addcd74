using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

public sealed class ParkPatch
{
    public string? Name { get; init; }

    public string? Brand { get; init; }

    public string? StatusModel { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? TimeZone { get; init; }

    public bool? IsActive { get; init; }
}

public sealed record ParkSettings(Guid Id, string Slug, string Name, string Brand, string StatusModel, string? City, string? Region, string TimeZone,
    bool IsActive, int Version);

/// <summary>PATCH /admin/parks/{id}: name, brand, status model, location, time zone, active; If-Match required.</summary>
public static class EditPark
{
    private static readonly string[] BrandValues = [Brands.Disney, Brands.Universal, Brands.Other];

    public static void Map(RouteGroupBuilder admin) => admin.MapPatch("/parks/{id:guid}", Handle);

    private static async Task<Results<Ok<ParkSettings>, ValidationProblem>> Handle(Guid id, ParkPatch body, HttpContext http, ParksDb db, DataVersions versions, Rollups rollups,
        ReportingZone zone, TimeProvider clock, CancellationToken ct)
    {
        var errors = Validate(body);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var park = await db.Parks.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new ProblemException(404, "PARK_NOT_FOUND", "No such park.");
        AdminSupport.RequireCurrentVersion(http, park.Version, "park");
        var before = Snapshot(park);
        park.Name = body.Name?.Trim() ?? park.Name;
        park.Brand = body.Brand ?? park.Brand;
        park.StatusModel = body.StatusModel is null ? park.StatusModel : Enum.Parse<StatusModel>(body.StatusModel);
        park.City = body.City is null ? park.City : Blank(body.City);
        park.Region = body.Region is null ? park.Region : Blank(body.Region);
        park.TimeZone = body.TimeZone ?? park.TimeZone;
        park.IsActive = body.IsActive ?? park.IsActive;
        park.Version++;
        return await AdminSupport.CommitEditAsync(db, versions, http, rollups, zone, clock.GetUtcNow().UtcDateTime, "park", park.Id, park.Id, park.Version,
            before, Snapshot(park), ct);
    }

    private static Dictionary<string, string[]> Validate(ParkPatch body)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Name is { } name && (name.Trim().Length is 0 or > 120))
        {
            errors["name"] = ["Must be 1 to 120 characters."];
        }

        if (body.Brand is { } brand && !BrandValues.Contains(brand))
        {
            errors["brand"] = [$"Must be one of {string.Join(", ", BrandValues)}."];
        }

        if (body.StatusModel is { } model && !Enum.GetNames<StatusModel>().Contains(model))
        {
            errors["statusModel"] = [$"Must be one of {string.Join(", ", Enum.GetNames<StatusModel>())}."];
        }

        if (body.City is { Length: > 80 })
        {
            errors["city"] = ["At most 80 characters."];
        }

        if (body.Region is { Length: > 80 })
        {
            errors["region"] = ["At most 80 characters."];
        }

        if (body.TimeZone is { } tz && (tz.Length > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(tz, out var found) || !found.HasIanaId))
        {
            errors["timeZone"] = ["Must be an IANA time zone id, e.g. America/New_York."];
        }

        return errors;
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ParkSettings Snapshot(Park p) =>
        new(p.Id, p.Slug, p.Name, p.Brand, p.StatusModel.ToString(), p.City, p.Region, p.TimeZone, p.IsActive, p.Version);
}
