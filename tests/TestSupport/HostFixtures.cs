using Xunit;

namespace Quartet.TestSupport;

/// <summary>
/// One Quartet host shared by the tests of a class. Write tests once in an abstract class taking the fixture, then
/// derive one sealed class per provider:
/// <code>
/// public abstract class OrderTests&lt;T&gt;(T fixture) : IClassFixture&lt;T&gt; where T : HostFixture { ... }
/// public sealed class OrderTestsOnSqlite(SqliteHost f) : OrderTests&lt;SqliteHost&gt;(f);
/// public sealed class OrderTestsOnPostgres(PostgresHost f) : OrderTests&lt;PostgresHost&gt;(f);
/// </code>
/// </summary>
public abstract class HostFixture : IAsyncLifetime
{
    private QuartetTestHost? host;

    public abstract TestProvider Provider { get; }

    public QuartetTestHost Host => host ?? throw new InvalidOperationException("The host has not started.");

    protected virtual IDictionary<string, string?>? Settings => null;

    protected virtual bool Loopback => false;

    protected virtual Task<IDictionary<string, string?>?> SettingsAsync() => Task.FromResult(Settings);

    public async Task InitializeAsync() => host = await QuartetTestHost.StartAsync(Provider, await SettingsAsync(), Loopback);

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}

public class SqliteHost : HostFixture
{
    public override TestProvider Provider => TestProvider.Sqlite;
}

public class PostgresHost : HostFixture
{
    public override TestProvider Provider => TestProvider.Postgres;
}

/// <summary>MySQL 8 semantics; the tests run it on MariaDB (<c>QUARTET_TEST_MYSQL</c>, set by test.sh).</summary>
public class MySqlHost : HostFixture
{
    public override TestProvider Provider => TestProvider.MySql;
}

/// <summary>SQLite, with blobs in the local S3-compatible server (<see cref="LocalS3"/>) instead of the data folder.</summary>
public class S3Host : HostFixture
{
    public override TestProvider Provider => TestProvider.Sqlite;

    protected override async Task<IDictionary<string, string?>?> SettingsAsync()
    {
        var settings = await LocalS3.SettingsAsync();
        foreach (var (key, value) in Settings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
