using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Live.Text;
using Quartet.Platform.Http;

namespace Quartet.Live.Participants;

public sealed class JoinRequest
{
    [Required]
    [StringLength(20)]
    public string Code { get; init; } = "";

    [StringLength(200)]
    public string? Nickname { get; init; }

    [StringLength(20)]
    public string? RecoveryCode { get; init; }
}

/// <summary>A participant in the session: the token to call with, a recovery code on first join, and the session's state as they see it.</summary>
public sealed record JoinResponse(
    Guid SessionId, Guid ParticipantId, string Nickname, bool NicknameChanged, string Token, string? RecoveryCode, bool Rejoined, SyncSnapshot Snapshot);

/// <summary>Joining a session (J2–J7, J10, L5): nickname rules, suffixes, bans, lock, capacity, throttle, rejoin, recovery.</summary>
public static class JoinSession
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/join", Join).WithSummary("Join session").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests).AllowAnonymous();

    private static async Task<Results<Created<JoinResponse>, Ok<JoinResponse>, ProblemHttpResult, ValidationProblem>> Join(
        JoinRequest request, LiveDb db, JoinGuards guards, ParticipantAuth auth, ParticipantTokens tokens, SyncHub hub, Publisher publisher,
        IOptions<LiveOptions> options, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var ip = http.Connection.RemoteIpAddress;
        guards.EnsureLookupsAllowed(ip);
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await JoinLookup.FindSessionAsync(db, request.Code, now, ct);
        if (session is null)
        {
            guards.CountFailedLookup(ip);
            return Problems.NotFound("CODE_NOT_FOUND", "No session has this code.");
        }

        if (await auth.TryAuthenticateAsync(http, session.Id) is { } existing)
        {
            var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == existing.ParticipantId, ct);
            if (participant is { Status: ParticipantStatus.Active })
            {
                return await AnswerAsync(http, hub, tokens, session.Id, participant, null, false, rejoined: true, ct);
            }
        }

        if (session.Status == SessionStatus.Ended)
        {
            return Problems.Conflict("SESSION_ENDED", "The session has ended.");
        }

        if (session.Status != SessionStatus.Live && !session.IsRehearsal)
        {
            return Problems.Conflict("SESSION_NOT_LIVE", "The session has not started yet.");
        }

        var nickname = TextRules.CleanLine(request.Nickname);
        if (TextRules.Length(nickname) is < Nicknames.MinLength or > Nicknames.MaxLength)
        {
            return Problems.Validation("nickname", "A nickname has 2 to 24 characters.");
        }

        var key = TextRules.Key(nickname);
        if (!string.IsNullOrWhiteSpace(request.RecoveryCode))
        {
            return await RecoverAsync(request.RecoveryCode, session, key, db, guards, tokens, hub, publisher, http, ct);
        }

        if (session.Locked)
        {
            return Problems.Conflict("SESSION_LOCKED", "The host locked the session; new people cannot join.");
        }

        guards.CountJoin(ip);
        if (session.ProfanityFilter && Profanity.Default.With(LiveJson.Deserialize<List<string>>(session.ExtraBlockedWords)).Matches(nickname))
        {
            return Problems.Create(422, "NICKNAME_NOT_ALLOWED", "Please choose another nickname.");
        }

        var bannedKeys = await db.Bans.AsNoTracking().Where(b => b.SessionId == session.Id).Select(b => b.NicknameKey).ToListAsync(ct);
        if (bannedKeys.Any(b => Nicknames.BaseKey(b) == Nicknames.BaseKey(key)))
        {
            return Problems.Create(422, "NICKNAME_BANNED", "This nickname is banned from the session.");
        }

        guards.TakeJoinSlot(session.Id, session.JoinRatePerSecond);
        var recoveryCode = NewRecoveryCode();
        var joined = await http.RequestServices.GetRequiredService<JoinBatcher>()
            .SubmitAsync(new JoinItem(session.Id, nickname, HashRecovery(session.Id, recoveryCode), now), ct);

        http.RequestServices.GetRequiredService<WriteSignals>().MarkLocal(session.Id);
        return await AnswerAsync(http, hub, tokens, session.Id, joined, recoveryCode, joined.Nickname != nickname, rejoined: false, ct);
    }

    private static async Task<Results<Created<JoinResponse>, Ok<JoinResponse>, ProblemHttpResult, ValidationProblem>> RecoverAsync(
        string code, LiveSession session, string key, LiveDb db, JoinGuards guards, ParticipantTokens tokens, SyncHub hub, Publisher publisher, HttpContext http, CancellationToken ct)
    {
        var candidate = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.SessionId == session.Id && p.NicknameKey == key, ct);
        if (candidate is null)
        {
            return Problems.Create(422, "RECOVERY_FAILED", "The nickname and recovery code do not match.");
        }

        guards.EnsureRecoveryAllowed(candidate.Id);
        var normalized = JoinCodes.Normalize(code);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashRecovery(session.Id, normalized)), Encoding.ASCII.GetBytes(candidate.RecoveryCodeHash))
            || candidate.Status != ParticipantStatus.Active)
        {
            guards.CountRecoveryFailure(candidate.Id);
            return Problems.Create(422, "RECOVERY_FAILED", "The nickname and recovery code do not match.");
        }

        var moved = await publisher.RunAsync(session.Id, async (tx, now, t) =>
        {
            var participant = await tx.Participants.SingleAsync(p => p.Id == candidate.Id, t);
            participant.TokenGeneration++;
            participant.LastSeenAt = now;
            var scope = new ReconcileScope();
            scope.Participants.Add(participant.Id);
            return (participant, scope);
        }, ct);
        return await AnswerAsync(http, hub, tokens, session.Id, moved, null, false, rejoined: true, ct);
    }

    private static async Task<Results<Created<JoinResponse>, Ok<JoinResponse>, ProblemHttpResult, ValidationProblem>> AnswerAsync(
        HttpContext http, SyncHub hub, ParticipantTokens tokens, Guid sessionId, Participant participant, string? recoveryCode, bool changed, bool rejoined, CancellationToken ct)
    {
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        var token = tokens.Issue(new ParticipantToken(sessionId, participant.Id, participant.TokenGeneration, clock.GetUtcNow().UtcDateTime));
        ParticipantAuth.SetCookie(http, sessionId, token);
        var state = await hub.GetAsync(sessionId, ct) ?? throw new ProblemException(404, "CODE_NOT_FOUND", "The session no longer exists.");
        var snapshot = state.Build(Viewer.ForParticipant(participant.Id), 0, clock.GetUtcNow().UtcDateTime, http.RequestServices.GetRequiredService<SyncResponder>().PollAfterMs);
        var body = new JoinResponse(
            sessionId, participant.Id, participant.Nickname, changed, token, recoveryCode, rejoined, new SyncSnapshot(snapshot.Json));
        return rejoined ? TypedResults.Ok(body) : TypedResults.Created($"/api/live/p/{sessionId}/me", body);
    }

    private static string NewRecoveryCode() => string.Create(6, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = JoinCodes.Alphabet[RandomNumberGenerator.GetInt32(JoinCodes.Alphabet.Length)];
        }
    });

    private static string HashRecovery(Guid sessionId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{sessionId:N}:{JoinCodes.Normalize(code)}")));
}
