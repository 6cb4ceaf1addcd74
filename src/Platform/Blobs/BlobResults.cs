using Microsoft.AspNetCore.Http;

namespace Quartet.Platform.Blobs;

public static class BlobResults
{
    /// <summary>
    /// Redirects to the store's pre-signed URL when it has one; otherwise streams the blob through this app. Null when
    /// the local store has no such blob (a pre-signed URL is handed out without asking the store first).
    /// </summary>
    public static async Task<IResult?> DownloadAsync(this IBlobStore store, string key, string? contentType, BlobDownload download, HttpResponse response, CancellationToken cancellationToken)
    {
        response.Headers.CacheControl = download.CacheControl;
        if (store.GetDirectDownloadUrl(key, download with { ContentType = contentType ?? download.ContentType }) is { } url)
        {
            return TypedResults.Redirect(url);
        }

        var blob = await store.OpenReadAsync(key, cancellationToken);
        if (blob is null)
        {
            response.Headers.CacheControl = "no-store";
            return null;
        }

        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(blob.Content, contentType ?? blob.ContentType, download.FileName);
    }
}
