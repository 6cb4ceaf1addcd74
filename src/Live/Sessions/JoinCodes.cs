using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;

namespace Quartet.Live.Sessions;

/// <summary>Join codes (L6): 6 characters without look-alikes, unique among joinable and recently ended sessions.</summary>
public static class JoinCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string Normalize(string? input) =>
        new string((input ?? "").Where(c => c != ' ' && c != '-').ToArray()).ToUpperInvariant();

    public static bool IsWellFormed(string code) => code.Length == 6 && code.All(Alphabet.Contains);

    /// <summary>A code picked by a person (the demo seeder, an operator) held to the rule generated codes follow.</summary>
    public static string Chosen(string code)
    {
        var normalized = Normalize(code);
        return IsWellFormed(normalized)
            ? normalized
            : throw new ArgumentException($"\"{code}\" is not a join code: 6 characters from {Alphabet}.", nameof(code));
    }

    public static string Display(string code) => $"{code[..3]}-{code[3..]}";

    public static async Task<string> NewAsync(LiveDb db, DateTime now, CancellationToken ct)
    {
        var recent = now.AddDays(-7);
        while (true)
        {
            var code = string.Create(6, 0, (span, _) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
                }
            });
            var taken = await db.Sessions.AnyAsync(s => s.Code == code && (s.Status != SessionStatus.Ended || s.EndedAt > recent), ct);
            if (!taken)
            {
                return code;
            }
        }
    }

    public static (string Key, string Hash) NewPresenterKey()
    {
        var key = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
        return (key, HashKey(key));
    }

    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
}
