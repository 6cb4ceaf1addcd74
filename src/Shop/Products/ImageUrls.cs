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
/// give the same URL and browsers can cache the image.
/// </summary>
public sealed class ImageUrls(SigningKeys keys, IOptions<ShopOptions> options, ShopClock clock)
{
    private const long RoundingSeconds = 300;
    private readonly byte[] signingKey = keys.For("shop-images");

    public static string BlobKeyOf(string imageKey) => "shop/" + imageKey;

    public string? For(string? imageKey)
    {
        if (imageKey is null)
        {
            return null;
        }

        var expires = new DateTimeOffset(clock.UtcNow).AddMinutes(options.Value.SignedUrlMinutes).ToUnixTimeSeconds();
        expires = (expires + RoundingSeconds - 1) / RoundingSeconds * RoundingSeconds;
        return $"/api/shop/images/{imageKey}?exp={expires.ToString(CultureInfo.InvariantCulture)}&sig={Sign(imageKey, expires)}";
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

    private string Sign(string imageKey, long expires) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes($"{imageKey}\n{expires}")));
}
