using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Quartet.Parks.Notifications;

/// <summary>
/// Every web instance looks for parks incidents every <see cref="CheckInterval"/> (the first look one interval after
/// start), so an overdue job is noticed even when the scheduler itself is what stopped; the outbox's dedupe keys keep
/// it to one mail per admin per incident however many instances look.
/// </summary>
public sealed class ParksAlertWatcher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ParksAlertWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task CheckOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var written = await scope.ServiceProvider.GetRequiredService<ParksAdminAlerts>().CheckAsync(clock.GetUtcNow().UtcDateTime, ct);
            if (written > 0)
            {
                logger.LogWarning("Parks incident: {Written} admin mails written", written);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Parks incident check failed; trying again in {Interval}", CheckInterval);
        }
    }
}
