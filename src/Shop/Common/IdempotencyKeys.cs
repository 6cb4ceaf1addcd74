using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Quartet.Platform.Http;

namespace Quartet.Shop.Common;

/// <summary>The <c>Idempotency-Key</c> header of the shop's money-moving POSTs: its form, and the hash of a canonical request.</summary>
public static partial class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    public static string Require(HttpRequest request) =>
        Optional(request) ?? throw new ProblemException(428, "IDEMPOTENCY_KEY_REQUIRED", "Send an Idempotency-Key header (8–100 characters of A–Z, a–z, 0–9, _ or -).");

    public static string? Optional(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(Header, out var values))
        {
            return null;
        }

        var key = values.ToString();
        if (!Pattern().IsMatch(key))
        {
            throw ShopErrors.Validation("idempotencyKey", "The Idempotency-Key must be 8–100 characters of A–Z, a–z, 0–9, _ or -.");
        }

        return key;
    }

    public static string Hash(string canonicalRequest) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));

    [GeneratedRegex("^[A-Za-z0-9_-]{8,100}$")]
    private static partial Regex Pattern();
}
