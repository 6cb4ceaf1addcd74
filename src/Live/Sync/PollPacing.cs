using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Quartet.Live.Sync;

/// <summary>
/// Adaptive <c>pollAfterMs</c> (S11): every 2 s the instance samples its own CPU share and held connections; under
/// pressure (CPU above 70 % or held streams and long-polls above 80 % of the cap) the advised interval rises one step
/// of 1,000 ms up to 5,000 ms, and once both are clear (CPU below 50 %) it falls one step back towards the configured
/// value. Polling clients follow it, so a loaded instance slows them instead of failing them.
/// </summary>
public sealed class PollPacing(SyncHub hub, IOptions<LiveOptions> options, TimeProvider clock) : BackgroundService
{
    public const int MaxPollAfterMs = 5000;
    private const int StepMs = 1000;
    private readonly LiveOptions settings = options.Value;
    private int current = options.Value.PollAfterMs;

    public int PollAfterMs => Volatile.Read(ref current);

    /// <summary>The next advised interval after one sample.</summary>
    public static int Next(int current, int configured, double cpuShare, bool connectionsHigh)
    {
        if (cpuShare > 0.70 || connectionsHigh)
        {
            return Math.Max(configured, Math.Min(MaxPollAfterMs, current + StepMs));
        }

        return cpuShare < 0.50 ? Math.Max(configured, current - StepMs) : current;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastCpu = Environment.CpuUsage.TotalTime;
        var lastAt = clock.GetTimestamp();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var cpu = Environment.CpuUsage.TotalTime;
                var elapsed = clock.GetElapsedTime(lastAt);
                var share = elapsed > TimeSpan.Zero ? (cpu - lastCpu) / (elapsed * Environment.ProcessorCount) : 0;
                (lastCpu, lastAt) = (cpu, clock.GetTimestamp());
                var connectionsHigh = hub.HeldConnections > settings.MaxHeldConnections * 8 / 10;
                Volatile.Write(ref current, Next(PollAfterMs, settings.PollAfterMs, share, connectionsHigh));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
