using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Live.Text;
using Quartet.Platform.Http;

namespace Quartet.Live.Moderation;

public sealed class BlockWordRequest
{
    public string? Word { get; init; }
}

/// <summary>Removes a word from a word cloud (C2) and adds it to the session's blocked words (at most 200).</summary>
public static class BlockWord
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/activities/{aid:guid}/words/block", async Task<Results<NoContent, ValidationProblem>> (
            Guid id, Guid aid, BlockWordRequest request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var word = TextRules.CleanLine(request.Word);
            if (word.Length is 0 or > 40)
            {
                return Problems.Validation("word", "1 to 40 characters.");
            }

            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == aid && a.SessionId == id && a.Type == ActivityType.Wordcloud, t)
                    ?? throw new ProblemException(404, "ACTIVITY_NOT_FOUND", "No such word cloud.");
                var key = TextRules.WordKey(word);
                foreach (var row in await db.Responses.Where(r => r.ActivityId == aid).ToListAsync(t))
                {
                    var payload = LiveJson.Deserialize<ResponsePayload>(row.Payload);
                    if (payload.Words?.RemoveAll(w => w.Key == key) > 0)
                    {
                        row.Payload = LiveJson.Serialize(payload);
                    }
                }

                var blocked = LiveJson.Deserialize<List<string>>(session.ExtraBlockedWords);
                if (!blocked.Contains(word) && blocked.Count < 200)
                {
                    blocked.Add(word);
                    session.ExtraBlockedWords = LiveJson.Serialize(blocked);
                }

                HostAccess.Audit(db, session, user, "block-word", now);
                return (true, ReconcileScope.ForActivity(activity.Id));
            }, ct);
            return TypedResults.NoContent();
        }).WithSummary("Block word");
}
