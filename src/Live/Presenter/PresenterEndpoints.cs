using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Accounts;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;

namespace Quartet.Live.Presenter;

public sealed class PresenterKeyRequest
{
    public string? Key { get; init; }
}

/// <summary>
/// The big screen: a read-only presenter key (from the link's fragment) is exchanged for a presenter cookie bound to
/// the current key, so rotating the key locks old screens out. The owner's login works too. Presenter and host sync
/// answer from memory like participant sync.
/// </summary>
public static class PresenterEndpoints
{
    public const string CookieName = "live_presenter";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/present/{sid:guid}/key", async (Guid sid, PresenterKeyRequest request, SyncHub hub, SigningKeys keys, HttpContext http, CancellationToken ct) =>
        {
            var state = await hub.GetAsync(sid, ct);
            if (state is null || string.IsNullOrEmpty(request.Key)
                || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(JoinCodes.HashKey(request.Key)), Encoding.ASCII.GetBytes(state.Header.PresenterKeyHash)))
            {
                return Problems.Create(401, "PRESENTER_KEY_INVALID", "The presenter link is not valid (it may have been rotated).");
            }

            http.Response.Cookies.Append(CookieName, Sign(keys, sid, state.Header.PresenterKeyHash), new CookieOptions
            {
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                Path = $"/api/live/present/{sid}",
                IsEssential = true,
            });
            return Results.NoContent();
        }).ProducesProblem(StatusCodes.Status401Unauthorized).AllowAnonymous();

        api.MapGet("/present/{sid:guid}/sync", async (Guid sid, SyncHub hub, SigningKeys keys, SyncResponder responder, HttpContext http, CancellationToken ct) =>
        {
            var state = await PresenterStateAsync(sid, hub, keys, http, ct);
            await responder.SyncAsync(http, state, Viewer.Presenter, "presenter:" + http.Connection.Id);
        }).ProducesProblem(StatusCodes.Status401Unauthorized).AllowAnonymous();

        api.MapGet("/present/{sid:guid}/stream", async (Guid sid, SyncHub hub, SigningKeys keys, SyncResponder responder, HttpContext http, CancellationToken ct) =>
        {
            var state = await PresenterStateAsync(sid, hub, keys, http, ct);
            await responder.StreamAsync(http, state, Viewer.Presenter);
        }).AllowAnonymous();

        var host = api.MapGroup("/sessions/{id:guid}").RequireAuthorization(p => p.RequireRole(HostAccess.HostRole));
        host.MapGet("/sync", async (Guid id, SyncHub hub, SyncResponder responder, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        {
            var state = await OwnerStateAsync(id, hub, user, ct);
            await responder.SyncAsync(http, state, Viewer.Host, "host:" + http.Connection.Id);
        });
        host.MapGet("/stream", async (Guid id, SyncHub hub, SyncResponder responder, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        {
            var state = await OwnerStateAsync(id, hub, user, ct);
            await responder.StreamAsync(http, state, Viewer.Host);
        });
    }

    private static async Task<SessionState> OwnerStateAsync(Guid id, SyncHub hub, ClaimsPrincipal user, CancellationToken ct)
    {
        var state = await hub.GetAsync(id, ct) ?? throw new ProblemException(404, "SESSION_NOT_FOUND", "No such session.");
        return state.Header.HostUserId == user.UserId() ? state : throw new ProblemException(403, "NOT_OWNER", "Only the session's host may do this.");
    }

    private static async Task<SessionState> PresenterStateAsync(Guid sid, SyncHub hub, SigningKeys keys, HttpContext http, CancellationToken ct)
    {
        var state = await hub.GetAsync(sid, ct) ?? throw new ProblemException(401, "PRESENTER_KEY_INVALID", "Open the presenter link again.");
        var owner = http.User.TryGetUserId() == state.Header.HostUserId;
        var cookie = http.Request.Cookies[CookieName];
        var cookieValid = cookie is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(cookie), Encoding.ASCII.GetBytes(Sign(keys, sid, state.Header.PresenterKeyHash)));
        return owner || cookieValid ? state : throw new ProblemException(401, "PRESENTER_KEY_INVALID", "Open the presenter link again.");
    }

    private static string Sign(SigningKeys keys, Guid sessionId, string keyHash) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(keys.For("live-presenter"), Encoding.UTF8.GetBytes($"{sessionId:N}:{keyHash}")));
}
