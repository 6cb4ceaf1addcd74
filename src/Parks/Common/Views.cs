using System.Text.Json.Serialization;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Common;

public sealed record Attribution(string Name, string Url);

public sealed record PeriodView(string Key, DateOnly From, DateOnly To, string Label, string TimeZone)
{
    public static PeriodView Of(Period p) => new(p.Key, p.From, p.To, p.Label, p.TimeZone);
}

public sealed record Location(string? City, string? Region, string Country, decimal? Latitude, decimal? Longitude);

/// <summary>What a chart or heatmap row names: a park (<see cref="ParkRef"/>) or a ride with its park (<see cref="RideAndPark"/>).</summary>
[JsonDerivedType(typeof(ParkRef))]
[JsonDerivedType(typeof(RideAndPark))]
public abstract record ChartEntity;

public sealed record ParkRef(Guid Id, string Slug, string Name, string Brand, Location Location, string? QueueTimesUrl) : ChartEntity;

public sealed record RideRef(Guid Id, string Name, int? Tier, int Weight, string Category, string? QueueTimesUrl);

public sealed record RideAndPark(RideRef Ride, ParkRef Park) : ChartEntity;

/// <summary>The references and attribution every public read shows.</summary>
public static class Views
{
    public static readonly IReadOnlyList<Attribution> Credits =
    [
        new("ThemeParks.wiki", "https://themeparks.wiki"),
        new("Queue-Times.com", "https://queue-times.com"),
    ];

    public static ParkRef Ref(Park p) => new(p.Id, p.Slug, p.Name, p.Brand, new Location(p.City, p.Region, p.Country, p.Latitude, p.Longitude),
        p.QtId is { } qt ? $"https://queue-times.com/parks/{qt}" : null);

    public static RideRef Ref(Ride r, Park? park) => new(r.Id, r.Name, r.Tier, ShameFormula.Weight(r.Tier), r.Category,
        park?.QtId is { } pq && r.QtId is { } rq ? $"https://queue-times.com/parks/{pq}/rides/{rq}" : null);
}

/// <summary>The query arguments the public reads share: filter, sort, period and limit, each 400 when invalid.</summary>
public static class QueryArgs
{
    public static readonly IReadOnlyList<string> Filters = ["all", "disney-universal"];

    public static string Filter(string? filter)
    {
        var value = string.IsNullOrEmpty(filter) ? "all" : filter;
        return Filters.Contains(value) ? value : throw new ProblemException(400, "INVALID_FILTER", "filter must be all or disney-universal.");
    }

    public static bool Passes(Park park, string filter) => filter == "all" || park.Brand is Brands.Disney or Brands.Universal;

    public static string Sort(string? sort, string fallback, params string[] allowed)
    {
        var value = string.IsNullOrEmpty(sort) ? fallback : sort;
        return allowed.Contains(value) ? value : throw new ProblemException(400, "INVALID_SORT", $"sort must be one of {string.Join(", ", allowed)}.");
    }

    public static Period Resolve(PeriodResolver resolver, TimeProvider clock, string? period, string? from, string? to)
    {
        try
        {
            return resolver.Resolve(period, from, to, clock.GetUtcNow().UtcDateTime);
        }
        catch (PeriodException e)
        {
            throw new ProblemException(400, e.Code, e.Message);
        }
    }

    public static int Limit(string? raw, int fallback, int max)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return fallback;
        }

        return int.TryParse(raw, out var value) && value >= 1 && value <= max
            ? value
            : throw new ProblemException(400, "VALIDATION_FAILED", $"limit must be an integer from 1 to {max}.");
    }
}
