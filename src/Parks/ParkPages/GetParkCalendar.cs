using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.ParkPages;

public sealed record CalendarDay(DateOnly Date, decimal? Shame, string? Band);

public sealed record ParkCalendar(ParkRef Park, int Year, IReadOnlyList<Attribution> Attribution, IEnumerable<CalendarDay> Days);

/// <summary>GET /parks/{park}/calendar: the park's daily shame through one year (the reliability calendar).</summary>
public static class GetParkCalendar
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/parks/{park}/calendar", Handle);

    private static async Task<Ok<ParkCalendar>> Handle(string park, ReadModel read, ParksDb db, int? year, CancellationToken ct)
    {
        var p = await ParkLookup.FindParkAsync(read, park, ct);
        var y = year ?? read.Zone.LocalDateOf(read.Now).Year;
        if (y is < 2000 or > 2100)
        {
            throw new ProblemException(400, "VALIDATION_FAILED", "year must be from 2000 to 2100.");
        }

        var from = new DateOnly(y, 1, 1);
        var to = new DateOnly(y, 12, 31);
        var days = await db.ParkDays.AsNoTracking().Where(d => d.ParkId == p.Id && d.LocalDate >= from && d.LocalDate <= to).ToDictionaryAsync(d => d.LocalDate, ct);
        return TypedResults.Ok(new ParkCalendar(
            Views.Ref(p),
            y,
            Views.Credits,
            Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).Select(d => new CalendarDay(
                d,
                days.TryGetValue(d, out var s) ? ShameFormula.Score(s.CapacityWMin, s.DownWMin) : null,
                days.TryGetValue(d, out var b) ? ShameFormula.Band(ShameFormula.Score(b.CapacityWMin, b.DownWMin)) : null))));
    }
}
