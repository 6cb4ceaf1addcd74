using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Data;

namespace Quartet.Parks.Aggregation;

public sealed record AggregateSummary(int Recomputed, int Finalised, int SkippedPruned, int FailedChecks)
{
    public override string ToString() => $"recomputed {Recomputed} park-days, finalised {Finalised}, skipped (pruned) {SkippedPruned}, failed checks {FailedChecks}";
}

/// <summary>
/// <c>parks aggregate</c>: without a range, rebuilds today and finalises ended days (≥ grace after their end); with a
/// range, recomputes every (park, day) from raw data, each in one transaction. Idempotent. First builds the week and
/// month roll-ups from the day rows when they are missing or were built with another week start.
/// </summary>
public sealed class Aggregator(IServiceScopeFactory scopes, DataVersions versions, Rollups rollups, PeriodRollups periods, ReportingZone zone, TimeProvider clock, IOptions<ParksOptions> options, ILogger<Aggregator> logger)
{
    public async Task<AggregateSummary> RunAsync(DateOnly? from, DateOnly? to, string? parkSlug, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = zone.LocalDateOf(now);
        List<Park> parks;
        await using (var scope = scopes.CreateAsyncScope())
        {
            parks = await scope.ServiceProvider.GetRequiredService<ParksDb>().Parks.AsNoTracking()
                .Where(p => parkSlug == null || p.Slug == parkSlug).OrderBy(p => p.Slug).ToListAsync(ct);
        }

        if (await BuildPeriodsIfNeededAsync(parks, parkSlug, ct))
        {
            logger.LogInformation("Built the week and month roll-ups from the day rows (week start {WeekStart})", periods.WeekStartsOn);
        }

        var dates = from is { } f && to is { } t
            ? Enumerable.Range(0, t.DayNumber - f.DayNumber + 1).Select(f.AddDays).ToList()
            : [today.AddDays(-2), today.AddDays(-1), today];
        var grace = TimeSpan.FromMinutes(options.Value.Aggregate.FinalizeGraceMinutes);
        int recomputed = 0, finalised = 0, skipped = 0, failedChecks = 0;
        foreach (var park in parks)
        {
            foreach (var date in dates)
            {
                var (_, end) = zone.DayWindow(date);
                var finalise = now >= end + grace;
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
                var existing = await db.ParkDays.AsNoTracking().FirstOrDefaultAsync(d => d.ParkId == park.Id && d.LocalDate == date, ct);
                if (from is null && existing?.IsFinal == true)
                {
                    continue;
                }

                var outcome = await db.InTransactionAsync(async c =>
                {
                    await rollups.LockParkAsync(db, park.Id, c);
                    var (start, dayEnd) = zone.DayWindow(date);
                    var hasRaw = await db.RideSnapshots.AnyAsync(s => s.ParkId == park.Id && s.SlotAt >= start && s.SlotAt < dayEnd, c);
                    if (!hasRaw)
                    {
                        return existing is null ? "empty" : "pruned";
                    }

                    var result = await rollups.RecomputeAsync(db, park, date, now, finalise, c);
                    return result.FailedChecks.Count > 0 ? "failed-checks" : finalise ? "final" : "recomputed";
                }, ct);
                switch (outcome)
                {
                    case "pruned":
                        logger.LogWarning("Raw data of park {Park} on {Date} was pruned; its rollups are kept as they are", park.Slug, date);
                        skipped++;
                        break;
                    case "final":
                        finalised++;
                        recomputed++;
                        break;
                    case "failed-checks":
                        failedChecks++;
                        recomputed++;
                        break;
                    case "recomputed":
                        recomputed++;
                        break;
                }
            }
        }

        if (recomputed > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            await versions.DataChangedAsync(scope.ServiceProvider.GetRequiredService<ParksDb>(), ct);
        }

        return new AggregateSummary(recomputed, finalised, skipped, failedChecks);
    }

    private async Task<bool> BuildPeriodsIfNeededAsync(List<Park> parks, string? parkSlug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
        if (await periods.ReadyAsync(db, ct))
        {
            return false;
        }

        var all = parkSlug is null ? parks : await db.Parks.AsNoTracking().ToListAsync(ct);
        foreach (var park in all)
        {
            await db.InTransactionAsync(async c =>
            {
                await rollups.LockParkAsync(db, park.Id, c);
                await periods.RebuildAllAsync(db, park.Id, c);
            }, ct);
        }

        await PeriodRollups.MarkBuiltAsync(db, periods.WeekStartsOn, ct);
        await versions.DataChangedAsync(db, ct);
        return true;
    }
}
