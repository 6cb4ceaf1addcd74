using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Quartet.Platform.Http;

/// <summary>
/// Conditional GET (RFC 9110 §13.1.2) for the reads clients poll: the response carries an ETag, and a client that already
/// holds it gets an empty 304.
/// </summary>
public static class ConditionalGet
{
    /// <summary>For reads that only the signed-in user may see.</summary>
    public const string Private = "private, no-cache";

    /// <summary>Sets ETag and Cache-Control; true when the client's copy is current (answer 304 without a body).</summary>
    public static bool IsNotModified(HttpContext http, string etag, string cacheControl = Private)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = cacheControl;
        return ETags.Matches(http.Request, etag);
    }

    /// <summary>Answers <paramref name="value"/> with a content tag, or 304 when the client has it.</summary>
    /// <param name="content">What the tag is computed from, when parts of the body (such as <c>asOf</c>) change on every read.</param>
    public static Results<Ok<T>, StatusCodeHttpResult> Respond<T>(HttpContext http, T value, object? content = null)
    {
        var etag = ETags.Of(JsonSerializer.SerializeToUtf8Bytes(content ?? value, JsonSerializerOptions.Web));
        return IsNotModified(http, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(value);
    }
}
