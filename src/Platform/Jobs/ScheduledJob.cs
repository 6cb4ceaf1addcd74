using System.Globalization;

namespace Quartet.Platform.Jobs;

/// <summary>
/// When a job runs, in UTC: a crontab line for a plain server, an EventBridge Scheduler expression for AWS, and the
/// period after which a missing run is noticed.
/// </summary>
public sealed record JobSchedule(string Minute, string Hour, string DayOfWeek, TimeSpan Period)
{
    public static JobSchedule EveryMinutes(int minutes) => new($"*/{minutes}", "*", "*", TimeSpan.FromMinutes(minutes));

    public static JobSchedule Hourly(int minute) => new(Number(minute), "*", "*", TimeSpan.FromHours(1));

    public static JobSchedule Daily(int hour, int minute) => new(Number(minute), Number(hour), "*", TimeSpan.FromDays(1));

    public static JobSchedule Weekly(DayOfWeek day, int hour, int minute) =>
        new(Number(minute), Number(hour), day.ToString()[..3].ToUpperInvariant(), TimeSpan.FromDays(7));

    /// <summary>The five fields of a crontab line (minute hour day-of-month month day-of-week).</summary>
    public string Cron => $"{Minute} {Hour} * * {DayOfWeek}";

    /// <summary>EventBridge's six-field form, where one of day-of-month and day-of-week must be <c>?</c>.</summary>
    public string EventBridgeCron => DayOfWeek == "*"
        ? $"cron({Minute} {Hour} * * ? *)"
        : $"cron({Minute} {Hour} ? * {DayOfWeek} *)";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A CLI command that must run on a schedule. <paramref name="Command"/> is what follows <c>quartet</c> (e.g.
/// <c>shop expire-points</c>); <paramref name="RunName"/> is the name its lock and run records carry, <c>{app}.{job}</c>
/// (<see cref="JobCommand.Name"/>, e.g. <c>shop.expire-points</c>);
/// <paramref name="Timeout"/> ends a hung run before the next one is due; <paramref name="ReplacedOnAws"/> names the
/// managed service that does the job instead on AWS (the stack then does not schedule it).
/// </summary>
public sealed record ScheduledJob(string Command, string RunName, JobSchedule Schedule, TimeSpan Timeout, string? ReplacedOnAws = null)
{
    /// <summary>A name usable for lock files and cloud resources, e.g. <c>shop-expire-points</c>.</summary>
    public string Slug => Command.Replace(' ', '-');
}
