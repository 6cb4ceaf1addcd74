using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Collection;
using Quartet.Parks.Common;
using Quartet.Parks.Data;

namespace Quartet.Parks.Meta;

public sealed record SearchPark(Guid Id, string Slug, string Name, Location Location);

public sealed record SearchRide(Guid Id, string Name, Guid ParkId, string ParkName);

public sealed record SearchIndex(long CatalogueRevision, IEnumerable<SearchPark> Parks, IEnumerable<SearchRide> Rides);

/// <summary>GET /search-index: active parks and rides for the client-side search; its ETag follows the catalogue only.</summary>
public static class GetSearchIndex
{
    public static async Task<Ok<SearchIndex>> Handle(ReadModel read, ParksDb db, DataVersions versions, CancellationToken ct)
    {
        var parks = (await read.ParksAsync(ct)).Values.Where(p => p.IsActive).OrderBy(p => p.Name).ToList();
        // One DbContext runs one query at a time: await each before starting the next.
        var rides = await db.Rides.Where(r => r.IsActive).OrderBy(r => r.Name).Select(r => new { r.Id, r.Name, r.ParkId }).ToListAsync(ct);
        var names = parks.ToDictionary(p => p.Id, p => p.Name);
        var version = await versions.CurrentAsync(db, ct);
        return TypedResults.Ok(new SearchIndex(
            version.CatalogueRevision,
            parks.Select(p => new SearchPark(p.Id, p.Slug, p.Name, new Location(p.City, p.Region, p.Country, p.Latitude, p.Longitude))),
            rides.Where(r => names.ContainsKey(r.ParkId)).Select(r => new SearchRide(r.Id, r.Name, r.ParkId, names[r.ParkId]))));
    }
}
