using Quartet.Parks.Data;

namespace Quartet.Parks.Domain;

public sealed record EngineRide(Guid Id, int? Tier, string Category, bool IsActive)
{
    public int Weight => ShameFormula.Weight(Tier);

    public bool IsEligible => IsActive && Category == RideCategories.Attraction;
}

public sealed record EngineSnapshot(Guid RideId, DateTime SlotAt, RideStatus Status, int? WaitMinutes, int IntervalMinutes, bool Fallback = false, bool Stale = false);

public sealed record OpenWindow(DateTime OpensAt, DateTime ClosesAt)
{
    public bool Covers(DateTime instant) => OpensAt <= instant && instant < ClosesAt;

    public int MinutesWithin(DateTime from, DateTime to)
    {
        var start = OpensAt > from ? OpensAt : from;
        var end = ClosesAt < to ? ClosesAt : to;
        return end > start ? (int)(end - start).TotalMinutes : 0;
    }
}

/// <param name="DayComplete">The park-day is over: an outage still running at the last snapshot ends at day end.</param>
public sealed record ParkDayInput(
    Guid ParkId,
    StatusModel Model,
    DateOnly Date,
    DateTime DayStart,
    DateTime DayEnd,
    IReadOnlyList<OpenWindow> OpenWindows,
    IReadOnlyList<EngineRide> Rides,
    IReadOnlyList<EngineSnapshot> Snapshots,
    int MinOperatedSlots = 1,
    bool DayComplete = true);

public sealed record LiveFigures(DateTime SlotAt, bool ParkOpen, int CapacityW, int DownW, IReadOnlySet<Guid> CountedDown, IReadOnlySet<Guid> Counted);

public sealed record ParkDayResult(
    IReadOnlyList<RideHourStat> RideHours,
    IReadOnlyList<RideDayStat> RideDays,
    IReadOnlyList<ParkHourStat> ParkHours,
    ParkDayStat ParkDay,
    IReadOnlyList<DowntimeEvent> Events,
    LiveFigures? Live);

/// <summary>
/// The one definition of open, observed, operated, counted, down, events, A and B (spec §4.4–4.5) for one park-day.
/// Live, hourly, daily and period figures are all composed from what this returns, so they cannot disagree.
/// </summary>
public static class ParkDayEngine
{
    public static bool IsOpen(IReadOnlyList<OpenWindow> windows, DateTime instant) => windows.Any(w => w.Covers(instant));

    public static ParkDayResult Compute(ParkDayInput input)
    {
        var hours = new List<DateTime>();
        for (var h = input.DayStart; h < input.DayEnd; h = h.AddHours(1))
        {
            hours.Add(h);
        }

        var snapshotsByRide = input.Snapshots
            .Where(s => s.SlotAt >= input.DayStart && s.SlotAt < input.DayEnd)
            .GroupBy(s => s.RideId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.SlotAt).ToList());
        var latestSlot = snapshotsByRide.Count == 0 ? (DateTime?)null : snapshotsByRide.Values.Max(l => l[^1].SlotAt);

        var rideHours = new List<RideHourStat>();
        var rideDays = new List<RideDayStat>();
        var events = new List<DowntimeEvent>();
        var counted = new Dictionary<Guid, EngineRide>();
        var rideHourIndex = new Dictionary<(Guid, DateTime), RideHourStat>();

        foreach (var ride in input.Rides)
        {
            var slots = snapshotsByRide.GetValueOrDefault(ride.Id) ?? [];
            var day = new RideDayStat { RideId = ride.Id, ParkId = input.ParkId, LocalDate = input.Date, Weight = ride.Weight };
            foreach (var slot in slots)
            {
                var hourStart = ReportingZone.FloorHour(slot.SlotAt);
                if (!rideHourIndex.TryGetValue((ride.Id, hourStart), out var hour))
                {
                    hour = new RideHourStat { RideId = ride.Id, ParkId = input.ParkId, LocalDate = input.Date, HourStart = hourStart, Weight = ride.Weight };
                    rideHourIndex[(ride.Id, hourStart)] = hour;
                    rideHours.Add(hour);
                }

                if (!IsOpen(input.OpenWindows, slot.SlotAt))
                {
                    continue;
                }

                var minutes = slot.IntervalMinutes;
                foreach (var bucket in new RideStatBase[] { hour, day })
                {
                    AddSlot(bucket, slot, minutes, input.Model);
                }

                if (ShameFormula.IsOperatedEvidence(slot.Status, input.Model))
                {
                    day.FirstOperatedAt ??= slot.SlotAt;
                }
            }

            day.Operated = day.OperatedEvidence >= Math.Max(1, input.MinOperatedSlots);
            day.ExclusionReason = ExclusionFor(ride, day);
            if (day.ExclusionReason is null)
            {
                counted[ride.Id] = ride;
                var rideEvents = EventsOf(ride.Id, input, slots);
                foreach (var e in rideEvents)
                {
                    rideHourIndex[(ride.Id, ReportingZone.FloorHour(e.StartedAt))].DownRunStarts++;
                }

                day.DownRunStarts = rideEvents.Count;
                day.LongestOutageMin = rideEvents.Count == 0 ? 0 : rideEvents.Max(e => e.DownMinutes);
                events.AddRange(rideEvents);
            }

            rideDays.Add(day);
        }

        var parkHours = hours.Select(h => ComposePark(new ParkHourStat { HourStart = h }, input, counted,
            rideHours.Where(r => r.HourStart == h), h, h.AddHours(1))).ToList();
        var parkDay = ComposePark(new ParkDayStat(), input, counted, rideDays, input.DayStart, input.DayEnd);
        parkDay.Incidents = parkHours.Sum(h => h.Incidents);

        return new ParkDayResult(rideHours, rideDays, parkHours, parkDay, events, LiveOf(input, latestSlot, snapshotsByRide, counted));
    }

    private static void AddSlot(RideStatBase bucket, EngineSnapshot slot, int minutes, StatusModel model)
    {
        if (slot.Fallback)
        {
            bucket.FallbackMin += minutes;
        }

        switch (slot.Status)
        {
            case RideStatus.Unknown:
                bucket.UnknownMin += minutes;
                return;
            case RideStatus.Operating:
                bucket.OperatingMin += minutes;
                break;
            case RideStatus.Closed:
                bucket.ClosedMin += minutes;
                break;
            case RideStatus.Refurbishment:
                bucket.RefurbMin += minutes;
                break;
        }

        bucket.ObservedMin += minutes;
        if (ShameFormula.IsDown(slot.Status, model))
        {
            bucket.DownMin += minutes;
        }

        if (ShameFormula.IsOperatedEvidence(slot.Status, model))
        {
            bucket.OperatedEvidence++;
        }

        if (slot is { Status: RideStatus.Operating, WaitMinutes: >= 1 and <= 600 })
        {
            bucket.WaitSum += slot.WaitMinutes.Value;
            bucket.WaitCount++;
            bucket.WaitMax = Math.Max(bucket.WaitMax ?? 0, slot.WaitMinutes.Value);
        }
    }

    private static string? ExclusionFor(EngineRide ride, RideDayStat day)
    {
        if (!ride.IsActive)
        {
            return ExclusionReasons.Inactive;
        }

        if (ride.Category != RideCategories.Attraction)
        {
            return ExclusionReasons.NotAttraction;
        }

        if (day.Operated)
        {
            return null;
        }

        if (day.ObservedMin == 0)
        {
            return ExclusionReasons.NoData;
        }

        return day.RefurbMin == day.ObservedMin ? ExclusionReasons.Refurbishment : ExclusionReasons.NotOperated;
    }

    /// <summary>Maximal runs of counted down slots; a run continues across at most a 2-interval gap between down slots.</summary>
    private static List<DowntimeEvent> EventsOf(Guid rideId, ParkDayInput input, List<EngineSnapshot> slots)
    {
        var events = new List<DowntimeEvent>();
        DowntimeEvent? current = null;
        EngineSnapshot? lastDown = null;

        void Close(DateTime endedAt, string reason)
        {
            current!.EndedAt = endedAt;
            current.EndReason = reason;
            current = null;
        }

        foreach (var slot in slots)
        {
            var open = IsOpen(input.OpenWindows, slot.SlotAt);
            var countedDown = open && slot.Status != RideStatus.Unknown && ShameFormula.IsDown(slot.Status, input.Model);
            if (current is not null)
            {
                var gap = slot.SlotAt - lastDown!.SlotAt;
                var withinGap = gap <= TimeSpan.FromMinutes(2 * lastDown.IntervalMinutes);
                if (countedDown && withinGap)
                {
                    current.DownMinutes += slot.IntervalMinutes;
                    lastDown = slot;
                    continue;
                }

                var lastEnd = lastDown.SlotAt.AddMinutes(lastDown.IntervalMinutes);
                if (!open)
                {
                    Close(lastEnd, "park_closed");
                }
                else if (!withinGap || slot.Status == RideStatus.Unknown)
                {
                    Close(lastEnd, "data_gap");
                }
                else
                {
                    Close(slot.SlotAt, "recovered");
                }
            }

            if (countedDown)
            {
                current = new DowntimeEvent
                {
                    Id = Guid.CreateVersion7(),
                    RideId = rideId,
                    ParkId = input.ParkId,
                    LocalDate = input.Date,
                    StartedAt = slot.SlotAt,
                    DownMinutes = slot.IntervalMinutes,
                };
                events.Add(current);
                lastDown = slot;
            }
        }

        if (current is not null)
        {
            var lastEnd = lastDown!.SlotAt.AddMinutes(lastDown.IntervalMinutes);
            if (!IsOpen(input.OpenWindows, lastEnd) && lastEnd < input.DayEnd)
            {
                Close(lastEnd, "park_closed");
            }
            else if (input.DayComplete)
            {
                Close(lastEnd < input.DayEnd ? lastEnd : input.DayEnd, "day_end");
            }
        }

        return events;
    }

    private static T ComposePark<T>(T park, ParkDayInput input, Dictionary<Guid, EngineRide> counted, IEnumerable<RideStatBase> rideStats, DateTime from, DateTime to)
        where T : ParkStatBase
    {
        park.ParkId = input.ParkId;
        park.LocalDate = input.Date;
        park.OpenMin = OpenMinutes(input.OpenWindows, from, to);
        var eligible = input.Rides.Where(r => r.IsEligible).Select(r => r.Id).ToHashSet();
        foreach (var stat in rideStats)
        {
            if (eligible.Contains(stat.RideId) && stat.WaitCount > 0)
            {
                park.WaitSum += stat.WaitSum;
                park.WaitCount += stat.WaitCount;
                park.WaitMax = Math.Max(park.WaitMax ?? 0, stat.WaitMax ?? 0);
                park.RidesReporting++;
            }

            if (!counted.TryGetValue(stat.RideId, out var ride) || stat.ObservedMin == 0)
            {
                continue;
            }

            park.CountedRides++;
            park.CountedWeight += ride.Weight;
            park.CapacityWMin += (long)ride.Weight * stat.ObservedMin;
            park.DownWMin += (long)ride.Weight * stat.DownMin;
            park.DownMin += stat.DownMin;
            park.ObservedMin += stat.ObservedMin;
            park.Incidents += stat.DownRunStarts;
            if (stat.DownMin > 0)
            {
                park.RidesWithDowntime++;
            }
        }

        var inBucket = input.Snapshots.Where(s => s.SlotAt >= from && s.SlotAt < to && IsOpen(input.OpenWindows, s.SlotAt)).ToList();
        park.FallbackMin = inBucket.Where(s => s.Fallback).GroupBy(s => s.SlotAt).Sum(g => g.First().IntervalMinutes);
        park.StaleSlots = inBucket.Count(s => s.Stale);
        return park;
    }

    private static int OpenMinutes(IReadOnlyList<OpenWindow> windows, DateTime from, DateTime to)
    {
        // Windows may overlap (e.g. OPERATING and EXTRA_HOURS); count each minute once.
        var minutes = 0;
        var cursor = from;
        foreach (var window in windows.OrderBy(w => w.OpensAt))
        {
            var start = window.OpensAt > cursor ? window.OpensAt : cursor;
            var end = window.ClosesAt < to ? window.ClosesAt : to;
            if (end > start)
            {
                minutes += (int)(end - start).TotalMinutes;
                cursor = end;
            }
        }

        return minutes;
    }

    private static LiveFigures? LiveOf(ParkDayInput input, DateTime? latestSlot, Dictionary<Guid, List<EngineSnapshot>> snapshotsByRide, Dictionary<Guid, EngineRide> counted)
    {
        if (latestSlot is not { } slotAt)
        {
            return null;
        }

        var open = IsOpen(input.OpenWindows, slotAt);
        var countedNow = new HashSet<Guid>();
        var downNow = new HashSet<Guid>();
        var capacity = 0;
        var down = 0;
        foreach (var (rideId, ride) in counted)
        {
            var now = snapshotsByRide[rideId][^1];
            if (!open || now.SlotAt != slotAt || now.Status == RideStatus.Unknown)
            {
                continue;
            }

            countedNow.Add(rideId);
            capacity += ride.Weight;
            if (ShameFormula.IsDown(now.Status, input.Model))
            {
                downNow.Add(rideId);
                down += ride.Weight;
            }
        }

        return new LiveFigures(slotAt, open, capacity, down, downNow, countedNow);
    }
}
