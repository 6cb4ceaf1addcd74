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
        var request = new PutObjectRequest
        {
            BucketName = bucket,
            Key = options.KeyPrefix + key,
            InputStream = content,
            AutoCloseStream = false,
            ContentType = contentType,
            // Every caller hands over a seekable stream, so the SDK signs the payload in one piece.
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
        request.ResponseHeaderOverrides.CacheControl = download.CacheControl;
        if (download.FileName is not null)
        {
            request.ResponseHeaderOverrides.ContentDisposition = BlobDownload.AttachmentHeader(download.FileName);
        }

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
