namespace Quartet.Parks.Domain;

/// <summary>A ride's normalised status in one collection slot.</summary>
public enum RideStatus
{
    Operating,
    Down,
    Closed,
    Refurbishment,
    Unknown,
}

public enum StatusModel
{
    /// <summary>Only <c>DOWN</c> counts as downtime (parks whose feed tells breakdowns from planned closures).</summary>
    DownOnly,

    /// <summary><c>DOWN</c> and <c>CLOSED</c> both count as downtime.</summary>
    DownOrClosed,
}

public static class RideCategories
{
    public const string Attraction = "ATTRACTION";
    public const string Show = "SHOW";
    public const string MeetAndGreet = "MEET_AND_GREET";
    public const string Experience = "EXPERIENCE";

    public static readonly IReadOnlyList<string> All = [Attraction, Show, MeetAndGreet, Experience];
}

public static class Brands
{
    public const string Disney = "disney";
    public const string Universal = "universal";
    public const string Other = "other";
}

public static class SourceNames
{
    public const string ThemeParksWiki = "tpw";
    public const string QueueTimes = "qt";
}

public static class ExclusionReasons
{
    public const string NotOperated = "not_operated";
    public const string Refurbishment = "refurbishment";
    public const string NoData = "no_data";
    public const string Inactive = "inactive";
    public const string NotAttraction = "not_attraction";
}

public static class StatusNames
{
    public static string Of(RideStatus status) => status switch
    {
        RideStatus.Operating => "OPERATING",
        RideStatus.Down => "DOWN",
        RideStatus.Closed => "CLOSED",
        RideStatus.Refurbishment => "REFURBISHMENT",
        _ => "UNKNOWN",
    };

    public static RideStatus? Parse(string? value) => value?.ToUpperInvariant() switch
    {
        "OPERATING" => RideStatus.Operating,
        "DOWN" => RideStatus.Down,
        "CLOSED" => RideStatus.Closed,
        "REFURBISHMENT" => RideStatus.Refurbishment,
        _ => null,
    };
}
