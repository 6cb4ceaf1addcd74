using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QRCoder;
using Quartet.Live.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Participants;

/// <summary>
/// The QR code of a session's join link (<c>{origin}/j/{code}</c>) as SVG, drawn on the server so the presenter needs no
/// client library and no camera-side trickery; only existing codes get one, and failed lookups count like any other.
/// </summary>
public static class JoinQrCode
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/join/{code}/qr.svg", async Task<Results<ContentHttpResult, ProblemHttpResult>> (string code, LiveDb db, JoinGuards guards, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            var ip = http.Connection.RemoteIpAddress;
            guards.EnsureLookupsAllowed(ip);
            var session = await Common.JoinLookup.FindSessionAsync(db, code, clock.GetUtcNow().UtcDateTime, ct);
            if (session is null)
            {
                guards.CountFailedLookup(ip);
                return Problems.NotFound("CODE_NOT_FOUND", "No session has this code.");
            }

            http.Response.Headers.CacheControl = "private, max-age=300";
            return TypedResults.Text(Svg($"{http.Request.Scheme}://{http.Request.Host}/j/{session.Code}"), "image/svg+xml");
        }).WithSummary("Get join QR code").Produces(StatusCodes.Status200OK, contentType: "image/svg+xml").ProducesProblem(StatusCodes.Status429TooManyRequests).AllowAnonymous();

    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true);
    }
}
