using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Quartet.Platform.Observability;

/// <summary>
/// An observable gauge whose value is read from the database. A collection returns the last value read and, when
/// that is older than <c>refreshAfter</c>, starts a new read in the background: scrapes and exports never wait on
/// the database, and a slow or unavailable database costs at most one query at a time.
/// </summary>
public sealed class DatabaseGauge
{
    private readonly IServiceScopeFactory scopes;
    private readonly Func<IServiceProvider, CancellationToken, Task<double?>> read;
    private readonly TimeSpan refreshAfter;
    private readonly TimeProvider clock;
    private double? value;
    private DateTimeOffset readAt = DateTimeOffset.MinValue;
    private int reading;

    public DatabaseGauge(Meter meter, string name, string unit, string description, IServiceScopeFactory scopes, TimeProvider clock,
        TimeSpan refreshAfter, Func<IServiceProvider, CancellationToken, Task<double?>> read)
    {
        this.scopes = scopes;
        this.read = read;
        this.refreshAfter = refreshAfter;
        this.clock = clock;
        meter.CreateObservableGauge(name, Observe, unit, description);
    }

    private IEnumerable<Measurement<double>> Observe()
    {
        if (clock.GetUtcNow() - readAt > refreshAfter && Interlocked.Exchange(ref reading, 1) == 0)
        {
            _ = RefreshAsync();
        }

        return value is { } current ? [new Measurement<double>(current)] : [];
    }

    private async Task RefreshAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await using var scope = scopes.CreateAsyncScope();
            value = await read(scope.ServiceProvider, timeout.Token);
            readAt = clock.GetUtcNow();
        }
        catch (Exception)
        {
            // Kept stale rather than failing the whole collection; /health/ready reports the database itself.
            readAt = clock.GetUtcNow();
        }
        finally
        {
            Volatile.Write(ref reading, 0);
        }
    }
}
