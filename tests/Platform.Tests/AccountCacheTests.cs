using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Quartet.Platform.Accounts;
using Quartet.Platform.Hosting;
using Xunit.Abstractions;

namespace Quartet.Platform.Tests;

/// <summary>
/// Several instances of one deployment (each its own process-wide services, so its own account cache and change
/// listener) on one database: an account change made through one instance applies on that instance at once and on
/// the others within 2 seconds, and a cached account is never served to another caller.
/// </summary>
public abstract class AccountCacheAcrossInstances(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);
    private readonly List<QuartetTestHost> instances = [];
    private string? database;

    protected abstract TestProvider Provider { get; }

    protected virtual int InstanceCount => 3;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?> { ["Quartet:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)) };
        database = Provider switch
        {
            TestProvider.Postgres => await TestDatabases.CreatePostgresDatabaseAsync(),
            TestProvider.MySql => TestDatabases.NewMySqlDeployment(),
            _ => null,
        };

        for (var i = 0; i < InstanceCount; i++)
        {
            instances.Add(await QuartetTestHost.StartAsync(Provider, settings, sharedPostgresDatabase: database));
            if (Provider == TestProvider.Sqlite)
            {
                // Later instances use the first one's files, as instances on one machine sharing a data folder do.
                settings["Quartet:DataDir"] = instances[0].DataDir;
            }
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in Enumerable.Reverse(instances))
        {
            await instance.DisposeAsync();
        }

        if (database is not null)
        {
            await (Provider == TestProvider.MySql ? TestDatabases.DropMySqlDeploymentAsync(database) : TestDatabases.DropPostgresDatabaseAsync(database));
        }
    }

    private QuartetTestHost Changer => instances[0];

    private IEnumerable<QuartetTestHost> Others => instances.Skip(1);

    [Fact]
    public async Task Role_grant_revocation_deactivation_and_password_change_reach_every_instance_in_time()
    {
        var admin = await Changer.CreateUserAsync(PlatformRoles.Admin);
        var user = await Changer.CreateUserAsync("shop.employee");
        var callers = instances.Select(i => BearerClient(i, user)).ToList();
        await WarmAsync(user, callers);

        (await admin.Client.DeleteAsync($"/api/admin/users/{user.Id}/roles/shop.employee")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await RolesAsync(callers[0])).ShouldNotContain("shop.employee");
        await EveryOtherInstanceWithinBoundAsync("revocation", callers, async c => !(await RolesAsync(c)).Contains("shop.employee"));

        await WarmAsync(user, callers);
        (await admin.Client.PostAsJsonAsync($"/api/admin/users/{user.Id}/roles", new { role = "meals.admin" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await RolesAsync(callers[0])).ShouldContain("meals.admin");
        await EveryOtherInstanceWithinBoundAsync("grant", callers, async c => (await RolesAsync(c)).Contains("meals.admin"));

        await WarmAsync(user, callers);
        (await admin.Client.PostAsync($"/api/admin/users/{user.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await callers[0].GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await EveryOtherInstanceWithinBoundAsync("deactivation", callers, async c => (await c.GetAsync("/api/auth/me")).StatusCode == HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_on_every_instance_in_time()
    {
        var user = await Changer.CreateUserAsync();
        var callers = instances.Select(i => BearerClient(i, user)).ToList();
        var browser = Changer.CreateClient();
        await QuartetTestHost.SignInAsync(browser, user.Email, user.Password);
        await WarmAsync(user, callers);

        (await browser.PostAsJsonAsync("/api/auth/password", new { currentPassword = user.Password, newPassword = "brand-new-9" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await browser.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await callers[0].GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await EveryOtherInstanceWithinBoundAsync("password change", callers, async c => (await c.GetAsync("/api/auth/me")).StatusCode == HttpStatusCode.Unauthorized);

        // The new session works everywhere, through the cookie as through a new token.
        var token = await QuartetTestHost.GetTokenAsync(Changer.CreateRawClient(), user.Email, "brand-new-9");
        foreach (var instance in instances)
        {
            var client = instance.CreateRawClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Many_callers_at_once_each_get_their_own_account()
    {
        var users = new List<TestUser>();
        for (var i = 0; i < 12; i++)
        {
            users.Add(await Changer.CreateUserAsync(i % 2 == 0 ? "shop.employee" : "live.host"));
        }

        var calls = Enumerable.Range(0, 600).Select(async n =>
        {
            var user = users[n % users.Count];
            var client = BearerClient(instances[n % instances.Count], user);
            var me = await (await client.GetAsync("/api/auth/me")).ReadAsAsync<UserView>();
            return (user, me);
        });
        foreach (var (user, me) in await Task.WhenAll(calls))
        {
            me.Id.ShouldBe(user.Id);
            me.Email.ShouldBe(user.Email);
            me.Roles.ShouldBe([users.IndexOf(user) % 2 == 0 ? "shop.employee" : "live.host"]);
        }
    }

    private static HttpClient BearerClient(QuartetTestHost instance, TestUser user)
    {
        var client = instance.CreateRawClient();
        client.DefaultRequestHeaders.Authorization = user.Client.DefaultRequestHeaders.Authorization;
        return client;
    }

    /// <summary>Reads the account through every instance until each holds it in its cache, so a stale entry would show.</summary>
    private async Task WarmAsync(TestUser user, IReadOnlyList<HttpClient> callers)
    {
        var deadline = Stopwatch.StartNew();
        for (var i = 0; i < instances.Count; i++)
        {
            var cache = instances[i].Services.GetRequiredService<AccountCache>();
            while (cache.Find(user.Id) is null)
            {
                deadline.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), $"instance {i} never cached the account");
                (await callers[i].GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
                if (cache.Find(user.Id) is null)
                {
                    await Task.Delay(100);
                }
            }
        }
    }

    private async Task EveryOtherInstanceWithinBoundAsync(string what, IReadOnlyList<HttpClient> callers, Func<HttpClient, Task<bool>> applied)
    {
        var clock = Stopwatch.StartNew();
        foreach (var caller in callers.Skip(1))
        {
            while (!await applied(caller))
            {
                clock.Elapsed.ShouldBeLessThan(Bound, $"the {what} had not reached another instance after {Bound.TotalSeconds} s");
                await Task.Delay(20);
            }
        }

        output.WriteLine($"{Provider}: {what} applied on every other instance after {clock.Elapsed.TotalMilliseconds:0} ms");
        clock.Elapsed.ShouldBeLessThan(Bound);
    }

    private static async Task<IReadOnlyList<string>> RolesAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/auth/me")).ReadAsAsync<UserView>()).Roles;
}

public sealed class AccountCacheAcrossInstancesOnPostgres(ITestOutputHelper output) : AccountCacheAcrossInstances(output)
{
    protected override TestProvider Provider => TestProvider.Postgres;
}

/// <summary>MySQL has no LISTEN/NOTIFY: the instances learn of changes by polling the account change versions.</summary>
public sealed class AccountCacheAcrossInstancesOnMySql(ITestOutputHelper output) : AccountCacheAcrossInstances(output)
{
    protected override TestProvider Provider => TestProvider.MySql;
}

public sealed class AccountCacheAcrossInstancesOnSqlite(ITestOutputHelper output) : AccountCacheAcrossInstances(output)
{
    protected override TestProvider Provider => TestProvider.Sqlite;

    protected override int InstanceCount => 2;
}

public sealed class AccountCacheRules
{
    [Fact]
    public void Nothing_is_served_before_the_change_listener_confirms_nor_after_it_goes_quiet()
    {
        var clock = new SteppedClock();
        var cache = NewCache(clock);
        var account = Snapshot(0);
        cache.Store(account, cache.Generation);
        cache.Find(account.Id).ShouldBeNull();

        cache.Confirm();
        cache.Store(account, cache.Generation);
        cache.Find(account.Id).ShouldBe(account);

        clock.Advance(AccountCache.TrustWindow);
        cache.Find(account.Id).ShouldBeNull();
        cache.Confirm();
        cache.Find(account.Id).ShouldBe(account);
        cache.StopTrusting();
        cache.Find(account.Id).ShouldBeNull();
    }

    [Fact]
    public void A_load_that_raced_an_invalidation_is_not_kept()
    {
        var cache = NewCache(new SteppedClock());
        cache.Confirm();
        var account = Snapshot(0);
        var loadedUnder = cache.Generation;
        cache.Invalidate(account.Id);
        cache.Store(account, loadedUnder);
        cache.Find(account.Id).ShouldBeNull();

        cache.Store(account, cache.Generation);
        cache.Find(account.Id).ShouldBe(account);
        cache.Clear();
        cache.Find(account.Id).ShouldBeNull();
        cache.Count.ShouldBe(0);
    }

    [Fact]
    public void The_number_of_entries_stays_within_the_configured_size()
    {
        var cache = NewCache(new SteppedClock(), size: 1_000);
        cache.Confirm();
        for (var i = 0; i < 5_000; i++)
        {
            cache.Store(Snapshot(i), cache.Generation);
        }

        cache.Count.ShouldBeInRange(900, 1_000);
        cache.Find(Snapshot(4_999).Id).ShouldNotBeNull();
    }

    internal static AccountCache NewCache(TimeProvider clock, int size = 100_000) =>
        new(Options.Create(new QuartetOptions { Auth = { AccountCacheSize = size } }), clock);

    /// <summary>An account as big as real ones get: a 30-character e-mail, a display name, the stamp, two roles.</summary>
    internal static AccountSnapshot Snapshot(int n) =>
        AccountSnapshot.Of(new Guid(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0]), $"employee{n:D6}@company.example", $"Employee {n:D6}",
            AccountService.NewStamp(), true, [new string("shop.employee".AsSpan()), new string(PlatformRoles.Admin.AsSpan())]);

    internal sealed class SteppedClock : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
    }
}

[CollectionDefinition(nameof(AccountCacheMemory), DisableParallelization = true)]
public sealed class AccountCacheMemoryCollection;

/// <summary>Measures what the cache retains, alone in the process so other tests' allocations do not count.</summary>
[Collection(nameof(AccountCacheMemory))]
public sealed class AccountCacheMemory(ITestOutputHelper output)
{
    [Fact]
    public void A_hundred_thousand_accounts_take_less_than_50_MB()
    {
        var cache = AccountCacheRules.NewCache(new AccountCacheRules.SteppedClock());
        cache.Confirm();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < 100_000; i++)
        {
            cache.Store(AccountCacheRules.Snapshot(i), cache.Generation);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        cache.Count.ShouldBe(100_000);
        var bytes = after - before;
        output.WriteLine($"100,000 cached accounts: {bytes / 1024.0 / 1024.0:0.0} MB, {bytes / 100_000.0:0} bytes each");
        bytes.ShouldBeLessThan(50L * 1024 * 1024);
        GC.KeepAlive(cache);
    }
}
