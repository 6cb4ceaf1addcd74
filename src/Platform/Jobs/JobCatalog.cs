using Quartet.Platform.Modules;

namespace Quartet.Platform.Jobs;

/// <summary>Every scheduled job: the platform's own and those of the given modules.</summary>
public static class JobCatalog
{
    public static readonly ScheduledJob Backup = new("backup", "platform.backup", JobSchedule.Daily(2, 0), TimeSpan.FromMinutes(55),
        ReplacedOnAws: "RDS automated backups (7 days, point-in-time) and S3 object versioning");

    public static readonly ScheduledJob MailPurge = new("mail purge", "platform.mail-purge", JobSchedule.Daily(2, 40), TimeSpan.FromMinutes(25));

    public static IReadOnlyList<ScheduledJob> For(IEnumerable<QuartetModule> modules) => [Backup, MailPurge, .. modules.SelectMany(m => m.Jobs)];
}
