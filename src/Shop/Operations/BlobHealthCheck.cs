using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartet.Platform.Blobs;

namespace Quartet.Shop.Operations;

/// <summary><c>shop-blob</c>: writes, reads and deletes a tiny probe; a failure degrades the shop (images) but does not take it down.</summary>
public sealed class BlobHealthCheck(IBlobStore blobs) : IHealthCheck
{
    private const string ProbeKey = "shop/health-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await using (var probe = new MemoryStream([1]))
            {
                await blobs.PutAsync(ProbeKey, probe, "application/octet-stream", timeout.Token);
            }

            var read = await blobs.OpenReadAsync(ProbeKey, timeout.Token);
            if (read is null)
            {
                return HealthCheckResult.Degraded("the probe could not be read back");
            }

            await read.Content.DisposeAsync();
            await blobs.DeleteAsync(ProbeKey, timeout.Token);
            return HealthCheckResult.Healthy("blob store writable");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            return HealthCheckResult.Degraded("blob store unavailable: " + e.GetType().Name);
        }
    }
}
