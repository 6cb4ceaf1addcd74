using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Parks.Sources;
using Quartet.Platform.Data;

namespace Quartet.Parks.Collection;

public sealed record CollectSummary(Guid RunId, DateTime SlotAt, string Status, int Ok, int Fallback, int Failed, int Skipped, int Snapshots)
{
    public override string ToString() =>
        $"run {RunId} slot {SlotAt:yyyy-MM-ddTHH:mmZ}: {Status}; ok {Ok}, fallback {Fallback}, failed {Failed}, skipped {Skipped}, snapshots {Snapshots}";
}

/// <summary>
/// One collection run (spec §4.3): schedules refresh, bounded parallel live fetches with fallback, and each park's
/// snapshots, current states and today's rollups in one transaction.
/// </summary>
public sealed class Collector(
    IServiceScopeFactory scopes,
    DataVersions versions,
    ThemeParksWikiSource tpw,
    QueueTimesSource qt,
    ScheduleRefresher schedules,
    Rollups rollups,
    ReportingZone zone,
    TimeProvider clock,
    IOptions<ParksOptions> options,
    ParksMetrics metrics,
    ILogger<Collector> logger)
{
    private sealed record ParkOutcome(string Outcome, string? Source, int Attempts, int DurationMs, int? HttpStatus, string? Code, int RidesSeen, int Snapshots, int Issues);

    public async Task<CollectSummary> RunAsync(string? parkSlug, CancellationToken cancellationToken)
    {
        var settings = options.Value.Collection;
        var now = clock.GetUtcNow().UtcDateTime;
        var slotAt = FloorToSlot(now, settings.IntervalMinutes);
        var run = new CollectionRun { Id = Guid.CreateVersion7(), Kind = "collect", SlotAt = slotAt, StartedAt = now, Status = "running" };
        List<Park> parks;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
            // This run holds the collect lease, so any other run still marked running died without finishing.
            await db.Runs.Where(r => r.Kind == "collect" && r.Status == "running")
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, "abandoned").SetProperty(r => r.FinishedAt, now), cancellationToken);
            db.Runs.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            parks = await db.Parks.AsNoTracking().Where(p => p.IsActive && (parkSlug == null || p.Slug == parkSlug)).OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        }

        try
        {
            await schedules.RefreshDueAsync(options.Value.Schedule.RefreshPerRun, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Schedule refresh failed; collection goes on");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(settings.RunDeadlineSeconds));
        using var gate = new SemaphoreSlim(Math.Max(1, settings.MaxParallelParks));
        var outcomes = await Task.WhenAll(parks.Select(async park =>
        {
            var watch = Stopwatch.StartNew();
            ParkOutcome outcome;
            try
            {
                await gate.WaitAsync(deadline.Token);
                try
                {
                    outcome = await CollectParkAsync(park, run.Id, slotAt, deadline.Token);
                }
                finally
                {
                    gate.Release();
                }
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                outcome = new ParkOutcome("failed", null, 0, (int)watch.ElapsedMilliseconds, null, "DEADLINE", 0, 0, 0);
            }

            logger.LogInformation("parks.collect.park {RunId} {ParkId} {Source} {Attempts} {DurationMs} {Outcome} {Code}",
                run.Id, park.Id, outcome.Source, outcome.Attempts, outcome.DurationMs, outcome.Outcome, outcome.Code);
            return (Park: park, Outcome: outcome);
        }));

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
            var finished = clock.GetUtcNow().UtcDateTime;
            foreach (var (park, o) in outcomes)
            {
                db.ParkResults.Add(new CollectionParkResult
                {
                    RunId = run.Id,
                    ParkId = park.Id,
                    Outcome = o.Outcome,
                    SourceUsed = o.Source,
                    Attempts = o.Attempts,
                    DurationMs = o.DurationMs,
                    HttpStatus = o.HttpStatus,
                    ErrorCode = o.Code,
                });
                if (o.Outcome == "failed")
                {
                    await Issues.RaiseAsync(db, finished, Issues.SourceFailure, o.Source ?? (park.TpwId is null ? SourceNames.QueueTimes : SourceNames.ThemeParksWiki),
                        park.Id, null, null, new { o.Code, o.HttpStatus, o.Attempts }, null, cancellationToken);
                }
            }

            var landed = outcomes.Where(x => x.Outcome.Outcome is "ok" or "fallback").ToList();
            run.ParksOk = outcomes.Count(x => x.Outcome.Outcome == "ok");
            run.ParksFallback = outcomes.Count(x => x.Outcome.Outcome == "fallback");
            run.ParksFailed = outcomes.Count(x => x.Outcome.Outcome == "failed");
            run.ParksSkipped = outcomes.Count(x => x.Outcome.Outcome == "skipped");
            run.RidesSeen = outcomes.Sum(x => x.Outcome.RidesSeen);
            run.SnapshotsWritten = outcomes.Sum(x => x.Outcome.Snapshots);
            run.IssuesRaised = outcomes.Sum(x => x.Outcome.Issues) + run.ParksFailed;
            run.Status = run.ParksFailed == 0 ? "succeeded" : landed.Count == 0 && run.ParksSkipped == 0 ? "failed" : "partial";
            run.FinishedAt = finished;
            var codes = outcomes.Where(x => x.Outcome.Code is not null).Select(x => $"{x.Park.Slug}: {x.Outcome.Code}").ToList();
            run.ErrorSummary = codes.Count == 0 ? null : string.Join("; ", codes) is var text && text.Length > 2000 ? text[..2000] : string.Join("; ", codes);
            db.Runs.Update(run);
            await db.SaveChangesAsync(cancellationToken);
            if (run.SnapshotsWritten > 0)
            {
                await versions.RunLandedAsync(db, run.Id, cancellationToken);
            }
        }

        var summary = new CollectSummary(run.Id, slotAt, run.Status, run.ParksOk, run.ParksFallback, run.ParksFailed, run.ParksSkipped, run.SnapshotsWritten);
        logger.LogInformation("parks.collect.run {RunId} {Status} {ParksOk} {ParksFallback} {ParksFailed} {ParksSkipped} {SnapshotsWritten}",
            run.Id, run.Status, run.ParksOk, run.ParksFallback, run.ParksFailed, run.ParksSkipped, run.SnapshotsWritten);
        metrics.Run(summary);
        return summary;
    }

    public static DateTime FloorToSlot(DateTime utc, int intervalMinutes)
    {
        var minutes = utc.Minute / intervalMinutes * intervalMinutes;
        return new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, minutes, 0, DateTimeKind.Utc);
    }

    private async Task<ParkOutcome> CollectParkAsync(Park park, Guid runId, DateTime slotAt, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using (var check = scopes.CreateAsyncScope())
        {
            var db = check.ServiceProvider.GetRequiredService<ParksDb>();
            if (await db.ParkSnapshots.AnyAsync(s => s.ParkId == park.Id && s.SlotAt == slotAt, ct))
            {
                return new ParkOutcome("skipped", null, 0, 0, null, "ALREADY_COLLECTED", 0, 0, 0);
            }
        }

        IParkDataSource primary = park.TpwId is not null ? tpw : qt;
        var primaryId = park.TpwId ?? park.QtId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var attempts = 0;
        IReadOnlyList<UpstreamLiveRide> live;
        var source = primary.Name;
        var fallback = false;
        SourceException? primaryError = null;
        try
        {
            var fetched = await primary.LiveAsync(primaryId, ct);
            attempts += fetched.Attempts;
            live = fetched.Value;
        }
        catch (SourceException e)
        {
            attempts += e.Attempts;
            primaryError = e;
            if (park.TpwId is null || park.QtId is null)
            {
                return new ParkOutcome("failed", primary.Name, attempts, (int)watch.ElapsedMilliseconds, e.HttpStatus, e.Code, 0, 0, 0);
            }

            try
            {
                var fetched = await qt.LiveAsync(park.QtId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
                attempts += fetched.Attempts;
                live = fetched.Value;
                source = qt.Name;
                fallback = true;
            }
            catch (SourceException fallbackError)
            {
                attempts += fallbackError.Attempts;
                return new ParkOutcome("failed", qt.Name, attempts, (int)watch.ElapsedMilliseconds, fallbackError.HttpStatus, e.Code, 0, 0, 0);
            }
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
            var written = await db.InTransactionAsync(c => WriteParkAsync(db, park, runId, slotAt, source, fallback, primaryError, live, c), ct);
            if (written is null)
            {
                return new ParkOutcome("skipped", source, attempts, (int)watch.ElapsedMilliseconds, null, "ALREADY_COLLECTED", 0, 0, 0);
            }

            return new ParkOutcome(fallback ? "fallback" : "ok", source, attempts, (int)watch.ElapsedMilliseconds, primaryError?.HttpStatus,
                primaryError?.Code, live.Count, written.Value.Snapshots, written.Value.Issues);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Writing park {ParkId} failed; rolled back", park.Id);
            return new ParkOutcome("failed", source, attempts, (int)watch.ElapsedMilliseconds, null, "SOURCE_FAILURE", 0, 0, 0);
        }
    }

    private async Task<(int Snapshots, int Issues)?> WriteParkAsync(ParksDb db, Park park, Guid runId, DateTime slotAt, string source, bool fallback,
        SourceException? primaryError, IReadOnlyList<UpstreamLiveRide> live, CancellationToken ct)
    {
        await rollups.LockParkAsync(db, park.Id, ct);
        if (await db.ParkSnapshots.AnyAsync(s => s.ParkId == park.Id && s.SlotAt == slotAt, ct))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var interval = settings.Collection.IntervalMinutes;
        var rides = await db.Rides.Where(r => r.ParkId == park.Id).ToListAsync(ct);
        var byId = source == SourceNames.ThemeParksWiki
            ? rides.Where(r => r.TpwId != null).ToDictionary(r => r.TpwId!)
            : rides.Where(r => r.QtId != null).ToDictionary(r => r.QtId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var issuesOpened = 0;
        var clean = new List<string>();
        var snapshots = new List<RideSnapshot>();
        foreach (var upstream in live.DistinctBy(r => r.Id))
        {
            if (!byId.TryGetValue(upstream.Id, out var ride))
            {
                if (!Matching.IsSingleRider(upstream.Name) &&
                    await Issues.RaiseAsync(db, now, Issues.Unmapped, source, park.Id, null, upstream.Id, new { upstream.Name }, null, ct))
                {
                    issuesOpened++;
                }

                continue;
            }

            var normalised = LiveMapping.Normalise(source, upstream, now, settings.Stale, settings.Wait.MaxMinutes);
            foreach (var type in new[] { Issues.Stale, Issues.InvalidStatus, Issues.InvalidWait })
            {
                if (normalised.Issues.Contains(type))
                {
                    if (await Issues.RaiseAsync(db, now, type, source, park.Id, ride.Id, upstream.Id,
                            new { upstream.Status, upstream.WaitMinutes, upstream.LastUpdated }, normalised.AgeMinutes, ct))
                    {
                        issuesOpened++;
                    }
                }
                else
                {
                    clean.Add(Issues.Key(type, source, park.Id, ride.Id, upstream.Id));
                }
            }

            snapshots.Add(new RideSnapshot
            {
                RideId = ride.Id,
                SlotAt = slotAt,
                ParkId = park.Id,
                Status = normalised.Status,
                ReportedStatus = normalised.ReportedStatus,
                WaitMinutes = normalised.WaitMinutes,
                UpstreamUpdatedAt = upstream.LastUpdated,
                Source = source,
                IntervalMinutes = interval,
                Fallback = fallback,
                Stale = normalised.Stale,
            });
            if (normalised.Status == RideStatus.Operating)
            {
                ride.LastOperatedAt = slotAt;
            }
        }

        if (fallback)
        {
            if (await Issues.RaiseAsync(db, now, Issues.FallbackUsed, SourceNames.ThemeParksWiki, park.Id, null, null, new { primaryError?.Code }, null, ct))
            {
                issuesOpened++;
            }
        }
        else
        {
            clean.Add(Issues.Key(Issues.FallbackUsed, SourceNames.ThemeParksWiki, park.Id, null, null));
            clean.Add(Issues.Key(Issues.SourceFailure, source, park.Id, null, null));
        }

        // Without hours a park is never open, so its breakdowns go uncounted: flag it when its rides say it is running.
        var parkDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(slotAt, TimeZoneInfo.FindSystemTimeZoneById(park.TimeZone)));
        var scheduleSource = park.TpwId is null ? SourceNames.QueueTimes : SourceNames.ThemeParksWiki;
        if (await db.Schedules.AnyAsync(s => s.ParkId == park.Id && s.LocalDate == parkDate, ct))
        {
            clean.Add(Issues.Key(Issues.MissingSchedule, scheduleSource, park.Id, null, null));
        }
        else if (snapshots.Any(s => s.Status == RideStatus.Operating) &&
                 await Issues.RaiseAsync(db, now, Issues.MissingSchedule, scheduleSource, park.Id, null, null,
                     new { date = parkDate, operatingRides = snapshots.Count(s => s.Status == RideStatus.Operating) }, null, ct))
        {
            issuesOpened++;
        }

        db.RideSnapshots.AddRange(snapshots);
        await db.SaveChangesAsync(ct);
        await Issues.ResolveAsync(db, now, clean, ct);

        var date = zone.LocalDateOf(slotAt);
        var outcome = await rollups.RecomputeAsync(db, park, date, now, finalise: false, ct);
        var live0 = outcome.Result.Live;
        var open = live0?.ParkOpen ?? ParkDayEngine.IsOpen(await rollups.OpenWindowsAsync(db, park.Id, slotAt, slotAt.AddMinutes(1), ct), slotAt);
        var waits = snapshots.Where(s => s.Status == RideStatus.Operating && s.WaitMinutes is >= 1 and <= 600 && rides.Any(r => r.Id == s.RideId && r.IsActive && r.Category == RideCategories.Attraction)).ToList();
        var parkSnapshot = new ParkSnapshot
        {
            ParkId = park.Id,
            SlotAt = slotAt,
            RunId = runId,
            FetchedAt = now,
            Source = source,
            IntervalMinutes = interval,
            ParkOpen = open,
            Operating = snapshots.Count(s => s.Status == RideStatus.Operating),
            Down = snapshots.Count(s => s.Status == RideStatus.Down),
            Closed = snapshots.Count(s => s.Status == RideStatus.Closed),
            Refurbishment = snapshots.Count(s => s.Status == RideStatus.Refurbishment),
            Unknown = snapshots.Count(s => s.Status == RideStatus.Unknown),
            LiveA = live0?.SlotAt == slotAt ? live0.CapacityW : 0,
            LiveB = live0?.SlotAt == slotAt ? live0.DownW : 0,
            AvgWait = waits.Count == 0 ? null : ShameFormula.AverageWait(waits.Sum(w => w.WaitMinutes!.Value), waits.Count),
            MaxWait = waits.Count == 0 ? null : waits.Max(w => w.WaitMinutes),
        };
        db.ParkSnapshots.Add(parkSnapshot);
        await UpdateCurrentStatesAsync(db, park, slotAt, source, snapshots, parkSnapshot, waits.Count, live0, ct);
        return (snapshots.Count, issuesOpened);
    }

    private static async Task UpdateCurrentStatesAsync(ParksDb db, Park park, DateTime slotAt, string source, List<RideSnapshot> snapshots,
        ParkSnapshot parkSnapshot, int ridesReporting, LiveFigures? live, CancellationToken ct)
    {
        var states = await db.RideStates.Where(s => s.ParkId == park.Id).ToDictionaryAsync(s => s.RideId, ct);
        foreach (var snapshot in snapshots)
        {
            var countedDown = live?.CountedDown.Contains(snapshot.RideId) == true;
            if (!states.TryGetValue(snapshot.RideId, out var state))
            {
                state = new RideCurrentState { RideId = snapshot.RideId, ParkId = park.Id, Since = slotAt };
                db.RideStates.Add(state);
            }
            else if (state.Status != snapshot.Status)
            {
                state.Since = slotAt;
            }

            state.DownSince = countedDown ? (state.CountedDown && state.DownSince is not null ? state.DownSince : slotAt) : null;
            state.SlotAt = slotAt;
            state.Status = snapshot.Status;
            state.WaitMinutes = snapshot.WaitMinutes;
            state.Counted = live?.Counted.Contains(snapshot.RideId) == true;
            state.CountedDown = countedDown;
        }

        var parkState = await db.ParkStates.FirstOrDefaultAsync(s => s.ParkId == park.Id, ct);
        if (parkState is null)
        {
            parkState = new ParkCurrentState { ParkId = park.Id, Source = source };
            db.ParkStates.Add(parkState);
        }

        parkState.SlotAt = slotAt;
        parkState.Open = parkSnapshot.ParkOpen;
        parkState.LiveA = parkSnapshot.LiveA;
        parkState.LiveB = parkSnapshot.LiveB;
        parkState.Source = source;
        parkState.Stale = snapshots.Count > 0 && snapshots.All(s => s.Stale);
        parkState.AvgWait = parkSnapshot.AvgWait;
        parkState.MaxWait = parkSnapshot.MaxWait;
        parkState.RidesReporting = ridesReporting;
    }
}
