using Microsoft.AspNetCore.Http;

namespace Quartet.Platform.Http;

/// <summary>
/// If-Match preconditions on writes (RFC 9110 §13.1.1): a write of a versioned resource needs the tag the client read;
/// 428 without one, 412 when it is not the current one. The codes and wording may be the module's own.
/// </summary>
public sealed record Precondition(
    string MissingDetail,
    string StaleDetail,
    string MissingCode = "PRECONDITION_REQUIRED",
    string StaleCode = "PRECONDITION_FAILED")
{
    /// <summary>Throws 428 when the request has no If-Match.</summary>
    public void RequirePresent(HttpRequest request)
    {
        if (request.Headers.IfMatch.All(string.IsNullOrWhiteSpace))
        {
            throw new ProblemException(StatusCodes.Status428PreconditionRequired, MissingCode, MissingDetail);
        }
    }

    /// <summary>Throws 428 without If-Match and 412 when it lists neither <paramref name="currentETag"/> nor <c>*</c>.</summary>
    public void Require(HttpRequest request, string currentETag)
    {
        RequirePresent(request);
        if (!ETags.Lists(request.Headers.IfMatch, currentETag))
        {
            throw Stale();
        }
    }

    /// <summary>The 412 to throw when the row changed between the check and the write (a concurrency token tripped).</summary>
    public ProblemException Stale() => new(StatusCodes.Status412PreconditionFailed, StaleCode, StaleDetail);
}
