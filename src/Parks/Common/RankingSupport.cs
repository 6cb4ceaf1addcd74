using Quartet.Parks.Domain;

namespace Quartet.Parks.Common;

/// <summary>What the ranked lists share: the context of one page of rides and the reason a list is empty.</summary>
public static class RankingSupport
{
    /// <summary>The previous period's figures and the live state of one page's rides only, unless every ride's live state is loaded already.</summary>
    public static async Task<(Dictionary<Guid, RideFigures> Previous, Dictionary<Guid, RideLive> Live)> PageContextAsync(ReadModel read, Period p, string filter,
        List<RideFigures> pageRows, Dictionary<Guid, RideLive>? allLive, CancellationToken ct)
    {
        var ids = pageRows.Select(x => x.Ride.Id).ToList();
        var previous = p.Previous is { } prev && ids.Count > 0 ? (await read.RideFiguresAsync(prev.From, prev.To, filter, null, null, ct, ids)).ToDictionary(x => x.Ride.Id) : [];
        return (previous, allLive ?? (ids.Count == 0 ? [] : await read.LiveRidesAsync(null, ct, ids)));
    }

    public static async Task<string> EmptyReason(ReadModel read, Period period, CancellationToken ct) =>
        !await read.AnyCollectedAsync(ct) ? "not_collected_yet"
        : period.Kind == PeriodKind.Live && (await read.OpenNowAsync(null, ct)).Count == 0 ? "no_open_parks"
        : "no_data";
}
