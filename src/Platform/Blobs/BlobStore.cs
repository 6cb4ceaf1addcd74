using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Blobs;

public sealed record BlobContent(Stream Content, string ContentType, long Length);

/// <summary>One stored blob as listed: its key, size and when its content was last written (UTC).</summary>
public sealed record BlobInfo(string Key, long SizeBytes, DateTimeOffset LastModified);

/// <summary>Binary objects (images, receipts) addressed by key, handed to browsers through short-lived signed URLs.</summary>
public interface IBlobStore
{
    /// <summary>
    /// Stores <paramref name="content"/> read to its end (a non-seekable request stream too). When reading it throws
    /// (e.g. <see cref="UploadTooLargeException"/>), nothing is stored.
    /// </summary>
    Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken);

    Task<BlobContent?> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Every stored blob whose key starts with <paramref name="prefix"/>, in no particular order. A blob being written
    /// appears only once its <see cref="PutAsync"/> has completed.
    /// </summary>
    IAsyncEnumerable<BlobInfo> ListAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>
    /// A short-lived URL at the storage service itself (an S3 pre-signed GET), so the bytes do not pass through this app;
    /// null when the store has none (the local folder) and the caller streams <see cref="OpenReadAsync"/> instead.
    /// </summary>
    string? GetDirectDownloadUrl(string key, BlobDownload download);
}

/// <summary>
/// How a direct download is served: for how long the URL works, its Cache-Control, a file name when it is an attachment,
/// and the type to answer with (the stored one when null).
/// </summary>
public sealed record BlobDownload(TimeSpan Lifetime, string CacheControl, string? FileName = null, string? ContentType = null)
{
    public static string AttachmentHeader(string fileName)
    {
        var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        return disposition.ToString();
    }
}

/// <summary>Blob keys: lower-case letters, digits, '-', '_', '.' and '/' segments (safe as file paths and S3 keys alike).</summary>
public static partial class BlobKeys
{
    public static bool IsValid(string key) => KeyPattern().IsMatch(key);

    public static void Validate(string key)
    {
        if (!IsValid(key))
        {
            throw new ArgumentException($"Invalid blob key '{key}': use lower-case letters, digits, '-', '_', '.' and '/' segments.", nameof(key));
        }
    }

    [GeneratedRegex(@"^[a-z0-9_-]+(/[a-z0-9_-][a-z0-9_.-]*)*$")]
    private static partial Regex KeyPattern();
}

/// <summary>Blobs as files under <c>{DataDir}/blobs</c>; the content type is kept beside each file.</summary>
public sealed partial class FileSystemBlobStore(IOptions<QuartetOptions> options, SigningKeys keys, TimeProvider clock) : IBlobStore
{
    private readonly string root = Path.Combine(options.Value.FullDataDir, "blobs");
    private readonly byte[] signingKey = keys.For("blobs");

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using var file = File.Create(temp);
            await content.CopyToAsync(file, cancellationToken);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        await File.WriteAllTextAsync(path + ".type", contentType, cancellationToken);
        File.Move(temp, path, overwrite: true);
    }

    public Task<BlobContent?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return Task.FromResult<BlobContent?>(null);
        }

        var type = File.Exists(path + ".type") ? File.ReadAllText(path + ".type") : "application/octet-stream";
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
        return Task.FromResult<BlobContent?>(new BlobContent(stream, type, stream.Length));
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        File.Delete(path);
        File.Delete(path + ".type");
        return Task.CompletedTask;
    }

    public IAsyncEnumerable<BlobInfo> ListAsync(string prefix, CancellationToken cancellationToken) => List(prefix, cancellationToken).ToAsyncEnumerable();

    private IEnumerable<BlobInfo> List(string prefix, CancellationToken cancellationToken)
    {
        // Start at the deepest folder the prefix names, so listing one module's blobs does not walk every other module's.
        var folder = prefix.LastIndexOf('/') is var slash and >= 0 ? prefix[..slash] : "";
        var start = Path.Combine(root, folder.Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(start))
        {
            yield break;
        }

        var files = new DirectoryInfo(start).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true });
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(root, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || !BlobKeys.IsValid(key) || IsBookkeeping(file))
            {
                continue;
            }

            yield return new BlobInfo(key, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
        }
    }

    public string? GetDirectDownloadUrl(string key, BlobDownload download) => null;

    /// <summary>A relative URL, served by this app's <c>/blobs</c> endpoint, that works until <paramref name="lifetime"/> has passed.</summary>
    public string GetSignedUrl(string key, TimeSpan lifetime)
    {
        BlobKeys.Validate(key);
        var expires = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return $"/blobs/{key}?exp={expires}&sig={Sign(key, expires)}";
    }

    /// <summary>True when the signature matches and has not expired.</summary>
    public bool Verify(string key, long expires, string signature)
    {
        if (!BlobKeys.IsValid(key) || expires < clock.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(key, expires));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    /// <summary>A content-type file kept beside its blob, or an unfinished write (<c>{key}.{guid}.tmp</c>).</summary>
    private static bool IsBookkeeping(FileInfo file) =>
        (file.Name.EndsWith(".type", StringComparison.Ordinal) && File.Exists(file.FullName[..^".type".Length]))
        || TempFilePattern().IsMatch(file.Name);

    private string Sign(string key, long expires) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes($"{key}\n{expires}")));

    private string PathOf(string key)
    {
        BlobKeys.Validate(key);
        return Path.Combine(root, key.Replace('/', Path.DirectorySeparatorChar));
    }

    [GeneratedRegex(@"\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TempFilePattern();
}
