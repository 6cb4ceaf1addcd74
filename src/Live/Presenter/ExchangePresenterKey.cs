using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;

namespace Quartet.Live.Presenter;

public sealed class PresenterKeyRequest
{
    public string? Key { get; init; }
}

/// <summary>
/// The big screen exchanges the read-only presenter key (from the link's fragment) for a presenter cookie bound to the
/// current key; rotating the key locks old screens out.
/// </summary>
public static class ExchangePresenterKey
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/present/{sid:guid}/key", async Task<Results<NoContent, ProblemHttpResult>> (
            Guid sid, PresenterKeyRequest request, SyncHub hub, SigningKeys keys, HttpContext http, CancellationToken ct) =>
        {
            var state = await hub.GetAsync(sid, ct);
            if (state is null || string.IsNullOrEmpty(request.Key)
                || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(JoinCodes.HashKey(request.Key)), Encoding.ASCII.GetBytes(state.Header.PresenterKeyHash)))
            {
                return Problems.Create(401, "PRESENTER_KEY_INVALID", "The presenter link is not valid (it may have been rotated).");
            }

            http.Response.Cookies.Append(PresenterAccess.CookieName, PresenterAccess.Sign(keys, sid, state.Header.PresenterKeyHash), new CookieOptions
            {
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                Path = $"/api/live/present/{sid}",
                IsEssential = true,
            });
            return TypedResults.NoContent();
        }).WithSummary("Exchange presenter key").ProducesProblem(StatusCodes.Status401Unauthorized).AllowAnonymous();
}
