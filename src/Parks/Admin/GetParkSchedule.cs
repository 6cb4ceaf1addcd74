using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;

namespace Quartet.Parks.Admin;

public sealed record ScheduleWindow(string Type, DateTime OpensAt, DateTime ClosesAt, string Origin);

public sealed record ScheduleWindowList(List<ScheduleWindow> Items);

/// <summary>GET /admin/parks/{id}/schedule/{date}: the upstream and manual windows of one local date.</summary>
public static class GetParkSchedule
{
    public static void Map(RouteGroupBuilder admin) => admin.MapGet("/parks/{id:guid}/schedule/{date}", async Task<Ok<ScheduleWindowList>> (Guid id,
        DateOnly date, ParksDb db, CancellationToken ct) => TypedResults.Ok(new ScheduleWindowList(await db.Schedules.AsNoTracking()
            .Where(s => s.ParkId == id && s.LocalDate == date).OrderBy(s => s.Origin).ThenBy(s => s.OpensAt)
            .Select(s => new ScheduleWindow(s.Type, s.OpensAt, s.ClosesAt, s.Origin)).ToListAsync(ct)))).WithSummary("Get a park's schedule of one date");
}
