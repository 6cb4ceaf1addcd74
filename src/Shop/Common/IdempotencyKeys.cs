using Microsoft.AspNetCore.Http;
using Quartet.Platform.Http;

namespace Quartet.Shop.Common;

/// <summary>
/// The points admin's optional <c>Idempotency-Key</c> (grants, deductions, batches), which still lives on the ledger and
/// batch rows: the key's form and the fingerprint are the platform's <see cref="Idempotency"/>.
/// </summary>
public static class IdempotencyKeys
{
    public static string? Optional(HttpRequest request) => Idempotency.OptionalKey(request);

    public static string Hash(string canonicalRequest) => Idempotency.Fingerprint(canonicalRequest);
}
