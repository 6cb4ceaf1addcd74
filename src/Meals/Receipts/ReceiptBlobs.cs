using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Quartet.Platform.Blobs;

namespace Quartet.Meals.Receipts;

/// <summary>Receipt and export blobs: random keys, best-effort deletion (the sweep job retries what is left).</summary>
public sealed class ReceiptBlobs(IBlobStore store, ILogger<ReceiptBlobs> logger)
{
    public const string ReceiptPrefix = "meals/receipts/";
    public const string ExportPrefix = "meals/exports/";

    /// <summary>How long a pre-signed download link works: the browser follows it at once.</summary>
    public static readonly TimeSpan DownloadLinkLifetime = TimeSpan.FromMinutes(5);

    public IBlobStore Store => store;

    public static string NewKey(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public async Task DeleteManyAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        foreach (var key in keys)
        {
            try
            {
                await store.DeleteAsync(key, ct);
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not delete blob {BlobKey}; the sweep job will retry", key);
            }
        }
    }

    /// <summary>The content type from the leading bytes (JPEG, PNG, WebP, PDF), or null for anything else.</summary>
    public static string? DetectType(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return head.StartsWith("%PDF-"u8) ? "application/pdf" : null;
    }
}
