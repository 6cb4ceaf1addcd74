using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Quartet.Live.Sync;
using Quartet.Platform.Accounts;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;

namespace Quartet.Live.Common;

/// <summary>
/// Who may watch a session's state: the big screen with a presenter cookie bound to the current presenter key (so
/// rotating the key locks old screens out) or the owner's login; the host's own sync needs the owner.
/// </summary>
public static class PresenterAccess
{
    public const string CookieName = "live_presenter";

    public static async Task<SessionState> OwnerStateAsync(Guid id, SyncHub hub, ClaimsPrincipal user, CancellationToken ct)
    {
        var state = await hub.GetAsync(id, ct) ?? throw new ProblemException(404, "SESSION_NOT_FOUND", "No such session.");
        return state.Header.HostUserId == user.UserId() ? state : throw new ProblemException(403, "NOT_OWNER", "Only the session's host may do this.");
    }

    public static async Task<SessionState> PresenterStateAsync(Guid sid, SyncHub hub, SigningKeys keys, HttpContext http, CancellationToken ct)
    {
        var state = await hub.GetAsync(sid, ct) ?? throw new ProblemException(401, "PRESENTER_KEY_INVALID", "Open the presenter link again.");
        var owner = http.User.TryGetUserId() == state.Header.HostUserId;
        var cookie = http.Request.Cookies[CookieName];
        var cookieValid = cookie is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(cookie), Encoding.ASCII.GetBytes(Sign(keys, sid, state.Header.PresenterKeyHash)));
        return owner || cookieValid ? state : throw new ProblemException(401, "PRESENTER_KEY_INVALID", "Open the presenter link again.");
    }

    public static string Sign(SigningKeys keys, Guid sessionId, string keyHash) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(keys.For("live-presenter"), Encoding.UTF8.GetBytes($"{sessionId:N}:{keyHash}")));
}
