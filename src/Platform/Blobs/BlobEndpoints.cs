using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Platform.Http;

namespace Quartet.Platform.Blobs;

internal static class BlobEndpoints
{
    public static void MapBlobs(this IEndpointRouteBuilder app)
    {
        app.MapGet("/blobs/{**key}", async (string key, long? exp, string? sig, FileSystemBlobStore store, HttpContext http, CancellationToken ct) =>
        {
            if (exp is null || sig is null || !store.Verify(key, exp.Value, sig))
            {
                return Results.Problem(statusCode: 403, extensions: new Dictionary<string, object?> { ["code"] = "BLOB_SIGNATURE_INVALID" },
                    detail: "This link is invalid or has expired.");
            }

            var blob = await store.OpenReadAsync(key, ct);
            if (blob is null)
            {
                return Problems.NotFound("BLOB_NOT_FOUND");
            }

            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Stream(blob.Content, blob.ContentType);
        }).ExcludeFromDescription();
    }
}
