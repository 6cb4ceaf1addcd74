using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

public sealed record RunParkResult(Guid ParkId, string? ParkName, string Outcome, string? SourceUsed, int Attempts, int DurationMs, int? HttpStatus,
    string? ErrorCode);

public sealed record RunDetail(RunView Run, IEnumerable<RunParkResult> Parks);

/// <summary>GET /admin/runs/{id}: one run with the outcome per park.</summary>
public static class GetRun
{
    public static void Map(RouteGroupBuilder admin) => admin.MapGet("/runs/{id:guid}", async Task<Ok<RunDetail>> (Guid id, ParksDb db, CancellationToken ct) =>
    {
        var run = await db.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new ProblemException(404, "RUN_NOT_FOUND", "No such run.");
        var parks = await db.Parks.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var results = await db.ParkResults.AsNoTracking().Where(r => r.RunId == id).ToListAsync(ct);
        return TypedResults.Ok(new RunDetail(RunView.From(run), results.Select(r => new RunParkResult(r.ParkId, parks.GetValueOrDefault(r.ParkId), r.Outcome, r.SourceUsed,
            r.Attempts, r.DurationMs, r.HttpStatus, r.ErrorCode))));
    }).WithSummary("Get run");
}
