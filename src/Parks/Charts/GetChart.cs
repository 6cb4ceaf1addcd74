using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Charts;

public sealed record ChartSeries(ChartEntity Entity, decimal? Total, IEnumerable<decimal?> Values);

public sealed record ChartView(string Type, PeriodView Period, string Filter, IReadOnlyList<Attribution> Attribution, DateTime? DataAsOf, string Granularity,
    string Unit, string? EmptyReason, IEnumerable<string> Labels, IEnumerable<ChartSeries> Series);

/// <summary>GET /charts/{type}: series of the top entities, hourly for one day, daily for longer periods.</summary>
public static class GetChart
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/charts/{type}", Handle);

    private static async Task<Ok<ChartView>> Handle(string type, ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, string? period,
        string? from, string? to, string? filter, string? limit, CancellationToken ct)
    {
        var rows = await ChartRows.BuildAsync(type, read, db, periods, clock, period, from, to, filter, limit, ct);
        var granularity = rows.Columns.FirstOrDefault()?.Hour is not null ? "hour" : "day";
        return TypedResults.Ok(new ChartView(
            type,
            PeriodView.Of(rows.Period),
            rows.Filter,
            Views.Credits,
            await read.DataAsOfAsync(ct),
            granularity,
            rows.Unit,
            rows.Entities.Count > 0 ? null : await RankingSupport.EmptyReason(read, rows.Period, ct),
            rows.Columns.Select(c => c.Label),
            rows.Entities.Select(e => new ChartSeries(e.Ref, e.Value, rows.Columns.Select(e.ValueAt)))));
    }
}
