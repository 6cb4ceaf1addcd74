using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Quartet.Platform.Http;

/// <summary>
/// The one entity-tag format and comparison of the platform (RFC 9110 §8.8.3, §13.1): content tags are hashes of what a
/// response depends on, version tags name a row's version; <c>If-Match</c> and <c>If-None-Match</c> compare them weakly.
/// </summary>
public static class ETags
{
    /// <summary>A quoted tag: the first 16 bytes of the SHA-256 of <paramref name="content"/>, in hex.</summary>
    public static string Of(ReadOnlySpan<byte> content) => "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16)) + "\"";

    public static string Of(string content) => Of(Encoding.UTF8.GetBytes(content));

    /// <summary>A quoted version tag: <c>"{prefix}{version}"</c>, e.g. <c>"v3"</c>; the prefix names what is versioned.</summary>
    public static string OfVersion(long version, string prefix = "") => "\"" + prefix + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version a tag of <see cref="OfVersion"/> names (weak or strong, quoted or not); null when it names none.</summary>
    public static long? VersionOf(string tag, string prefix = "")
    {
        var value = Opaque(tag.Trim());
        return value.StartsWith(prefix, StringComparison.Ordinal)
            && long.TryParse(value.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }

    /// <summary>True when the request's If-None-Match lists <paramref name="etag"/> (weakly compared) or is <c>*</c>.</summary>
    public static bool Matches(HttpRequest request, string etag) => Lists(request.Headers.IfNoneMatch, etag);

    /// <summary>True when a tag list header (If-Match, If-None-Match) is <c>*</c> or holds <paramref name="etag"/>, compared weakly.</summary>
    public static bool Lists(StringValues header, string etag)
    {
        var wanted = Opaque(etag);
        foreach (var value in header)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == "*" || Opaque(part) == wanted)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The tag without its weakness marker and quotes: <c>W/"x"</c> and <c>"x"</c> are both <c>x</c>.</summary>
    private static string Opaque(string tag) =>
        (tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag).Trim('"');
}
