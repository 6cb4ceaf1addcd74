namespace Quartet.Parks.Sources;

public sealed record UpstreamPark(string Id, string Name, string? Group, string? Country, decimal? Latitude, decimal? Longitude, string? TimeZone);

public sealed record UpstreamRide(string Id, string Name, string? Land);

/// <summary>One attraction in a live payload, as the source reported it (not yet normalised).</summary>
public sealed record UpstreamLiveRide(string Id, string Name, string? Status, bool? IsOpen, int? WaitMinutes, DateTime? LastUpdated);

public sealed record UpstreamScheduleRow(DateOnly Date, string Type, DateTime OpensAt, DateTime ClosesAt);

public sealed record UpstreamSchedule(string? TimeZone, IReadOnlyList<UpstreamScheduleRow> Rows);

/// <summary>A failed upstream call: a stable code, the last HTTP status if any, and how many requests were made.</summary>
public sealed class SourceException(string code, string message, int? httpStatus, int attempts) : Exception(message)
{
    public string Code { get; } = code;

    public int? HttpStatus { get; } = httpStatus;

    public int Attempts { get; } = attempts;
}

public sealed record Fetched<T>(T Value, int Attempts);

/// <summary>One upstream (ThemeParks.wiki or Queue-Times) behind the same four calls.</summary>
public interface IParkDataSource
{
    string Name { get; }

    Task<Fetched<IReadOnlyList<UpstreamPark>>> ListParksAsync(CancellationToken cancellationToken);

    Task<Fetched<IReadOnlyList<UpstreamRide>>> ListAttractionsAsync(string parkId, CancellationToken cancellationToken);

    Task<Fetched<IReadOnlyList<UpstreamLiveRide>>> LiveAsync(string parkId, CancellationToken cancellationToken);

    Task<Fetched<UpstreamSchedule>> ScheduleAsync(string parkId, CancellationToken cancellationToken);
}
