namespace Quartet.Platform.Blobs;

/// <summary>The <c>Quartet:Blobs</c> section: where images, receipts and exports are kept.</summary>
public sealed class BlobOptions
{
    public const string FileProvider = "file";
    public const string S3Provider = "s3";

    /// <summary><c>file</c> (a folder under the data directory, the default) or <c>s3</c>.</summary>
    public string Provider { get; set; } = FileProvider;

    /// <summary>The S3 bucket; required with the <c>s3</c> provider. Keep it private (block public access).</summary>
    public string? Bucket { get; set; }

    /// <summary>Prepended to every key, so one bucket can hold several deployments, e.g. <c>quartet/prod/</c>.</summary>
    public string KeyPrefix { get; set; } = "";

    /// <summary>The bucket's region, e.g. <c>eu-west-1</c>; required unless <see cref="ServiceUrl"/> is set.</summary>
    public string? Region { get; set; }

    /// <summary>An S3-compatible endpoint (MinIO, a local test server) instead of AWS.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Address buckets as <c>{endpoint}/{bucket}</c> rather than <c>{bucket}.{endpoint}</c> (most S3-compatible stores).</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>
    /// Static credentials for an S3-compatible store. Leave both empty on AWS: the SDK's default chain (task role,
    /// instance profile, environment) is used.
    /// </summary>
    public string? AccessKeyId { get; set; }

    public string? SecretAccessKey { get; set; }

    public bool UsesS3 => string.Equals(Provider, S3Provider, StringComparison.OrdinalIgnoreCase);

    /// <summary>Stops start-up with the name of the first setting that is missing or wrong.</summary>
    public void Validate()
    {
        if (!UsesS3 && !string.Equals(Provider, FileProvider, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Quartet:Blobs:Provider '{Provider}' is unknown; use '{FileProvider}' or '{S3Provider}'.");
        }

        if (!UsesS3)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Bucket))
        {
            throw new InvalidOperationException("Quartet:Blobs:Bucket is required when Quartet:Blobs:Provider is 's3'.");
        }

        if (string.IsNullOrWhiteSpace(Region) && string.IsNullOrWhiteSpace(ServiceUrl))
        {
            throw new InvalidOperationException("Quartet:Blobs:Region is required when Quartet:Blobs:Provider is 's3' (or set Quartet:Blobs:ServiceUrl for an S3-compatible store).");
        }

        if (!string.IsNullOrWhiteSpace(Region) && Amazon.RegionEndpoint.EnumerableAllRegions.All(r => r.SystemName != Region) && string.IsNullOrWhiteSpace(ServiceUrl))
        {
            throw new InvalidOperationException($"Quartet:Blobs:Region '{Region}' is not an AWS region (e.g. 'eu-west-1').");
        }

        if (!string.IsNullOrWhiteSpace(ServiceUrl) && !Uri.TryCreate(ServiceUrl, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"Quartet:Blobs:ServiceUrl '{ServiceUrl}' is not an absolute URL.");
        }

        if (string.IsNullOrEmpty(AccessKeyId) != string.IsNullOrEmpty(SecretAccessKey))
        {
            throw new InvalidOperationException("Quartet:Blobs:AccessKeyId and Quartet:Blobs:SecretAccessKey are set together or not at all.");
        }

        if (KeyPrefix.Length > 0 && !KeyPrefix.EndsWith('/'))
        {
            throw new InvalidOperationException($"Quartet:Blobs:KeyPrefix '{KeyPrefix}' must end with '/'.");
        }
    }
}
