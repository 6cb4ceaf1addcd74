using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Jobs;
using Quartet.Platform.Mail;
using Quartet.Platform.Modules;

namespace Quartet.Parks.Notifications;

/// <summary>
/// The parks admins' mails (issue 19 §5): the collector failing twice in a row, and a parks job overdue (no success for
/// twice its period, from the job run records). One mail per admin per incident: the incident's key (the first failed
/// run of the streak; the job and its last success) is the outbox row's unique dedupe key, so checking again, or on
/// several instances at once, writes nothing more; the next incident has a new key.
/// </summary>
public sealed class ParksAdminAlerts(ParksDb parks, PlatformDb platform, MailPreferences preferences, MailLinks links, ModuleCatalog modules)
{
    public const string Topic = "parks.admin-alerts";
    public const string TopicLabel = "Parks (admins): the collector keeps failing or a job is overdue";

    /// <summary>How many failed collection runs in a row make an incident.</summary>
    public const int FailuresInARow = 2;

    private const int RunsLookedAt = 50;

    private static readonly string[] FailedStatuses = ["failed", "abandoned"];

    private static readonly MailTemplate CollectorFailing = new(
        "Parks collector failed {count} times in a row",
        "The ride-status collector has failed {count} runs in a row, the first at {since} UTC.\n\nLast run ({last} UTC): {status}; {failedParks} parks failed.",
        "Data quality");

    private static readonly MailTemplate JobOverdue = new(
        "Parks job overdue: {job}",
        "The scheduled job \"quartet {job}\" should run every {period} and has not succeeded since {lastSuccess}.\n\nCheck the scheduler (crontab or the AWS schedule) and the job's log.",
        "Data quality");

    /// <summary>Looks for incidents and writes the mails not written yet; returns how many were written.</summary>
    public async Task<int> CheckAsync(DateTime now, CancellationToken ct)
    {
        var incidents = new List<(string Key, RenderedMail Mail)>();
        if (await CollectorIncidentAsync(ct) is { } collector)
        {
            incidents.Add(collector);
        }

        incidents.AddRange(await OverdueIncidentsAsync(now, ct));
        if (incidents.Count == 0)
        {
            return 0;
        }

        var admins = await (from r in platform.UserRoles.AsNoTracking()
                            where r.Role == ParksRoles.Admin
                            select r.UserId).Distinct().ToListAsync(ct);
        var written = 0;
        foreach (var adminId in admins)
        {
            var address = await preferences.AddressForAsync(adminId, Topic, ct);
            if (address is null)
            {
                continue;
            }

            foreach (var (incident, mail) in incidents)
            {
                if (await TryAddOnceAsync($"{incident}:{adminId:N}", address.Email, mail, now, ct))
                {
                    written++;
                }
            }
        }

        return written;
    }

    private async Task<(string Key, RenderedMail Mail)?> CollectorIncidentAsync(CancellationToken ct)
    {
        var recent = await parks.Runs.AsNoTracking()
            .Where(r => r.Kind == "collect" && r.FinishedAt != null)
            .OrderByDescending(r => r.StartedAt).Take(RunsLookedAt).ToListAsync(ct);
        var streak = recent.TakeWhile(r => FailedStatuses.Contains(r.Status)).ToList();
        if (streak.Count < FailuresInARow)
        {
            return null;
        }

        var first = streak[^1];
        var last = streak[0];
        var values = new Dictionary<string, string>
        {
            ["count"] = streak.Count == RunsLookedAt ? $"{RunsLookedAt}+" : streak.Count.ToString(CultureInfo.InvariantCulture),
            ["since"] = Time(first.StartedAt),
            ["last"] = Time(last.StartedAt),
            ["status"] = last.Status,
            ["failedParks"] = last.ParksFailed.ToString(CultureInfo.InvariantCulture),
        };
        return ($"parks.collector-failing:{first.Id:N}", CollectorFailing.Render(values, links.To("/parks/admin")));
    }

    private async Task<IEnumerable<(string Key, RenderedMail Mail)>> OverdueIncidentsAsync(DateTime now, CancellationToken ct)
    {
        var jobs = modules.Enabled.OfType<ParksModule>().FirstOrDefault()?.Jobs ?? [];
        var freshness = await JobFreshness.CheckAsync(platform, jobs, now, ct);
        return freshness.Where(j => j.Overdue).Select(j =>
        {
            var since = j.LastSuccess is { } last ? last.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) : "never";
            var values = new Dictionary<string, string>
            {
                ["job"] = j.Command,
                ["period"] = j.Period.ToString(),
                ["lastSuccess"] = j.LastSuccess is { } at ? $"{Time(at)} UTC" : "it was set up (it never succeeded)",
            };
            return ($"parks.job-overdue:{j.RunName}:{since}", JobOverdue.Render(values, links.To("/parks/admin")));
        });
    }

    /// <summary>Writes the mail unless a row with its key exists; a concurrent writer's row wins the unique index.</summary>
    private async Task<bool> TryAddOnceAsync(string key, string address, RenderedMail mail, DateTime now, CancellationToken ct)
    {
        if (await platform.MailOutbox.AnyAsync(m => m.DedupeKey == key, ct))
        {
            return false;
        }

        var row = MailOutbox.Add(platform, Topic, address, mail, now, key);
        try
        {
            await platform.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            platform.Entry(row).State = EntityState.Detached;
            return false;
        }
    }

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
