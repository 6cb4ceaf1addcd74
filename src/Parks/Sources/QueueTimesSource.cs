using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

using Quartet.Parks.Domain;

namespace Quartet.Parks.Sources;

/// <summary>Queue-Times: the park list (discovery) and live queue times (fallback). It publishes no schedules.</summary>
public sealed class QueueTimesSource(UpstreamHttp http, IOptions<ParksOptions> options) : IParkDataSource
{
    public string Name => SourceNames.QueueTimes;

    private SourceOptions Settings => options.Value.Sources.Qt;

    private Task<Fetched<JsonDocument>> Get(string path, CancellationToken ct) =>
        http.GetJsonAsync(new Uri(Settings.BaseUrl.TrimEnd('/') + path), TimeSpan.FromSeconds(Settings.TimeoutSeconds), ct);

    public async Task<Fetched<IReadOnlyList<UpstreamPark>>> ListParksAsync(CancellationToken cancellationToken)
    {
        var (doc, attempts) = await Get("/parks.json", cancellationToken);
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw Json.Malformed("parks.json is not an array", attempts);
            }

            var parks = doc.RootElement.EnumerateArray()
                .SelectMany(g => g.Arr("parks").Select(p => (Group: g.Str("name"), Park: p)))
                .Where(x => x.Park.Str("id") is not null && x.Park.Str("name") is not null)
                .Select(x => new UpstreamPark(x.Park.Str("id")!, x.Park.Str("name")!, x.Group, x.Park.Str("country"),
                    Decimal(x.Park.Str("latitude")), Decimal(x.Park.Str("longitude")), x.Park.Str("timezone")))
                .ToList();
            return new(parks, attempts);
        }
    }

    public async Task<Fetched<IReadOnlyList<UpstreamRide>>> ListAttractionsAsync(string parkId, CancellationToken cancellationToken)
    {
        var (doc, attempts) = await Get($"/parks/{Uri.EscapeDataString(parkId)}/queue_times.json", cancellationToken);
        using (doc)
        {
            return new(RidesOf(doc.RootElement, attempts).Select(r => new UpstreamRide(r.Ride.Str("id")!, r.Ride.Str("name") ?? "", r.Land)).ToList(), attempts);
        }
    }

    public async Task<Fetched<IReadOnlyList<UpstreamLiveRide>>> LiveAsync(string parkId, CancellationToken cancellationToken)
    {
        var (doc, attempts) = await Get($"/parks/{Uri.EscapeDataString(parkId)}/queue_times.json", cancellationToken);
        using (doc)
        {
            var rides = RidesOf(doc.RootElement, attempts)
                .Select(r => new UpstreamLiveRide(r.Ride.Str("id")!, r.Ride.Str("name") ?? "", null, r.Ride.Bool("is_open"), r.Ride.Int("wait_time"), r.Ride.Time("last_updated")))
                .ToList();
            return new(rides, attempts);
        }
    }

    public Task<Fetched<UpstreamSchedule>> ScheduleAsync(string parkId, CancellationToken cancellationToken) =>
        Task.FromResult(new Fetched<UpstreamSchedule>(new UpstreamSchedule(null, []), 0));

    /// <summary><c>lands[].rides[]</c> and top-level <c>rides[]</c>, merged and de-duplicated by id; single-rider rows skipped.</summary>
    private static List<(JsonElement Ride, string? Land)> RidesOf(JsonElement root, int attempts)
    {
        if (root.ValueKind != JsonValueKind.Object || (!root.TryGetProperty("lands", out _) && !root.TryGetProperty("rides", out _)))
        {
            throw Json.Malformed("neither lands nor rides present", attempts);
        }

        var seen = new HashSet<string>();
        var list = new List<(JsonElement, string?)>();
        foreach (var (ride, land) in root.Arr("lands").SelectMany(l => l.Arr("rides").Select(r => (r, l.Str("name")))).Concat(root.Arr("rides").Select(r => (r, (string?)null))))
        {
            var id = ride.Str("id");
            if (id is null || !seen.Add(id) || (ride.Str("name") ?? "").Contains("single rider", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            list.Add((ride, land));
        }

        return list;
    }

    private static decimal? Decimal(string? value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? Math.Round(d, 6) : null;
}
