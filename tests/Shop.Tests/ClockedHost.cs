using Microsoft.Extensions.DependencyInjection;
using Quartet.Shop.Common;

namespace Quartet.Shop.Tests;

/// <summary>A shop host whose clock the test controls (the platform keeps real time for tokens).</summary>
public abstract class ClockedHost : IAsyncLifetime
{
    private QuartetTestHost? host;

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero));

    protected abstract TestProvider Provider { get; }

    public QuartetTestHost Host => host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() =>
        host = await QuartetTestHost.StartAsync(Provider, new Dictionary<string, string?> { ["Shop:OnboardingGrant"] = "0" },
            configure: builder => builder.Services.AddSingleton(new ShopClock(Clock)));

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}

public sealed class ClockedSqliteHost : ClockedHost
{
    protected override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class ClockedPostgresHost : ClockedHost
{
    protected override TestProvider Provider => TestProvider.Postgres;
}

public sealed class ClockedMySqlHost : ClockedHost
{
    protected override TestProvider Provider => TestProvider.MySql;
}
