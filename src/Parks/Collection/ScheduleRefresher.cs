using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartet.Parks.Data;
using Quartet.Parks.Sources;
using Quartet.Platform.Data;

namespace Quartet.Parks.Collection;

/// <summary>
/// Fetches upstream schedules (today − 1 … today + N days) and replaces the upstream rows of each returned date;
/// manual rows are never touched. Unknown types are stored as INFO.
/// </summary>
public sealed class ScheduleRefresher(IServiceScopeFactory scopes, DataVersions versions, ThemeParksWikiSource tpw, TimeProvider clock, ILogger<ScheduleRefresher> logger)
{
    private static readonly HashSet<string> KnownTypes = ["OPERATING", "EXTRA_HOURS", "TICKETED_EVENT", "PRIVATE_EVENT", "INFO"];

    /// <summary>Refreshes up to <paramref name="limit"/> parks whose last fetch is older than 24 h, never-fetched first.</summary>
    public async Task<int> RefreshDueAsync(int limit, CancellationToken ct)
    {
        List<Park> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
            var cutoff = clock.GetUtcNow().UtcDateTime.AddHours(-24);
            due = await db.Parks.AsNoTracking()
                .Where(p => p.IsActive && p.TpwId != null && (p.ScheduleFetchedAt == null || p.ScheduleFetchedAt < cutoff))
                .OrderBy(p => p.ScheduleFetchedAt != null).ThenBy(p => p.ScheduleFetchedAt).ThenBy(p => p.Slug)
                .Take(limit).ToListAsync(ct);
        }

        return await RefreshAsync(due, 30, ct);
    }

    public async Task<int> RefreshAsync(IReadOnlyList<Park> parks, int daysAhead, CancellationToken ct)
    {
        var refreshed = 0;
        foreach (var park in parks.Where(p => p.TpwId is not null))
        {
            try
            {
                var (schedule, _) = await tpw.ScheduleAsync(park.TpwId!, ct);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
                var now = clock.GetUtcNow().UtcDateTime;
                var today = DateOnly.FromDateTime(now);
                var rows = schedule.Rows.Where(r => r.Date >= today.AddDays(-2) && r.Date <= today.AddDays(daysAhead + 1)).ToList();
                var dates = rows.Select(r => r.Date).Distinct().ToList();
                await db.InTransactionAsync(async c =>
                {
                    await db.Schedules.Where(s => s.ParkId == park.Id && s.Origin == "tpw" && dates.Contains(s.LocalDate)).ExecuteDeleteAsync(c);
                    foreach (var row in rows.DistinctBy(r => (r.Date, Type: Type(r.Type), r.OpensAt)))
                    {
                        db.Schedules.Add(new ParkSchedule
                        {
                            Id = Guid.CreateVersion7(),
                            ParkId = park.Id,
                            LocalDate = row.Date,
                            Type = Type(row.Type),
                            OpensAt = row.OpensAt,
                            ClosesAt = row.ClosesAt,
                            Origin = "tpw",
                            FetchedAt = now,
                        });
                    }

                    await db.Parks.Where(p => p.Id == park.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ScheduleFetchedAt, now), c);
                }, ct);
                refreshed++;
            }
            catch (SourceException e)
            {
                logger.LogWarning("Schedule of park {ParkId} not refreshed: {Code}", park.Id, e.Code);
            }
        }

        if (refreshed > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            await versions.DataChangedAsync(scope.ServiceProvider.GetRequiredService<ParksDb>(), ct);
        }

        return refreshed;
    }

    private static string Type(string type) => KnownTypes.Contains(type) ? type : "INFO";
}
