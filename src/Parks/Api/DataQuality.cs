using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Platform.Csv;
using Quartet.Platform.Http;

namespace Quartet.Parks.Api;

/// <summary>GET /data-quality: the public issue report per entity, as JSON or CSV.</summary>
public static class DataQuality
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/data-quality", async (ParksDb db, ReadModel read, int? days, string? source, string? type,
        bool? open, string? format, CancellationToken ct) =>
    {
        var window = days ?? 7;
        if (window is < 1 or > 90)
        {
            throw new ProblemException(400, "VALIDATION_FAILED", "days must be from 1 to 90.");
        }

        if (type is not null && !Issues.Types.Contains(type))
        {
            throw new ProblemException(400, "VALIDATION_FAILED", $"type must be one of {string.Join(", ", Issues.Types)}.");
        }

        if (format is not null and not "json" and not "csv")
        {
            throw new ProblemException(400, "VALIDATION_FAILED", "format must be json or csv.");
        }

        var since = read.Now.AddDays(-window);
        var issues = await db.Issues.AsNoTracking()
            .Where(i => i.LastSeenAt >= since && (source == null || i.Source == source) && (type == null || i.Type == type) && (open != true || i.OpenKey != null))
            .OrderByDescending(i => i.LastSeenAt).Take(5000).ToListAsync(ct);
        var parks = await read.ParksAsync(ct);
        var rideNames = await db.Rides.AsNoTracking().Where(r => issues.Select(i => i.RideId).Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var groups = issues.GroupBy(i => (i.ParkId, i.RideId, i.ExternalId)).Select(g => new
        {
            park = g.Key.ParkId is { } pid && parks.TryGetValue(pid, out var park) ? Common.Ref(park) : null,
            rideId = g.Key.RideId,
            rideName = g.Key.RideId is { } rid ? rideNames.GetValueOrDefault(rid) : null,
            externalId = g.Key.ExternalId,
            count = g.Sum(i => i.Occurrences),
            maxAgeMinutes = g.Max(i => i.MaxAgeMinutes),
            firstSeenAt = g.Min(i => i.FirstSeenAt),
            lastSeenAt = g.Max(i => i.LastSeenAt),
            issues = g.Select(i => new { i.Id, i.Type, i.Source, i.Occurrences, open = i.OpenKey != null, i.FirstSeenAt, i.LastSeenAt, i.ResolvedAt, i.Details }),
        }).ToList();
        if (format == "csv")
        {
            var csv = CsvTable.Write(table =>
            {
                table.Header(["type", "source", "park", "ride", "externalId", "occurrences", "maxAgeMinutes", "firstSeenAt", "lastSeenAt", "open"]);
                foreach (var i in issues)
                {
                    var parkName = i.ParkId is { } pid && parks.TryGetValue(pid, out var park) ? park.Name : "";
                    var ride = i.RideId is { } rid ? rideNames.GetValueOrDefault(rid) ?? "" : "";
                    table.Row(CsvCell.From(i.Type), CsvCell.From(i.Source), parkName, ride, i.ExternalId, CsvCell.Number(i.Occurrences), CsvCell.From(i.MaxAgeMinutes),
                        CsvCell.From(i.FirstSeenAt), CsvCell.From(i.LastSeenAt), CsvCell.From(i.OpenKey != null));
                }
            });
            return Results.Text(csv, "text/csv");
        }

        return TypedResults.Ok(new { days = window, attribution = Common.Credits, emptyReason = groups.Count == 0 ? "no_data" : null, items = groups });
    });
}
