using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Participants;

/// <summary>The session behind a join code and whether it can be joined now (live or rehearsing, not locked).</summary>
public sealed record JoinCodeLookup(Guid SessionId, string Title, SessionStatus Status, bool Locked, bool IsRehearsal, bool Joinable);

/// <summary>Looks up a join code (J1); failed lookups count towards the caller's lookup limit.</summary>
public static class LookUpJoinCode
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/join/{code}", async Task<Results<Ok<JoinCodeLookup>, ProblemHttpResult>> (
            string code, LiveDb db, JoinGuards guards, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            var ip = http.Connection.RemoteIpAddress;
            guards.EnsureLookupsAllowed(ip);
            var session = await JoinLookup.FindSessionAsync(db, code, clock.GetUtcNow().UtcDateTime, ct);
            if (session is null)
            {
                guards.CountFailedLookup(ip);
                return Problems.NotFound("CODE_NOT_FOUND", "No session has this code.");
            }

            return TypedResults.Ok(new JoinCodeLookup(session.Id, session.Title, session.Status, session.Locked, session.IsRehearsal,
                (session.Status == SessionStatus.Live || session.IsRehearsal) && !session.Locked));
        }).WithSummary("Look up join code").ProducesProblem(StatusCodes.Status429TooManyRequests).AllowAnonymous();
}
