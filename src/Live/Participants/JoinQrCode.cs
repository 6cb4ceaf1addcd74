using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        api.MapGet("/join/{code}/qr.svg", async (string code, LiveDb db, JoinGuards guards, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            var ip = http.Connection.RemoteIpAddress;
            guards.EnsureLookupsAllowed(ip);
            var session = await JoinEndpoints.FindByCodeAsync(db, code, clock.GetUtcNow().UtcDateTime, ct);
            if (session is null)
            {
                guards.CountFailedLookup(ip);
                return Problems.NotFound("CODE_NOT_FOUND", "No session has this code.");
            }

            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Text(Svg($"{http.Request.Scheme}://{http.Request.Host}/j/{session.Code}"), "image/svg+xml");
        }).AllowAnonymous();

    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true);
    }
}
