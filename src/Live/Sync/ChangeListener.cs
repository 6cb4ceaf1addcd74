using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartet.Live.Data;
using Quartet.Platform.Data;

namespace Quartet.Live.Sync;

/// <summary>
/// Keeps every held session current (M1): polls every 250 ms and, on PostgreSQL, wakes early on LISTEN/NOTIFY
/// (<c>live_changes</c>). <c>live_writes</c> notifications tell the publisher that another instance took writes.
/// </summary>
public sealed class ChangeListener(
    SyncHub hub, IServiceProvider services, IOptions<LiveOptions> options, WriteSignals signals, TimeProvider clock, ILogger<ChangeListener> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0);

    /// <summary>When the listener last completed a refresh (for the health report).</summary>
    public DateTime LastRefreshAt { get; private set; } = clock.GetUtcNow().UtcDateTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var target = services.TargetOf<LiveDb>();
        if (target.IsPostgres)
        {
            _ = Task.Run(() => ListenAsync(target.ConnectionString, stoppingToken), stoppingToken);
        }

        var interval = TimeSpan.FromMilliseconds(options.Value.ListenerIntervalMs);
        var lastEviction = clock.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await wake.WaitAsync(interval, stoppingToken);
                while (wake.CurrentCount > 0)
                {
                    await wake.WaitAsync(stoppingToken);
                }

                await hub.RefreshAsync([.. hub.Loaded], stoppingToken);
                LastRefreshAt = clock.GetUtcNow().UtcDateTime;
                if (clock.GetElapsedTime(lastEviction) > TimeSpan.FromMinutes(1))
                {
                    hub.Evict(TimeSpan.FromMinutes(10));
                    lastEviction = clock.GetTimestamp();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Change listener refresh failed");
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (e.Channel == "live_changes")
                    {
                        wake.Release();
                    }
                    else if (Guid.TryParse(e.Payload, out var sessionId))
                    {
                        signals.MarkRemote(sessionId);
                    }
                };
                await using (var listen = new NpgsqlCommand("LISTEN live_changes; LISTEN live_writes;", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "LISTEN connection lost; polling until it is back");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
