using Microsoft.AspNetCore.Http;
using Quartet.Live.Data;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Participants;

public sealed record ParticipantCaller(Guid SessionId, Guid ParticipantId, int Generation, SessionState State);

/// <summary>
/// Authenticates participant calls under <c>/p/{sid}</c> from the token in <c>Authorization: Participant …</c> or the
/// path-scoped cookie, with no database query (J5): HMAC check plus the in-memory revocations of the session.
/// </summary>
public sealed class ParticipantAuth(ParticipantTokens tokens, SyncHub hub, PresenceTracker presence, TimeProvider clock)
{
    public const string CookieName = "live_participant";
    public const string Scheme = "Participant ";

    public static string? RawToken(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        if (header is not null && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return header[Scheme.Length..].Trim();
        }

        return request.Cookies[CookieName];
    }

    public async ValueTask<ParticipantCaller> AuthenticateAsync(HttpContext http, Guid sessionId)
    {
        var token = tokens.Read(RawToken(http.Request))
            ?? throw new ProblemException(StatusCodes.Status401Unauthorized, "TOKEN_INVALID", "Join the session first.");
        if (token.SessionId != sessionId)
        {
            throw new ProblemException(StatusCodes.Status403Forbidden, "WRONG_SESSION", "This token belongs to another session.");
        }

        var state = await hub.GetAsync(sessionId, http.RequestAborted)
            ?? throw new ProblemException(StatusCodes.Status401Unauthorized, "TOKEN_INVALID", "The session no longer exists.");
        var caller = Check(state, token);
        Seen(caller);
        return caller;
    }

    /// <summary>An authenticated call counts as the participant being present (J8).</summary>
    public void Seen(ParticipantCaller caller) => presence.Seen(caller.SessionId, caller.ParticipantId);

    /// <summary>The participant a token in the request names, if it is valid for that session (used by rejoin).</summary>
    public async ValueTask<ParticipantCaller?> TryAuthenticateAsync(HttpContext http, Guid sessionId)
    {
        var token = tokens.Read(RawToken(http.Request));
        if (token is null || token.SessionId != sessionId || await hub.GetAsync(sessionId, http.RequestAborted) is not { } state)
        {
            return null;
        }

        try
        {
            return Check(state, token);
        }
        catch (ProblemException)
        {
            return null;
        }
    }

    private ParticipantCaller Check(SessionState state, ParticipantToken token)
    {
        if (state.Header.EndedAt is { } ended && clock.GetUtcNow().UtcDateTime > ended.AddHours(1))
        {
            throw new ProblemException(StatusCodes.Status401Unauthorized, "TOKEN_EXPIRED", "The session ended.");
        }

        if (state.RevocationOf(token.ParticipantId) is { } revocation)
        {
            if (revocation.Status != ParticipantStatus.Active)
            {
                throw new ProblemException(StatusCodes.Status403Forbidden, "PARTICIPANT_REMOVED", "The host removed you from this session.");
            }

            if (revocation.Generation > token.Generation)
            {
                throw new ProblemException(StatusCodes.Status401Unauthorized, "TOKEN_REVOKED", "This device was replaced by a recovery on another one.");
            }
        }

        return new ParticipantCaller(state.SessionId, token.ParticipantId, token.Generation, state);
    }

    public static void SetCookie(HttpContext http, Guid sessionId, string token) =>
        http.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = $"/api/live/p/{sessionId}",
            IsEssential = true,
        });

    public static void ClearCookie(HttpContext http, Guid sessionId) =>
        http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = $"/api/live/p/{sessionId}", Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax });
}
