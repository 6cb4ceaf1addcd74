using System.Security.Cryptography;

namespace Quartet.Shop.Common;

public static class OrderNumbers
{
    /// <summary>Crockford-style base32 without I, L, O and U, so numbers read aloud or typed are unambiguous.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary><c>S</c> + yyMMdd (in the shop's zone) + <c>-</c> + 6 random characters, e.g. <c>S250301-7KQ2MX</c>.</summary>
    public static string New(DateTime utcNow, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone);
        Span<char> suffix = stackalloc char[6];
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"S{local:yyMMdd}-{suffix}";
    }
}
