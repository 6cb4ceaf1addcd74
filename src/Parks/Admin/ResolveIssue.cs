using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

public sealed class ResolveIssueRequest
{
    [Required]
    [StringLength(500, MinimumLength = 1)]
    public string? Note { get; init; }
}

public sealed record ResolvedIssue(Guid Id, string Type, DateTime? ResolvedAt, string? ResolvedBy, string? Note);

/// <summary>POST /admin/data-quality/{id}/resolve: closes an open issue with a note; a later bad observation opens a new one.</summary>
public static class ResolveIssue
{
    public static void Map(RouteGroupBuilder admin) => admin.MapPost("/data-quality/{id:guid}/resolve", Handle);

    private static async Task<Ok<ResolvedIssue>> Handle(Guid id, ResolveIssueRequest body, HttpContext http, ParksDb db, DataVersions versions, TimeProvider clock, CancellationToken ct)
    {
        var issue = await db.Issues.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new ProblemException(404, "ISSUE_NOT_FOUND", "No such issue.");
        if (issue.ResolvedAt is not null)
        {
            throw new ProblemException(409, "ALREADY_RESOLVED", "The issue is already resolved.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = AdminSupport.Actor(http);
        issue.ResolvedAt = now;
        issue.ResolvedBy = actor.Length > 200 ? actor[..200] : actor;
        issue.OpenKey = null;
        AdminSupport.Record(db, http, now, "issue.resolve", "issue", issue.Id, new { resolved = false }, new { resolved = true, note = body.Note });
        await db.SaveChangesAsync(ct);
        await versions.DataChangedAsync(db, ct);
        return TypedResults.Ok(new ResolvedIssue(issue.Id, issue.Type, issue.ResolvedAt, issue.ResolvedBy, body.Note));
    }
}
