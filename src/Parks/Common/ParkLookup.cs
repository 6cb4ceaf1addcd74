using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Common;

/// <summary>Finds the park or ride a public URL names; 404 problem when there is none.</summary>
public static class ParkLookup
{
    /// <summary>A park by id or slug.</summary>
    public static async Task<Park> FindParkAsync(ReadModel read, string idOrSlug, CancellationToken ct)
    {
        var parks = await read.ParksAsync(ct);
        var park = Guid.TryParse(idOrSlug, out var id) ? parks.GetValueOrDefault(id) : parks.Values.FirstOrDefault(p => p.Slug == idOrSlug);
        return park ?? throw new ProblemException(404, "PARK_NOT_FOUND", $"No park '{idOrSlug}'.");
    }

    public static async Task<Ride> FindRideAsync(ParksDb db, string id, CancellationToken ct) =>
        Guid.TryParse(id, out var rideId) && await db.Rides.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rideId, ct) is { } ride
            ? ride
            : throw new ProblemException(404, "RIDE_NOT_FOUND", $"No ride '{id}'.");
}
