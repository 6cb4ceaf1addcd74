using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Quartet.Parks.Collection;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Meta;

public sealed record ShameBand(string Band, decimal From, decimal To);

public sealed record TierWeights(int Tier1, int Tier2, int Tier3, int Unclassified);

public sealed record ViewDefaults(string Filter, string Period);

public sealed record SiteMeta(string TimeZone, string ZoneAbbreviation, int IntervalMinutes, string DataVersion, IEnumerable<PeriodView> Periods,
    IReadOnlyList<ShameBand> Bands, TierWeights Weights, string Formula, int FormulaVersion, IReadOnlyList<string> EmbedAncestors, ViewDefaults Defaults,
    IReadOnlyList<Attribution> Attribution);

/// <summary>GET /meta: period windows and labels, zone, interval, data version, bands, formula, embed allow-list, attribution.</summary>
public static class GetMeta
{
    private static readonly string[] PeriodKeys = ["live", "today", "yesterday", "last_week", "last_month"];

    private static readonly ShameBand[] Bands =
    [
        new("clean", 0.0m, 0.0m), new("low", 0.1m, 0.4m), new("medium", 0.5m, 0.9m), new("high", 1.0m, 1.9m), new("critical", 2.0m, 10m),
    ];

    public static void Map(RouteGroupBuilder api) => api.MapGet("/meta", async Task<Ok<SiteMeta>> (ParksDb db, DataVersions versions, PeriodResolver periods, ReportingZone zone,
        TimeProvider clock, IOptions<ParksOptions> options, IOptions<Platform.Hosting.QuartetOptions> platform, CancellationToken ct) =>
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = await versions.CurrentAsync(db, ct);
        return TypedResults.Ok(new SiteMeta(
            zone.Id,
            zone.Abbreviation(now),
            options.Value.Collection.IntervalMinutes,
            version.Token,
            PeriodKeys.Select(k => PeriodView.Of(periods.Resolve(k, null, null, now))),
            Bands,
            new TierWeights(3, 2, 1, 2),
            ShameFormula.Text,
            ShameFormula.FormulaVersion,
            EmbedSettings.Ancestors(platform.Value),
            new ViewDefaults("all", "today"),
            Views.Credits));
    });
}
