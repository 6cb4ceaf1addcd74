using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Quartet.Platform.Http;

namespace Quartet.Shop.Common;

/// <summary>
/// ETags for the reads clients poll (balance, product detail): the tag is a hash of what the client sees, so it changes
/// exactly when the answer does, and a client that already has it gets an empty 304.
/// </summary>
public static class ConditionalGet
{
    /// <param name="value">The response body.</param>
    /// <param name="content">What the tag is computed from, when parts of the body (such as <c>asOf</c>) change on every read.</param>
    public static Results<Ok<T>, StatusCodeHttpResult> Respond<T>(HttpContext http, T value, object? content = null)
    {
        var etag = ETags.Of(JsonSerializer.SerializeToUtf8Bytes(content ?? value, JsonSerializerOptions.Web));
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "private, no-cache";
        return ETags.Matches(http.Request, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(value);
    }
}
