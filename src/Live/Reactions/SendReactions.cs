using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Participants;
using Quartet.Live.Responses;
using Quartet.Platform.Http;

namespace Quartet.Live.Reactions;

public sealed class ReactionRequest
{
    public Dictionary<string, int>? Counts { get; init; }
}

/// <summary>Emoji taps (A8): at most one request per second, 1–20 taps per emoji (more is clamped), answered 202.</summary>
public static class SendReactions
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapPost("/activities/{aid:guid}/reactions", async Task<Accepted> (
            Guid sid, Guid aid, ReactionRequest request, AuthenticatedParticipant authenticated, RateLimits limits, ReactionCounters counters, LiveDb db, TimeProvider clock,
            CancellationToken ct) =>
        {
            var caller = authenticated.Caller;
            ParticipantWrites.EnsureSessionOpen(caller);
            var activity = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == aid && a.SessionId == sid, ct)
                ?? throw new ProblemException(404, "ACTIVITY_NOT_FOUND", "No such activity.");
            if (activity.Type != ActivityType.Reactions)
            {
                throw new ProblemException(400, "WRONG_ACTIVITY_TYPE", "This activity does not take reactions.");
            }

            if (!ActivityLifecycle.AcceptsWrites(activity, clock.GetUtcNow().UtcDateTime))
            {
                throw new ProblemException(409, "ACTIVITY_NOT_OPEN", "Reactions are closed.");
            }

            var allowed = LiveJson.Deserialize<ActivityConfig>(activity.Config).Emojis ?? [];
            if (request.Counts is not { Count: > 0 } counts || counts.Keys.Any(e => !allowed.Contains(e)) || counts.Values.Any(n => n < 1))
            {
                throw new ProblemException(400, "VALIDATION_FAILED", "Send counts of 1 to 20 taps for this activity's emojis.",
                    new Dictionary<string, string[]> { ["counts"] = ["Use this activity's emojis with positive counts."] });
            }

            limits.Reaction(caller.ParticipantId);
            foreach (var (emoji, taps) in counts)
            {
                counters.Add(sid, aid, emoji, Math.Min(taps, 20));
            }

            return TypedResults.Accepted((string?)null);
        }).WithSummary("Send reactions").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
