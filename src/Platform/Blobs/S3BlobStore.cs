using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Blobs;

/// <summary>
/// Blobs as objects in a private S3 bucket under <see cref="BlobOptions.KeyPrefix"/>. Browsers download them from S3
/// itself through pre-signed GET URLs. Failures of the service surface as <see cref="IOException"/>, as the local
/// store's do, so callers' best-effort handling works for both.
/// </summary>
public sealed class S3BlobStore : IBlobStore, IDisposable
{
    private readonly IAmazonS3 s3;
    private readonly BlobOptions options;
    private readonly string bucket;
    private readonly TimeProvider clock;

    public S3BlobStore(IOptions<QuartetOptions> quartet, TimeProvider clock)
    {
        options = quartet.Value.Blobs;
        bucket = options.Bucket!;
        this.clock = clock;
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // Checksums only where S3 requires them: trailing checksums need aws-chunked uploads, which S3-compatible stores often lack.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(30),
            MaxErrorRetry = 2,
        };
        if (!string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region ?? "us-east-1";
            config.UseHttp = options.ServiceUrl.StartsWith("http:", StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }

        s3 = string.IsNullOrEmpty(options.AccessKeyId)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), config);
    }

    public string Describe => $"bucket '{bucket}'" + (string.IsNullOrWhiteSpace(options.ServiceUrl) ? $" in {options.Region}" : $" at {options.ServiceUrl}");

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        BlobKeys.Validate(key);
        if (content.CanSeek)
        {
            await PutSeekableAsync(key, content, contentType, cancellationToken);
            return;
        }

        // PutObject must know the length before the first byte is sent, and a request stream does not. The upload passes
        // through a temporary file (never memory) and is sent once it has been read whole and within its limits.
        var spool = Path.Combine(Path.GetTempPath(), "quartet-upload-" + Guid.NewGuid().ToString("N"));
        await using var file = new FileStream(spool, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await content.CopyToAsync(file, cancellationToken);
        file.Position = 0;
        await PutSeekableAsync(key, file, contentType, cancellationToken);
    }

    private async Task PutSeekableAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var request = new PutObjectRequest
        {
            BucketName = bucket,
            Key = options.KeyPrefix + key,
            InputStream = content,
            AutoCloseStream = false,
            ContentType = contentType,
            // The payload is signed in one piece: S3-compatible stores often lack aws-chunked uploads.
            UseChunkEncoding = false,
        };
        await CallAsync(() => s3.PutObjectAsync(request, cancellationToken));
    }

    public async Task<BlobContent?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        BlobKeys.Validate(key);
        try
        {
            var response = await s3.GetObjectAsync(bucket, options.KeyPrefix + key, cancellationToken);
            return new BlobContent(response.ResponseStream, response.Headers.ContentType ?? "application/octet-stream", response.ContentLength);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode != "NoSuchBucket")
        {
            return null;
        }
        catch (Exception e) when (IsServiceFailure(e))
        {
            throw Failure(e);
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        BlobKeys.Validate(key);
        await CallAsync(() => s3.DeleteObjectAsync(bucket, options.KeyPrefix + key, cancellationToken));
    }

    public async IAsyncEnumerable<BlobInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = options.KeyPrefix + prefix };
        ListObjectsV2Response page;
        do
        {
            page = await CallAsync(() => s3.ListObjectsV2Async(request, cancellationToken));
            foreach (var item in page.S3Objects ?? [])
            {
                var key = item.Key[options.KeyPrefix.Length..];
                if (BlobKeys.IsValid(key))
                {
                    yield return new BlobInfo(key, item.Size ?? 0, new DateTimeOffset(item.LastModified ?? DateTime.UnixEpoch, TimeSpan.Zero).ToUniversalTime());
                }
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
    }

    public string? GetDirectDownloadUrl(string key, BlobDownload download)
    {
        BlobKeys.Validate(key);
        var request = new GetPreSignedUrlRequest
        {
            BucketName = bucket,
            Key = options.KeyPrefix + key,
            Verb = HttpVerb.GET,
            Expires = clock.GetUtcNow().Add(download.Lifetime).UtcDateTime,
            Protocol = string.IsNullOrWhiteSpace(options.ServiceUrl) || options.ServiceUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? Protocol.HTTPS : Protocol.HTTP,
        };
        // S3 answers with these instead of the stored headers. It cannot add X-Content-Type-Options: the type is pinned
        // here and the bytes come from the bucket's origin, never the app's, so a sniffed file runs nothing in the app's name.
        request.ResponseHeaderOverrides.CacheControl = download.CacheControl;
        if (download.ContentType is not null)
        {
            request.ResponseHeaderOverrides.ContentType = download.ContentType;
        }

        request.ResponseHeaderOverrides.ContentDisposition = download.FileName is null ? "inline" : BlobDownload.AttachmentHeader(download.FileName);

        return s3.GetPreSignedURL(request);
    }

    /// <summary>Null when the bucket answers; otherwise what is wrong, naming the setting to fix.</summary>
    public async Task<string?> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = options.KeyPrefix, MaxKeys = 1 }, cancellationToken);
            return null;
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucket")
        {
            return $"Quartet:Blobs:Bucket: {Describe} does not exist";
        }
        catch (AmazonS3Exception e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            return $"access to {Describe} is denied ({e.ErrorCode}); check the task role or Quartet:Blobs:AccessKeyId";
        }
        catch (AmazonS3Exception e) when (e.ErrorCode is "PermanentRedirect" or "AuthorizationHeaderMalformed" or "IllegalLocationConstraintException")
        {
            return $"Quartet:Blobs:Region: {Describe} lives in another region ({e.ErrorCode})";
        }
        catch (Exception e) when (IsServiceFailure(e) || e is OperationCanceledException)
        {
            var setting = string.IsNullOrWhiteSpace(options.ServiceUrl) ? "Quartet:Blobs:Region" : "Quartet:Blobs:ServiceUrl";
            return $"{setting}: {Describe} is unreachable ({e.GetType().Name}: {e.Message})";
        }
    }

    /// <summary>
    /// How a backup covers this bucket's objects (it copies none): by the bucket's versioning, whose state is read here
    /// so a backup says plainly when replaced or deleted objects could not be recovered.
    /// </summary>
    public async Task<string> DescribeBackupCoverageAsync(CancellationToken cancellationToken)
    {
        string status;
        try
        {
            var versioning = await s3.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = bucket }, cancellationToken);
            status = versioning.VersioningConfig?.Status?.Value ?? "Off";
        }
        catch (Exception e) when (IsServiceFailure(e))
        {
            status = $"unknown ({e.Message})";
        }

        return status == VersionStatus.Enabled.Value
            ? $"blobs in S3 {Describe} (not copied; bucket versioning is Enabled: replaced and deleted objects are kept as noncurrent versions for the bucket's lifecycle, 7 days in the CDK stack)"
            : $"blobs in S3 {Describe} NOT covered: bucket versioning is {status}; enable it (aws s3api put-bucket-versioning) or copy the bucket elsewhere";
    }

    public void Dispose() => s3.Dispose();

    private async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (IsServiceFailure(e))
        {
            throw Failure(e);
        }
    }

    private static bool IsServiceFailure(Exception e) => e is AmazonServiceException or AmazonClientException or HttpRequestException;

    private IOException Failure(Exception e) => new($"S3 {Describe}: {e.Message}", e);
}
