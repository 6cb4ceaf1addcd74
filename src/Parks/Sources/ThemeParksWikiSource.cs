using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

using Quartet.Parks.Domain;

namespace Quartet.Parks.Sources;

/// <summary>ThemeParks.wiki v1: destinations, entity children, live data and schedules.</summary>
public sealed class ThemeParksWikiSource(UpstreamHttp http, IOptions<ParksOptions> options) : IParkDataSource
{
    public string Name => SourceNames.ThemeParksWiki;

    private SourceOptions Settings => options.Value.Sources.Tpw;

    private Task<Fetched<JsonDocument>> Get(string path, CancellationToken ct) =>
        http.GetJsonAsync(new Uri(Settings.BaseUrl.TrimEnd('/') + path), TimeSpan.FromSeconds(Settings.TimeoutSeconds), ct);

    public async Task<Fetched<IReadOnlyList<UpstreamPark>>> ListParksAsync(CancellationToken cancellationToken)
    {
        var (doc, attempts) = await Get("/destinations", cancellationToken);
        using (doc)
        {
            var parks = doc.RootElement.Arr("destinations")
                .SelectMany(d => d.Arr("parks").Select(p => (Dest: d, Park: p)))
                .Where(x => x.Park.Str("id") is not null && x.Park.Str("name") is not null)
                .Select(x => new UpstreamPark(x.Park.Str("id")!, x.Park.Str("name")!, x.Dest.Str("name"), null, Coordinate(x.Park, "latitude"),
                    Coordinate(x.Park, "longitude"), null))
                .ToList();
            return new(parks, attempts);
        }
    }

    /// <summary>An optional <c>location {latitude, longitude}</c> (number or string); absent or unreadable → null.</summary>
    private static decimal? Coordinate(JsonElement park, string name) =>
        park.ValueKind == JsonValueKind.Object && park.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.Object &&
        location.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
                JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => null,
            }
            : null;

    public async Task<Fetched<IReadOnlyList<UpstreamRide>>> ListAttractionsAsync(string parkId, CancellationToken cancellationToken)
    {
        var (doc, attempts) = await Get($"/entity/{Uri.EscapeDataString(parkId)}/children", cancellationToken);
        using (doc)
        {
            var rides = doc.RootElement.Arr("children")
                .Where(c => c.Str("entityType") == "ATTRACTION" && c.Str("id") is not null && c.Str("name") is not null)
                .Select(c => new UpstreamRide(c.Str("id")!, c.Str("name")!, null))
                .ToList();
            return new(rides, attempts);
        }
    }

    public async Task<Fetched<IReadOnlyList<UpstreamLiveRide>>> LiveAsync(string parkId, CancellationToken cancellationToken)
    {
        var (doc, attempts) = await Get($"/entity/{Uri.EscapeDataString(parkId)}/live", cancellationToken);
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("liveData", out var live) || live.ValueKind != JsonValueKind.Array)
            {
                throw Json.Malformed("liveData array missing", attempts);
            }

            var rides = live.EnumerateArray()
                .Where(c => c.Str("entityType") == "ATTRACTION" && c.Str("id") is not null)
                .Select(c => new UpstreamLiveRide(
                    c.Str("id")!,
                    c.Str("name") ?? "",
                    c.Str("status"),
                    null,
                    c.Obj("queue")?.Obj("STANDBY")?.Int("waitTime"),
                    c.Time("lastUpdated")))
                .ToList();
            return new(rides, attempts);
        }
    }

    public async Task<Fetched<UpstreamSchedule>> ScheduleAsync(string parkId, CancellationToken cancellationToken)
    {
        var (doc, attempts) = await Get($"/entity/{Uri.EscapeDataString(parkId)}/schedule", cancellationToken);
        using (doc)
        {
            var zoneId = doc.RootElement.Str("timezone");
            TimeZoneInfo? zone = null;
            if (zoneId is not null)
            {
                TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out zone);
            }

            var rows = new List<UpstreamScheduleRow>();
            foreach (var row in doc.RootElement.Arr("schedule"))
            {
                if (!DateOnly.TryParseExact(row.Str("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ||
                    ParseTime(row.Str("openingTime"), zone) is not { } opens || ParseTime(row.Str("closingTime"), zone) is not { } closes ||
                    closes <= opens || closes > opens.AddHours(24))
                {
                    continue;
                }

                rows.Add(new UpstreamScheduleRow(date, row.Str("type") ?? "INFO", opens, closes));
            }

            return new(new UpstreamSchedule(zoneId, rows), attempts);
        }
    }

    /// <summary>Times with an offset are exact; times without one are read in the park's (response's) zone.</summary>
    private static DateTime? ParseTime(string? value, TimeZoneInfo? zone)
    {
        if (value is null)
        {
            return null;
        }

        var hasOffset = value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > 10;
        if (hasOffset && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact.UtcDateTime;
        }

        if (zone is not null && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        }

        return null;
    }
}
