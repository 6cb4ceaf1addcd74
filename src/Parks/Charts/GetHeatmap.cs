using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Charts;

public sealed record HeatmapRow(int Rank, ChartEntity Entity, decimal? Value);

public sealed record HeatmapView(string Type, PeriodView Period, string Filter, IReadOnlyList<Attribution> Attribution, string Metric, string Unit,
    string? EmptyReason, IEnumerable<HeatmapRow> Entities, IEnumerable<string> Columns, IEnumerable<IEnumerable<decimal?>> Matrix);

/// <summary>GET /heatmaps/{type}: the top entities by hour (one day, trimmed to the hours with values) or by day.</summary>
public static class GetHeatmap
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/heatmaps/{type}", Handle);

    private static async Task<Ok<HeatmapView>> Handle(string type, ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, string? period,
        string? from, string? to, string? filter, string? limit, CancellationToken ct)
    {
        if (period == "live")
        {
            throw new ProblemException(400, "PERIOD_NOT_SUPPORTED", "Heatmaps have no live view.");
        }

        var rows = await ChartRows.BuildAsync(type, read, db, periods, clock, period, from, to, filter, limit, ct);
        var columns = rows.Columns;
        if (columns.FirstOrDefault()?.Hour is not null)
        {
            // Hours from the earliest to the latest hour holding a value among the listed entities.
            var used = columns.Select((c, i) => (c, i)).Where(x => rows.Entities.Any(e => e.ValueAt(x.c) is not null)).Select(x => x.i).ToList();
            columns = used.Count == 0 ? [] : columns.Skip(used.Min()).Take(used.Max() - used.Min() + 1).ToList();
        }

        return TypedResults.Ok(new HeatmapView(
            type,
            PeriodView.Of(rows.Period),
            rows.Filter,
            Views.Credits,
            type,
            rows.Unit,
            rows.Entities.Count > 0 ? null : await RankingSupport.EmptyReason(read, rows.Period, ct),
            rows.Entities.Select((e, i) => new HeatmapRow(i + 1, e.Ref, e.Value)),
            columns.Select(c => c.Label),
            rows.Entities.Select(e => columns.Select(e.ValueAt))));
    }
}
