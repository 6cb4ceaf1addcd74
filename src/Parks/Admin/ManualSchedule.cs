using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

public sealed record ScheduleWindowInput(string? Type, string? OpensAt, string? ClosesAt);

public sealed record ScheduleInput(IReadOnlyList<ScheduleWindowInput>? Windows);

public sealed record DaySchedule(Guid ParkId, DateOnly Date, IEnumerable<ScheduleWindow> Windows);

/// <summary>
/// PUT /admin/parks/{id}/schedule/{date}: replaces the manual windows of one local date of the park. Times are wall-clock
/// "HH:mm" in the park's time zone; a closing time at or before the opening time is on the next day. Manual rows hide
/// the upstream rows of that date; an empty list removes them, so the upstream schedule applies again.
/// </summary>
public static class ManualSchedule
{
    public static readonly IReadOnlyList<string> Types = ["OPERATING", "EXTRA_HOURS", "TICKETED_EVENT", "PRIVATE_EVENT", "INFO"];

    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPut("/parks/{id:guid}/schedule/{date}", Handle).WithSummary("Replace the manual schedule of a park's date");

    private static async Task<Results<Ok<DaySchedule>, ValidationProblem>> Handle(Guid id, string date, ScheduleInput body, HttpContext http, ParksDb db, DataVersions versions,
        Rollups rollups, ReportingZone zone, TimeProvider clock, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new ProblemException(400, "INVALID_DATE", "The date must be yyyy-MM-dd.");
        }

        var park = await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new ProblemException(404, "PARK_NOT_FOUND", "No such park.");
        var parkZone = TimeZoneInfo.FindSystemTimeZoneById(park.TimeZone);
        var (windows, errors) = Parse(body.Windows ?? [], day, parkZone);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = windows.Select(w => new ParkSchedule
        {
            Id = Guid.CreateVersion7(),
            ParkId = park.Id,
            LocalDate = day,
            Type = w.Type,
            OpensAt = w.Opens,
            ClosesAt = w.Closes,
            Origin = "manual",
            FetchedAt = now,
        }).ToList();
        await db.InTransactionAsync(async c =>
        {
            var before = await db.Schedules.AsNoTracking().Where(s => s.ParkId == park.Id && s.LocalDate == day && s.Origin == "manual")
                .OrderBy(s => s.OpensAt).Select(s => new { s.Type, s.OpensAt, s.ClosesAt }).ToListAsync(c);
            await db.Schedules.Where(s => s.ParkId == park.Id && s.LocalDate == day && s.Origin == "manual").ExecuteDeleteAsync(c);
            db.Schedules.AddRange(rows);
            AdminSupport.Record(db, http, now, "schedule.replace", "park", park.Id, new { date = day, windows = before },
                new { date = day, windows = rows.Select(r => new { r.Type, r.OpensAt, r.ClosesAt }) });
            await db.SaveChangesAsync(c);
        }, ct);
        await AdminSupport.RebuildTodayAsync(db, versions, rollups, zone, park.Id, now, ct);
        return TypedResults.Ok(new DaySchedule(park.Id, day, rows.Select(r => new ScheduleWindow(r.Type, r.OpensAt, r.ClosesAt, r.Origin))));
    }

    private static (List<(string Type, DateTime Opens, DateTime Closes)> Windows, Dictionary<string, string[]> Errors) Parse(
        IReadOnlyList<ScheduleWindowInput> input, DateOnly day, TimeZoneInfo parkZone)
    {
        var errors = new Dictionary<string, string[]>();
        var windows = new List<(string Type, DateTime Opens, DateTime Closes)>();
        if (input.Count > 4)
        {
            errors["windows"] = ["At most 4 windows per date."];
            return (windows, errors);
        }

        for (var i = 0; i < input.Count; i++)
        {
            var w = input[i];
            if (w.Type is null || !Types.Contains(w.Type))
            {
                errors[$"windows[{i}].type"] = [$"Must be one of {string.Join(", ", Types)}."];
            }

            var opens = LocalTime(w.OpensAt, day, parkZone);
            var closes = LocalTime(w.ClosesAt, day, parkZone);
            if (opens is null)
            {
                errors[$"windows[{i}].opensAt"] = ["Must be a wall-clock time HH:mm that exists on that date in the park's time zone."];
            }

            if (closes is null)
            {
                errors[$"windows[{i}].closesAt"] = ["Must be a wall-clock time HH:mm that exists on that date in the park's time zone."];
            }

            if (opens is { } o && closes is { } c && w.Type is not null)
            {
                var end = c > o ? c : LocalTime(w.ClosesAt, day.AddDays(1), parkZone);
                if (end is null || end.Value - o >= TimeSpan.FromHours(24))
                {
                    errors[$"windows[{i}].closesAt"] = ["A window lasts less than 24 hours."];
                }
                else
                {
                    windows.Add((w.Type, o, end.Value));
                }
            }
        }

        var ordered = windows.OrderBy(w => w.Opens).ToList();
        if (ordered.Zip(ordered.Skip(1)).Any(pair => pair.Second.Opens < pair.First.Closes))
        {
            errors["windows"] = ["Windows must not overlap."];
        }

        return (ordered, errors);
    }

    /// <summary>The UTC instant of a wall-clock time on a date in a zone; null when malformed or skipped by a DST change.</summary>
    private static DateTime? LocalTime(string? value, DateOnly day, TimeZoneInfo zone)
    {
        if (!TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return null;
        }

        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
