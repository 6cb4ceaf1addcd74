using Microsoft.Extensions.DependencyInjection;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Collection;
using Quartet.Parks.Simulator;

namespace Quartet.Parks.Tests.Support;

/// <summary>A clock the test moves by hand; timers and delays still use real time.</summary>
public sealed class ManualClock(DateTime start) : TimeProvider
{
    private DateTime now = start;

    public DateTime Now
    {
        get => now;
        set => now = DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }

    public override DateTimeOffset GetUtcNow() => new(now, TimeSpan.Zero);
}

/// <summary>
/// A Quartet host whose parks sources point at a real simulator on loopback, with one shared frozen clock.
/// One per test class; derive a sealed Sqlite and Postgres variant.
/// </summary>
public abstract class ParksHost : IAsyncLifetime
{
    /// <summary>Noon in Los Angeles on a summer weekday: every simulated park is open.</summary>
    public static readonly DateTime Noon = new(2026, 7, 15, 19, 2, 0, DateTimeKind.Utc);

    private QuartetTestHost? host;
    private SimulatorServer? simulator;

    public abstract TestProvider Provider { get; }

    public virtual int Parks => 4;

    public virtual int RidesPerPark => 6;

    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public QuartetTestHost Host => host ?? throw new InvalidOperationException("not started");

    public SimulatorServer Sim => simulator ?? throw new InvalidOperationException("not started");

    private int testTimes;

    public ManualClock Clock { get; } = new(Noon);

    /// <summary>A fresh half-hour per test, so tests of one class never share a collection slot.</summary>
    public DateTime NextTestTime() => Noon.AddMinutes(30 * Interlocked.Increment(ref testTimes));

    public IServiceProvider Services => Host.Services;

    public async Task InitializeAsync()
    {
        simulator = await SimulatorServer.StartAsync(new SimWorld(Parks, RidesPerPark, seed: 7), clock: $"fixed:{Noon:O}");
        var settings = new Dictionary<string, string?>
        {
            ["Parks:Sources:Tpw:BaseUrl"] = simulator.TpwBase.ToString(),
            ["Parks:Sources:Qt:BaseUrl"] = simulator.QtBase.ToString(),
            ["Parks:Sources:Tpw:TimeoutSeconds"] = "2",
            ["Parks:Sources:Qt:TimeoutSeconds"] = "2",
            ["Parks:Collection:Retry:FirstDelaySeconds"] = "0.01",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        host = await QuartetTestHost.StartAsync(Provider, settings, clock: Clock);
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }
    }

    /// <summary>Moves the host clock and the simulator clock together.</summary>
    public void SetTime(DateTime utc)
    {
        Clock.Now = utc;
        Sim.Clock.Set($"fixed:{utc:O}");
    }

    public Task<int> CollectAsync() => ParksCommands.RunJobAsync(Services, "collect", TimeSpan.FromMinutes(10), async (sp, ct) =>
    {
        var summary = await sp.GetRequiredService<Collector>().RunAsync(null, ct);
        return (summary.ToString(), summary.Status == "failed");
    }, CancellationToken.None);

    public async Task<CollectSummary> CollectSummaryAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Collector>().RunAsync(null, CancellationToken.None);
    }

    public async Task DiscoverAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Discovery>().RunAsync(false, CancellationToken.None);
    }

    public async Task<AggregateSummary> AggregateAsync(DateOnly? from = null, DateOnly? to = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Aggregator>().RunAsync(from, to, null, CancellationToken.None);
    }

    public async Task<T> WithDbAsync<T>(Func<Data.ParksDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<Data.ParksDb>());
    }
}
