using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Quartet.Platform.Blobs;

/// <summary><c>blob-store</c>: the configured bucket exists and answers; the description names the setting to fix when not.</summary>
public sealed class S3BucketHealthCheck(S3BlobStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        return await store.ProbeAsync(timeout.Token) is { } problem
            ? HealthCheckResult.Unhealthy(problem)
            : HealthCheckResult.Healthy($"S3 {store.Describe} answers");
    }
}
