using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Parks.Collection;
using Quartet.Parks.Simulator;
using Xunit.Abstractions;

namespace Quartet.Parks.Tests.Integration;

/// <summary>
/// Two instances of one deployment on one database, each holding the data version in memory: a write on one
/// changes its own cached answers at once, and the other's within 2 seconds, without either reading the version row
/// for a cached answer.
/// </summary>
public abstract class DataVersionSignalTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);
    private readonly List<QuartetTestHost> instances = [];
    private SimulatorServer? simulator;
    private string? database;

    protected abstract TestProvider Provider { get; }

    public async Task InitializeAsync()
    {
        simulator = await SimulatorServer.StartAsync(new SimWorld(3, 4, seed: 7), clock: $"fixed:{Support.ParksHost.Noon:O}");
        var settings = new Dictionary<string, string?>
        {
            ["Parks:Sources:Tpw:BaseUrl"] = simulator.TpwBase.ToString(),
            ["Parks:Sources:Qt:BaseUrl"] = simulator.QtBase.ToString(),
        };
        database = Provider switch
        {
            TestProvider.Postgres => await TestDatabases.CreatePostgresDatabaseAsync(),
            TestProvider.MySql => TestDatabases.NewMySqlDeployment(),
            _ => null,
        };
        for (var i = 0; i < 2; i++)
        {
            instances.Add(await QuartetTestHost.StartAsync(Provider, settings, sharedPostgresDatabase: database));
            // The second instance uses the first one's files, as instances on one machine sharing a data folder do.
            settings["Quartet:DataDir"] = instances[0].DataDir;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in Enumerable.Reverse(instances))
        {
            await instance.DisposeAsync();
        }

        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }

        if (database is not null)
        {
            await (Provider == TestProvider.MySql ? TestDatabases.DropMySqlDeploymentAsync(database) : TestDatabases.DropPostgresDatabaseAsync(database));
        }
    }

    [Fact]
    public async Task A_write_changes_the_writers_answer_at_once_and_the_other_instances_within_two_seconds()
    {
        var (reader, writer) = (instances[0], instances[1]);
        var client = reader.CreateRawClient();
        await DiscoverAsync(reader);
        var first = await MetaAsync(client);

        // A local write: the very next answer is new, with no wait for any signal.
        await HeldAsync(reader);
        await DiscoverAsync(reader);
        var local = await MetaAsync(client);
        local.Version.ShouldNotBe(first.Version);
        local.ETag.ShouldNotBe(first.ETag);
        (await ConditionalAsync(client, first.ETag)).ShouldBe(HttpStatusCode.OK);
        (await ConditionalAsync(client, local.ETag)).ShouldBe(HttpStatusCode.NotModified);

        // A write by another instance: the cached answer and the 304 end within the bound.
        await HeldAsync(reader);
        await DiscoverAsync(writer);
        var written = await MetaAsync(writer.CreateRawClient());
        written.Version.ShouldNotBe(local.Version);
        var clock = Stopwatch.StartNew();
        while ((await MetaAsync(client)).Version != written.Version)
        {
            clock.Elapsed.ShouldBeLessThan(Bound, "the other instance's write had not reached this instance's cached answer");
            await Task.Delay(20);
        }

        output.WriteLine($"{Provider}: the other instance's write reached the cached answer after {clock.Elapsed.TotalMilliseconds:0} ms");
        clock.Elapsed.ShouldBeLessThan(Bound);
        (await ConditionalAsync(client, local.ETag)).ShouldBe(HttpStatusCode.OK);
        (await MetaAsync(client)).ETag.ShouldBe(written.ETag);
    }

    private static async Task DiscoverAsync(QuartetTestHost instance)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Discovery>().RunAsync(false, CancellationToken.None);
    }

    /// <summary>Reads until the instance answers from its in-memory version, so a stale copy would show.</summary>
    private static async Task HeldAsync(QuartetTestHost instance)
    {
        var versions = instance.Services.GetRequiredService<DataVersions>();
        var deadline = Stopwatch.StartNew();
        while (versions.Held is null)
        {
            deadline.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), "the instance never held the data version");
            await MetaAsync(instance.CreateRawClient());
            await Task.Delay(50);
        }
    }

    private static async Task<(string Version, string ETag)> MetaAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/parks/meta");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var meta = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (meta.RootElement.GetProperty("dataVersion").GetString()!, response.Headers.ETag!.Tag);
    }

    private static async Task<HttpStatusCode> ConditionalAsync(HttpClient client, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/parks/meta");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        return (await client.SendAsync(request)).StatusCode;
    }
}

public sealed class DataVersionSignalTestsOnSqlite(ITestOutputHelper output) : DataVersionSignalTests(output)
{
    protected override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class DataVersionSignalTestsOnPostgres(ITestOutputHelper output) : DataVersionSignalTests(output)
{
    protected override TestProvider Provider => TestProvider.Postgres;
}

/// <summary>MySQL has no LISTEN/NOTIFY: the other instance learns of the write by polling the version row.</summary>
public sealed class DataVersionSignalTestsOnMySql(ITestOutputHelper output) : DataVersionSignalTests(output)
{
    protected override TestProvider Provider => TestProvider.MySql;
}
