using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;

namespace Quartet.Platform.Http;

/// <summary>
/// The <c>Idempotency-Key</c> convention of every module's creating POSTs. A handler takes the key with
/// <see cref="RequireKey"/> or <see cref="OptionalKey"/>, scopes it in an <see cref="IdempotentRequest"/>, and inside its write transaction — after the lock that queues
/// copies of one request (the account or user row) — calls <see cref="IdempotentRequest.FindAsync"/>: a stored answer
/// is replayed (<see cref="ReplayCreated{T}"/>), a different body with the same key is 422 <c>IDEMPOTENCY_KEY_REUSED</c>,
/// and otherwise the handler writes and adds <see cref="IdempotentRequest.Answer{T}"/> in the same transaction.
/// </summary>
public static partial class Idempotency
{
    public const string Header = "Idempotency-Key";

    /// <summary>Set on a replayed answer, which is otherwise the first answer again (status, Location, body).</summary>
    public const string ReplayedHeader = "Idempotency-Replayed";

    public const string KeyRule = "8–100 characters of A–Z, a–z, 0–9, _ or -";

    public static string RequireKey(HttpRequest request) =>
        OptionalKey(request)
        ?? throw new ProblemException(StatusCodes.Status428PreconditionRequired, "IDEMPOTENCY_KEY_REQUIRED", $"Send an {Header} header ({KeyRule}).");

    /// <summary>The request's key, or null when it sent none; a malformed key is 400.</summary>
    public static string? OptionalKey(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(Header, out var values))
        {
            return null;
        }

        var key = values.ToString();
        if (!KeyPattern().IsMatch(key))
        {
            var message = $"The {Header} must be {KeyRule}.";
            throw new ProblemException(StatusCodes.Status400BadRequest, "VALIDATION_FAILED", message, new Dictionary<string, string[]> { [Header] = [message] });
        }

        return key;
    }

    /// <summary>The key scoped to its user and operation, with the fingerprint of the request's canonical form.</summary>
    public static IdempotentRequest Scope(string key, Guid userId, string operation, string canonicalRequest) =>
        new(userId, operation, key, Fingerprint(canonicalRequest));

    /// <summary>SHA-256 (lowercase hex) of a request's canonical form.</summary>
    public static string Fingerprint(string canonicalRequest) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));

    /// <summary>The stored answer again, as a typed 201 with its Location, marked <see cref="ReplayedHeader"/>.</summary>
    public static Created<T> ReplayCreated<T>(HttpContext http, IdempotencyRecord record)
    {
        if (record.Status != StatusCodes.Status201Created)
        {
            throw new InvalidOperationException($"The record of {record.Operation} holds no stored 201 answer.");
        }

        return TypedResults.Created(record.Location, ReplayBody<T>(http, record));
    }

    /// <summary>
    /// The stored body again, read with the JSON options it was written with, so it serializes to the same bytes; marks
    /// the response <see cref="ReplayedHeader"/>. The caller answers it with the stored <see cref="IdempotencyRecord.Status"/>.
    /// </summary>
    public static T ReplayBody<T>(HttpContext http, IdempotencyRecord record)
    {
        if (record.Body is null)
        {
            throw new InvalidOperationException($"The record of {record.Operation} holds no stored answer.");
        }

        MarkReplayed(http);
        return JsonSerializer.Deserialize<T>(record.Body, JsonOptionsOf(http))
            ?? throw new InvalidOperationException($"The stored answer of {record.Operation} is empty.");
    }

    public static void MarkReplayed(HttpContext http) => http.Response.Headers[ReplayedHeader] = "true";

    internal static JsonSerializerOptions JsonOptionsOf(HttpContext http) =>
        http.RequestServices.GetService<IOptions<JsonOptions>>()?.Value.SerializerOptions ?? JsonSerializerOptions.Web;

    [GeneratedRegex("^[A-Za-z0-9_-]{8,100}$")]
    private static partial Regex KeyPattern();
}

/// <summary>One request's key, scoped to its user and operation, with the fingerprint of its canonical body.</summary>
public sealed record IdempotentRequest(Guid UserId, string Operation, string Key, string Fingerprint)
{

    /// <summary>
    /// The answer stored for this key, or null when it is new. Call it inside the write transaction after the lock
    /// that queues copies of one request, so a copy waits for the first and then finds its answer.
    /// </summary>
    public async Task<IdempotencyRecord?> FindAsync(DbSet<IdempotencyRecord> records, CancellationToken ct)
    {
        var record = await records.AsNoTracking()
            .FirstOrDefaultAsync(r => r.UserId == UserId && r.Operation == Operation && r.Key == Key, ct);
        return record is null || record.Fingerprint == Fingerprint
            ? record
            : throw new ProblemException(StatusCodes.Status422UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED",
                $"This {Idempotency.Header} was already used for a different request.");
    }

    /// <summary>The record of this request's answer, to add to the module's table in the transaction of the write it answers.</summary>
    public IdempotencyRecord Answer<T>(HttpContext http, int status, string? location, T body, Guid? resourceId, DateTime now) => new()
    {
        UserId = UserId,
        Operation = Operation,
        Key = Key,
        Fingerprint = Fingerprint,
        Status = status,
        Location = location,
        Body = JsonSerializer.Serialize(body, Idempotency.JsonOptionsOf(http)),
        ResourceId = resourceId,
        CreatedAt = now,
    };
}
