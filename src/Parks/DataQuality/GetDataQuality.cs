using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Collection;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Platform.Csv;
using Quartet.Platform.Http;

namespace Quartet.Parks.DataQuality;

public sealed record IssueView(Guid Id, string Type, string Source, int Occurrences, bool Open, DateTime FirstSeenAt, DateTime LastSeenAt, DateTime? ResolvedAt,
    string? Details);

public sealed record IssueGroup(ParkRef? Park, Guid? RideId, string? RideName, string? ExternalId, int Count, int? MaxAgeMinutes, DateTime FirstSeenAt,
    DateTime LastSeenAt, IEnumerable<IssueView> Issues);

public sealed record DataQualityReport(int Days, IReadOnlyList<Attribution> Attribution, string? EmptyReason, List<IssueGroup> Items);

/// <summary>GET /data-quality: the public issue report per entity, as JSON or (format=csv) CSV.</summary>
public static class GetDataQuality
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/data-quality", async Task<Results<Ok<DataQualityReport>, ContentHttpResult>> (ParksDb db,
        ReadModel read, int? days, string? source, string? type, bool? open, string? format, CancellationToken ct) =>
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
        var groups = issues.GroupBy(i => (i.ParkId, i.RideId, i.ExternalId)).Select(g => new IssueGroup(
            g.Key.ParkId is { } pid && parks.TryGetValue(pid, out var park) ? Views.Ref(park) : null,
            g.Key.RideId,
            g.Key.RideId is { } rid ? rideNames.GetValueOrDefault(rid) : null,
            g.Key.ExternalId,
            g.Sum(i => i.Occurrences),
            g.Max(i => i.MaxAgeMinutes),
            g.Min(i => i.FirstSeenAt),
            g.Max(i => i.LastSeenAt),
            g.Select(i => new IssueView(i.Id, i.Type, i.Source, i.Occurrences, i.OpenKey != null, i.FirstSeenAt, i.LastSeenAt, i.ResolvedAt, i.Details)))).ToList();
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
            return TypedResults.Text(csv, "text/csv");
        }

        return TypedResults.Ok(new DataQualityReport(window, Views.Credits, groups.Count == 0 ? "no_data" : null, groups));
    }).AlsoAnswersCsv();
}
