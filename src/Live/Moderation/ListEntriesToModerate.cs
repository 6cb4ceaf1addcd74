using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Platform.Http;

namespace Quartet.Live.Moderation;

/// <summary>An open-text activity's entries for the host (A6), newest first, optionally of one moderation state.</summary>
public static class ListEntriesToModerate
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapGet("/activities/{aid:guid}/entries", async Task<Ok<PagedList<ModeratedEntryView>>> (
            Guid id, Guid aid, EntryModeration? state, PageRequest page, LiveDb db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await HostAccess.OwnedAsync(db, id, user, ct);
            var query = db.Responses.AsNoTracking().Where(r => r.ActivityId == aid && r.SessionId == id);
            if (state is { } wanted)
            {
                query = query.Where(r => r.Moderation == wanted);
            }

            var paged = await query.OrderByDescending(r => r.SubmittedAt).Select(r => new { r.Id, r.Payload, r.Moderation, r.SubmittedAt }).ToPageAsync(page, ct);
            return TypedResults.Ok(new PagedList<ModeratedEntryView>(
                [.. paged.Items.Select(r => new ModeratedEntryView(r.Id, LiveJson.Deserialize<ResponsePayload>(r.Payload).Text, r.Moderation, r.SubmittedAt))],
                paged.Page, paged.PageSize, paged.Total));
        });
}
