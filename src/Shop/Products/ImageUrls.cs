using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;
using Quartet.Shop.Common;

namespace Quartet.Shop.Products;

/// <summary>
/// Signed, expiring image URLs (HMAC-SHA256). The expiry is rounded up to the next 5-minute boundary so repeated reads
/// give the same URL and browsers can cache the image. Within one such window an image's URL is signed once and then
/// reused (a catalogue page signs 20 of them on every read); a bounded number of images are remembered.
/// </summary>
public sealed class ImageUrls(SigningKeys keys, IOptions<ShopOptions> options, ShopClock clock)
{
    private const long RoundingSeconds = 300;
    private const int RememberedImages = 10_000;
    private readonly byte[] signingKey = keys.For("shop-images");
    private readonly ConcurrentDictionary<string, SignedUrl> signed = new(StringComparer.Ordinal);

    public static string BlobKeyOf(string imageKey) => "shop/" + imageKey;

    public string? For(string? imageKey)
    {
        if (imageKey is null)
        {
            return null;
        }

        var expires = new DateTimeOffset(clock.UtcNow).AddMinutes(options.Value.SignedUrlMinutes).ToUnixTimeSeconds();
        expires = (expires + RoundingSeconds - 1) / RoundingSeconds * RoundingSeconds;
        if (signed.TryGetValue(imageKey, out var known) && known.Expires == expires)
        {
            return known.Url;
        }

        var url = $"/api/shop/images/{imageKey}?exp={expires.ToString(CultureInfo.InvariantCulture)}&sig={Sign(imageKey, expires)}";
        if (signed.Count >= RememberedImages)
        {
            signed.Clear();
        }

        signed[imageKey] = new SignedUrl(expires, url);
        return url;
    }

    /// <summary>The seconds the URL stays valid, or null when it is tampered with or expired.</summary>
    public long? SecondsLeft(string imageKey, long expires, string signature)
    {
        var left = expires - new DateTimeOffset(clock.UtcNow).ToUnixTimeSeconds();
        if (left <= 0)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(imageKey, expires));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)) ? left : null;
    }

    private sealed record SignedUrl(long Expires, string Url);

    private string Sign(string imageKey, long expires) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes($"{imageKey}\n{expires}")));
}
