using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Quartet.Platform.Http;

/// <summary>Strong entity tags from what a response depends on, and the If-None-Match comparison (RFC 9110 §13.1.2).</summary>
public static class ETags
{
    /// <summary>A quoted tag: the first 16 bytes of the SHA-256 of <paramref name="content"/>, in hex.</summary>
    public static string Of(ReadOnlySpan<byte> content) => "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16)) + "\"";

    public static string Of(string content) => Of(Encoding.UTF8.GetBytes(content));

    /// <summary>True when the request's If-None-Match lists <paramref name="etag"/> (weakly compared) or is <c>*</c>.</summary>
    public static bool Matches(HttpRequest request, string etag)
    {
        foreach (var header in request.Headers.IfNoneMatch)
        {
            foreach (var part in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == "*" || part == etag || part == "W/" + etag)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
