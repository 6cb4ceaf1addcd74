using Quartet.Platform.Modules;

namespace Quartet.Platform.Jobs;

/// <summary>Every scheduled job: the platform's own and those of the given modules.</summary>
public static class JobCatalog
{
    public static readonly ScheduledJob Backup = new("backup", "platform.backup", JobSchedule.Daily(2, 0), TimeSpan.FromMinutes(55),
        ReplacedOnAws: "RDS automated backups (7 days, point-in-time) and S3 object versioning");

    public static IReadOnlyList<ScheduledJob> For(IEnumerable<QuartetModule> modules) => [Backup, .. modules.SelectMany(m => m.Jobs)];
}
