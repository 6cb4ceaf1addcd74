using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Quartet.Platform.Hosting;

namespace Quartet.Live.Participants;

public sealed record ParticipantToken(Guid SessionId, Guid ParticipantId, int Generation, DateTime IssuedAt);

/// <summary>
/// <c>v1.{payload}.{HMAC-SHA256}</c> tokens (J5): the payload packs session id, participant id, token generation and
/// issue time; verification is pure computation, revocation is checked against the in-memory session state.
/// </summary>
/// <remarks>
/// A token's text verifies the same way every time, so the tokens verified are kept by their text and a participant's
/// polls skip the HMAC after the first (it was a quarter of a 304's cost). Only tokens that verified are kept, at most
/// <see cref="VerifiedCapacity"/> (then the set starts again); revocation is not cached: callers check it on every call.
/// </remarks>
public sealed class ParticipantTokens(SigningKeys keys)
{
    private const int PayloadLength = 16 + 16 + 4 + 8;
    private const int VerifiedCapacity = 50_000;
    private readonly byte[] key = keys.For("live-participant");
    private readonly ConcurrentDictionary<string, ParticipantToken> verified = new(StringComparer.Ordinal);
    private int verifiedCount;

    public string Issue(ParticipantToken token)
    {
        var payload = new byte[PayloadLength];
        token.SessionId.TryWriteBytes(payload.AsSpan(0, 16));
        token.ParticipantId.TryWriteBytes(payload.AsSpan(16, 16));
        BinaryPrimitives.WriteInt32BigEndian(payload.AsSpan(32, 4), token.Generation);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(36, 8), new DateTimeOffset(token.IssuedAt).ToUnixTimeSeconds());
        var mac = HMACSHA256.HashData(key, payload);
        return $"v1.{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(mac)}";
    }

    public ParticipantToken? Read(string? raw)
    {
        if (string.IsNullOrEmpty(raw) || raw.Length > 200 || !raw.StartsWith("v1.", StringComparison.Ordinal))
        {
            return null;
        }

        if (verified.TryGetValue(raw, out var known))
        {
            return known;
        }

        var token = Verify(raw);
        if (token is not null && verified.TryAdd(raw, token) && Interlocked.Increment(ref verifiedCount) > VerifiedCapacity)
        {
            verified.Clear();
            Volatile.Write(ref verifiedCount, 0);
        }

        return token;
    }

    private ParticipantToken? Verify(string raw)
    {
        var parts = raw.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = WebEncoders.Base64UrlDecode(parts[1]);
            var mac = WebEncoders.Base64UrlDecode(parts[2]);
            if (payload.Length != PayloadLength || !CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(key, payload)))
            {
                return null;
            }

            return new ParticipantToken(
                new Guid(payload.AsSpan(0, 16)),
                new Guid(payload.AsSpan(16, 16)),
                BinaryPrimitives.ReadInt32BigEndian(payload.AsSpan(32, 4)),
                DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(36, 8))).UtcDateTime);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
