using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Audit;

/// <summary>The computation trace of one figure: a park's (<see cref="ParkAudit"/>) or a ride's (<see cref="RideAudit"/>).</summary>
[JsonDerivedType(typeof(ParkAudit))]
[JsonDerivedType(typeof(RideAudit))]
public abstract record AuditTrace;

/// <summary>GET /audit: the computation trace of one displayed figure — inputs per day, contributions, exclusions, provenance and self-checks.</summary>
public static class GetAudit
{
    public static readonly IReadOnlyList<string> Metrics = ["park-shame", "park-downtime", "park-uptime", "park-wait", "ride-downtime", "ride-uptime", "ride-wait"];

    public static void Map(RouteGroupBuilder api) => api.MapGet("/audit", Handle).RequireRateLimiting(ParksModule.AuditRateLimit);

    private static async Task<Ok<AuditTrace>> Handle(ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, string? metric, string? id, string? period,
        string? from, string? to, string? displayed, CancellationToken ct)
    {
        if (metric is null || !Metrics.Contains(metric))
        {
            throw new ProblemException(400, "INVALID_METRIC", $"metric must be one of {string.Join(", ", Metrics)}.");
        }

        var p = QueryArgs.Resolve(periods, clock, period, from, to);
        decimal? shown = null;
        if (!string.IsNullOrEmpty(displayed))
        {
            shown = decimal.TryParse(displayed, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
                ? d
                : throw new ProblemException(400, "VALIDATION_FAILED", "displayed must be a number.");
        }

        return TypedResults.Ok<AuditTrace>(metric.StartsWith("park", StringComparison.Ordinal)
            ? await ParkAudit.OfAsync(read, db, metric, await ParkLookup.FindParkAsync(read, id ?? "", ct), p, shown, ct)
            : await RideAudit.OfAsync(read, db, metric, await ParkLookup.FindRideAsync(db, id ?? "", ct), p, shown, ct));
    }
}
