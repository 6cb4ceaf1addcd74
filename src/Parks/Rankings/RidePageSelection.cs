using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Rankings;

/// <summary>A ride's period sums with what a ranking filters on: its park and tier.</summary>
internal sealed record RankableRide(RideSums Sums, Guid ParkId, int? Tier);

/// <summary>
/// Chooses the rides a ranking page can hold from every ride's period sums, so that only those rides' catalogue rows
/// and figures are read. The ranked list sorts on a figure first and on name and id only for ties, so the page's
/// rides are among those whose figure is at least the figure at the page's last position; ties there are all kept.
/// </summary>
internal static class RidePageSelection
{
    /// <summary>Active attractions of parks passing <paramref name="filter"/> with their period sums.</summary>
    public static async Task<List<RankableRide>> RankableAsync(ReadModel read, ParksDb db, Period period, string filter, CancellationToken ct)
    {
        var parks = await read.ParksAsync(ct);
        var rides = await db.Rides.AsNoTracking().Where(r => r.IsActive && r.Category == RideCategories.Attraction)
            .Select(r => new { r.Id, r.ParkId, r.Tier }).ToDictionaryAsync(r => r.Id, ct);
        return (await read.RideSumsAsync(period.From, period.To, null, null, null, ct))
            .Where(s => rides.TryGetValue(s.RideId, out var ride) && parks.TryGetValue(ride.ParkId, out var park) && QueryArgs.Passes(park, filter))
            .Select(s => new RankableRide(s, rides[s.RideId].ParkId, rides[s.RideId].Tier))
            .ToList();
    }

    /// <summary>
    /// The ids of the ranked rides that can be on <paramref name="page"/> (the page's and those tied with its last
    /// position), and how many rides are ranked. <paramref name="worstFirst"/> is the ranking's primary sort key, largest first.
    /// </summary>
    public static (List<Guid> Ids, int Total) Choose(List<RankableRide> ranked, Func<RankableRide, decimal> worstFirst, PageRequest page)
    {
        var last = page.Skip + page.PageSize;
        if (page.Skip >= ranked.Count)
        {
            return ([], ranked.Count);
        }

        var keys = ranked.Select(worstFirst).OrderDescending().ToList();
        var threshold = keys[Math.Min(last, keys.Count) - 1];
        return (ranked.Where(r => worstFirst(r) >= threshold).Select(r => r.Sums.RideId).ToList(), ranked.Count);
    }
}
