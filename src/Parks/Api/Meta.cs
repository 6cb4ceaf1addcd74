using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Api;

/// <summary>GET /meta: period windows and labels, zone, interval, data version, bands, formula, embed allow-list, attribution.</summary>
public static class Meta
{
    private static readonly string[] PeriodKeys = ["live", "today", "yesterday", "last_week", "last_month"];

    public static void Map(RouteGroupBuilder api) => api.MapGet("/meta", async (ParksDb db, PeriodResolver periods, ReportingZone zone, TimeProvider clock,
        IOptions<ParksOptions> options, IOptions<Platform.Hosting.QuartetOptions> platform, CancellationToken ct) =>
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = await DataVersions.CurrentAsync(db, ct);
        return TypedResults.Ok(new
        {
            timeZone = zone.Id,
            zoneAbbreviation = zone.Abbreviation(now),
            intervalMinutes = options.Value.Collection.IntervalMinutes,
            dataVersion = version.Token,
            periods = PeriodKeys.Select(k => PeriodView.Of(periods.Resolve(k, null, null, now))),
            bands = new object[]
            {
                new { band = "clean", from = 0.0m, to = 0.0m }, new { band = "low", from = 0.1m, to = 0.4m }, new { band = "medium", from = 0.5m, to = 0.9m },
                new { band = "high", from = 1.0m, to = 1.9m }, new { band = "critical", from = 2.0m, to = 10m },
            },
            weights = new { tier1 = 3, tier2 = 2, tier3 = 1, unclassified = 2 },
            formula = ShameFormula.Text,
            formulaVersion = ShameFormula.FormulaVersion,
            embedAncestors = EmbedSettings.Ancestors(platform.Value),
            defaults = new { filter = "all", period = "today" },
            attribution = Common.Credits,
        });
    });
}

/// <summary>GET /search-index: active parks and rides for the client-side search; its ETag follows the catalogue only.</summary>
public static class SearchIndex
{
    public static async Task<IResult> Handle(ReadModel read, ParksDb db, CancellationToken ct)
    {
        var parks = (await read.ParksAsync(ct)).Values.Where(p => p.IsActive).OrderBy(p => p.Name).ToList();
        // One DbContext runs one query at a time: await each before starting the next.
        var rides = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Rides.Where(r => r.IsActive).OrderBy(r => r.Name).Select(r => new { r.Id, r.Name, r.ParkId }), ct);
        var names = parks.ToDictionary(p => p.Id, p => p.Name);
        var version = await DataVersions.CurrentAsync(db, ct);
        return TypedResults.Ok(new
        {
            catalogueRevision = version.CatalogueRevision,
            parks = parks.Select(p => new { p.Id, p.Slug, p.Name, location = new Location(p.City, p.Region, p.Country, p.Latitude, p.Longitude) }),
            rides = rides.Where(r => names.ContainsKey(r.ParkId)).Select(r => new { r.Id, r.Name, r.ParkId, parkName = names[r.ParkId] }),
        });
    }
}

/// <summary>GET /health: collection freshness; 503 when unhealthy.</summary>
public static class Health
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/health", async (ReadModel read, CancellationToken ct) =>
    {
        var health = await read.HealthAsync(ct);
        return health.Status == "unhealthy" ? Results.Json(health, statusCode: StatusCodes.Status503ServiceUnavailable) : Results.Ok(health);
    });
}
