using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Simulator;
using Quartet.Platform.Jobs;
using Xunit.Abstractions;

namespace Quartet.Hardening.Tests;

/// <summary>
/// Three instances of one deployment on one database (PostgreSQL here, MySQL in <see cref="ThreeMySqlInstancesBehindNginx"/>) behind nginx (round-robin) on loopback: what one
/// instance writes or signs, the others accept. A parks upstream simulator runs beside them.
/// </summary>
public class ThreeInstancesBehindNginx : IAsyncLifetime
{
    public const string EmbedOrigin = "https://blog.example";

    private readonly List<QuartetTestHost> hosts = [];
    private string? database;
    private string? nginxDir;
    private Process? nginx;
    private SimulatorServer? simulator;

    public IReadOnlyList<QuartetTestHost> Hosts => hosts;

    public Uri Balancer { get; private set; } = new("http://127.0.0.1");

    /// <summary>nginx connects to the instances from this loopback address, the only peer they trust for X-Forwarded-For.</summary>
    public const string ProxyAddress = "127.0.0.2";

    /// <summary>Login, register and token requests per client IP per minute on each instance.</summary>
    protected virtual int AuthPerMinute => 100_000;

    protected virtual TestProvider Provider => TestProvider.Postgres;

    public async Task InitializeAsync()
    {
        database = Provider == TestProvider.MySql ? TestDatabases.NewMySqlDeployment() : await TestDatabases.CreatePostgresDatabaseAsync();
        simulator = await SimulatorServer.StartAsync(new SimWorld(8, 20, 7), latencyMs: 100);
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        SecretsLedger.Record(signingKey);
        var settings = new Dictionary<string, string?>
        {
            ["Quartet:Auth:SigningKey"] = signingKey,
            ["Quartet:BehindProxy"] = "true",
            ["Quartet:TrustedProxies:0"] = ProxyAddress,
            ["Quartet:RateLimits:AuthPerMinute"] = AuthPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Quartet:Security:Framing:0:Path"] = "/embed/parks",
            ["Quartet:Security:Framing:0:Origins:0"] = EmbedOrigin,
            ["Parks:Sources:Tpw:BaseUrl"] = simulator.TpwBase.ToString(),
            ["Parks:Sources:Qt:BaseUrl"] = simulator.QtBase.ToString(),
        };
        for (var i = 0; i < 3; i++)
        {
            hosts.Add(await QuartetTestHost.StartAsync(Provider, settings, loopback: true, sharedPostgresDatabase: database));
        }

        nginxDir = TestDatabases.NewTempFolder("quartet-nginx");
        var port = FreePort();
        var upstreams = string.Join('\n', hosts.Select(h => $"    server {h.BaseAddress!.Host}:{h.BaseAddress.Port};"));
        await File.WriteAllTextAsync(Path.Combine(nginxDir, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{nginxDir}}/nginx.pid;
            error_log {{nginxDir}}/error.log;
            events { worker_connections 1024; }
            http {
              access_log off;
              client_body_temp_path {{nginxDir}}/body;
              proxy_temp_path {{nginxDir}}/proxy;
              fastcgi_temp_path {{nginxDir}}/fastcgi;
              uwsgi_temp_path {{nginxDir}}/uwsgi;
              scgi_temp_path {{nginxDir}}/scgi;
              upstream quartet {
            {{upstreams}}
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://quartet;
                  proxy_bind {{ProxyAddress}};
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  add_header X-Upstream $upstream_addr always;
                }
              }
            }
            """);
        nginx = Process.Start(new ProcessStartInfo(NginxBinary, ["-c", Path.Combine(nginxDir, "nginx.conf"), "-g", "daemon off;"])
        {
            RedirectStandardError = true,
        })!;
        Balancer = new Uri($"http://127.0.0.1:{port}");
        using var probe = new HttpClient { BaseAddress = Balancer };
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                if ((await probe.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("nginx did not start: " + await File.ReadAllTextAsync(Path.Combine(nginxDir, "error.log")));
    }

    private static string NginxBinary =>
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("nginx is not installed (test.sh installs it with apt-get).");

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (nginx is { HasExited: false })
        {
            nginx.Kill(entireProcessTree: true);
            await nginx.WaitForExitAsync();
        }

        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        if (database is not null && Provider == TestProvider.MySql)
        {
            await TestDatabases.DropMySqlDeploymentAsync(database);
        }
        else if (database is not null)
        {
            await TestDatabases.DropPostgresDatabaseAsync(database);
        }

        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }
    }
}

/// <summary>One cluster for the scale-out and security tests (starting it costs three hosts and nginx).</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ThreeInstancesBehindNginx>
{
    public const string Name = "three instances behind nginx";
}

/// <summary>The same topology on one MySQL deployment (a database per app).</summary>
public sealed class ThreeMySqlInstancesBehindNginx : ThreeInstancesBehindNginx
{
    protected override TestProvider Provider => TestProvider.MySql;
}

[CollectionDefinition(Name)]
public sealed class MySqlClusterCollection : ICollectionFixture<ThreeMySqlInstancesBehindNginx>
{
    public const string Name = "three MySQL instances behind nginx";
}

[Collection(ClusterCollection.Name)]
public sealed class ScaleOutTests(ThreeInstancesBehindNginx cluster, ITestOutputHelper output) : ScaleOutScenarios<ThreeInstancesBehindNginx>(cluster, output);

[Collection(MySqlClusterCollection.Name)]
public sealed class ScaleOutOnMySqlTests(ThreeMySqlInstancesBehindNginx cluster, ITestOutputHelper output) : ScaleOutScenarios<ThreeMySqlInstancesBehindNginx>(cluster, output);

public abstract class ScaleOutScenarios<TCluster>(TCluster cluster, ITestOutputHelper output)
    where TCluster : ThreeInstancesBehindNginx
{
    [Fact]
    public async Task A_browser_signed_in_through_the_balancer_stays_signed_in_on_every_instance()
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = cluster.Balancer };
        var email = $"lb-{Guid.NewGuid():N}"[..16] + "@example.test";
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password = "balanced-1" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var upstreams = new HashSet<string>();
        for (var i = 0; i < 9; i++)
        {
            var me = await client.GetAsync("/api/auth/me");
            me.StatusCode.ShouldBe(HttpStatusCode.OK);
            upstreams.Add(me.Headers.GetValues("X-Upstream").Single());
        }

        upstreams.Count.ShouldBe(3);

        // The cookie issued through one instance opens every instance directly too (shared data-protection keys).
        var cookieHeader = cookies.GetCookieHeader(cluster.Balancer);
        foreach (var host in cluster.Hosts)
        {
            using var direct = new HttpClient { BaseAddress = host.BaseAddress };
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
            request.Headers.Add("Cookie", cookieHeader);
            (await direct.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_token_from_one_instance_works_on_the_others_and_a_role_granted_on_one_applies_on_all()
    {
        var admin = await cluster.Hosts[0].CreateUserAsync("admin");
        var user = await cluster.Hosts[1].CreateUserAsync();
        foreach (var host in cluster.Hosts)
        {
            using var direct = host.CreateRawClient();
            direct.DefaultRequestHeaders.Authorization = user.Client.DefaultRequestHeaders.Authorization;
            await (await direct.GetAsync("/api/admin/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        (await admin.Client.PostAsJsonAsync($"/api/admin/users/{user.Id}/roles", new { role = "admin" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using (var granting = cluster.Hosts[0].CreateRawClient())
        {
            granting.DefaultRequestHeaders.Authorization = user.Client.DefaultRequestHeaders.Authorization;
            (await granting.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK, "at once on the instance that made the change");
        }

        // The other instances learn it through the engine's change signal (the 2-second bound itself is proven by
        // AccountCacheTests and AccountChangesAcrossProcesses); here a loaded test machine gets more slack.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        foreach (var host in cluster.Hosts.Skip(1))
        {
            using var direct = host.CreateRawClient();
            direct.DefaultRequestHeaders.Authorization = user.Client.DefaultRequestHeaders.Authorization;
            var status = (await direct.GetAsync("/api/admin/users")).StatusCode;
            while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
                status = (await direct.GetAsync("/api/admin/users")).StatusCode;
            }

            status.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_job_started_on_two_instances_at_once_runs_once()
    {
        var job = "cluster-" + Guid.NewGuid().ToString("N");
        var runs = 0;
        async Task<string> Work(CancellationToken ct)
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(500, ct);
            return "ran";
        }

        var outcomes = await Task.WhenAll(cluster.Hosts.Select(h => h.Services.GetRequiredService<JobRunner>().RunAsync(job, Work, CancellationToken.None)));
        outcomes.Count(o => o == JobOutcome.Succeeded).ShouldBe(1);
        outcomes.Count(o => o == JobOutcome.Busy).ShouldBe(2);
        runs.ShouldBe(1);
    }

    [Fact]
    public async Task Login_lockout_counts_failures_made_through_different_instances()
    {
        var user = await cluster.Hosts[0].CreateUserAsync();
        using var client = new HttpClient { BaseAddress = cluster.Balancer };
        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "wrong-pass-1" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        await (await client.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = user.Password })).ShouldBeProblemAsync(HttpStatusCode.Locked, "ACCOUNT_LOCKED");
    }

    [Fact]
    public async Task A_shop_race_through_the_balancer_sells_exactly_the_stock_and_keeps_every_invariant()
    {
        var admin = await cluster.Hosts[0].CreateUserAsync("shop.admin");
        var product = await (await admin.Client.PostAsJsonAsync("/api/shop/admin/products", new { name = "Balanced mug", description = "x", category = "Gadgets", pointsCost = 10, stock = 15, isActive = true })).Content.ReadFromJsonAsync<JsonElement>();
        var productId = product.GetProperty("id").GetGuid();
        var employees = new List<TestUser>();
        for (var i = 0; i < 30; i++)
        {
            var employee = await cluster.Hosts[i % 3].CreateUserAsync("shop.employee");
            (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = employee.Id, amount = 100, reason = "race" })).EnsureSuccessStatusCode();
            employees.Add(employee);
        }

        var answers = await Task.WhenAll(employees.Select(async e =>
        {
            using var client = new HttpClient { BaseAddress = cluster.Balancer };
            client.DefaultRequestHeaders.Authorization = e.Client.DefaultRequestHeaders.Authorization;
            return await client.SendAsync(Redeem(productId, Guid.NewGuid().ToString("N")));
        }));
        answers.ShouldNotContain(a => (int)a.StatusCode >= 500);
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(15);
        answers.Where(a => a.StatusCode != HttpStatusCode.Created).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict || a.StatusCode == HttpStatusCode.UnprocessableEntity);

        // One idempotency key sent to the three instances at the same moment: one order at most.
        var buyer = await cluster.Hosts[0].CreateUserAsync("shop.employee");
        (await admin.Client.PostAsJsonAsync("/api/shop/admin/products/" + productId + "/stock", new { delta = 5, reason = "restock" })).EnsureSuccessStatusCode();
        (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = buyer.Id, amount = 100, reason = "race" })).EnsureSuccessStatusCode();
        var key = Guid.NewGuid().ToString("N");
        var same = await Task.WhenAll(cluster.Hosts.Select(async h =>
        {
            using var client = h.CreateRawClient();
            client.DefaultRequestHeaders.Authorization = buyer.Client.DefaultRequestHeaders.Authorization;
            return await client.SendAsync(Redeem(productId, key));
        }));
        same.ShouldNotContain(a => (int)a.StatusCode >= 500);
        var balance = (await buyer.Client.GetFromJsonAsync<JsonElement>("/api/shop/me/balance")).GetProperty("balance").GetInt32();
        balance.ShouldBe(90, "one key, one debit");

        await using var scope = cluster.Hosts[2].Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<Quartet.Shop.Operations.Reconciler>().FindProblemsAsync(CancellationToken.None);
        problems.ShouldBeEmpty(string.Join("\n", problems));
        var stock = (await admin.Client.GetFromJsonAsync<JsonElement>($"/api/shop/admin/products/{productId}")).GetProperty("stock").GetInt32();
        stock.ShouldBe(4);
    }

    [Fact]
    public async Task A_live_session_with_participants_on_all_three_instances_shows_exact_results_everywhere_within_a_second()
    {
        var host = await cluster.Hosts[0].CreateUserAsync("live.host");
        var session = await (await host.Client.PostAsJsonAsync("/api/live/sessions", new { title = "Spread out" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = session.GetProperty("id").GetGuid();
        var activity = (await (await host.Client.PostAsJsonAsync($"/api/live/sessions/{id}/activities", new
        {
            type = "poll",
            title = "Which?",
            resultsMode = "live",
            config = new { options = new[] { "A", "B", "C", "D" }, allowChange = true },
        })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await host.Client.PostAsync($"/api/live/sessions/{id}/start", null)).EnsureSuccessStatusCode();
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();

        const int people = 60;
        var expected = new int[4];
        var votes = await Task.WhenAll(Enumerable.Range(0, people).Select(async i =>
        {
            var instance = cluster.Hosts[i % 3];
            using var anonymous = instance.CreateRawClient();
            var joined = await anonymous.PostAsJsonAsync("/api/live/join", new { code = session.GetProperty("code").GetString(), nickname = $"Phone {i}" });
            joined.EnsureSuccessStatusCode();
            using var phone = instance.CreateRawClient();
            phone.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Participant", (await joined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
            return await phone.PostAsJsonAsync($"/api/live/p/{id}/activities/{activity}/responses", new { choices = new[] { i % 4 }, requestId = $"r{i}" });
        }));
        votes.ShouldAllBe(v => v.StatusCode == HttpStatusCode.OK);
        for (var i = 0; i < people; i++)
        {
            expected[i % 4]++;
        }

        var acknowledged = Stopwatch.StartNew();
        var exactOn = new TimeSpan?[3];
        while (exactOn.Any(t => t is null) && acknowledged.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.WhenAll(cluster.Hosts.Select(async (instance, n) =>
            {
                if (exactOn[n] is not null)
                {
                    return;
                }

                using var client = instance.CreateRawClient();
                client.DefaultRequestHeaders.Authorization = host.Client.DefaultRequestHeaders.Authorization;
                var sync = JsonNode.Parse(await client.GetStringAsync($"/api/live/sessions/{id}/sync?since=0"))!;
                var results = sync["changes"]!.AsArray().FirstOrDefault(c => (string?)c!["kind"] == "results" && (string?)c["id"] == activity.ToString())?["data"];
                if (results?["counts"]?.AsArray().Select(c => c!.GetValue<int>()).SequenceEqual(expected) == true)
                {
                    exactOn[n] = acknowledged.Elapsed;
                }
            }));
            await Task.Delay(25);
        }

        output.WriteLine($"exact results on the three instances after {string.Join(", ", exactOn.Select(t => t is null ? "never" : $"{t.Value.TotalMilliseconds:0} ms"))}");
        exactOn.ShouldAllBe(t => t != null, "every instance shows the exact counts");
        exactOn.Max()!.Value.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(1), "live spec: results everywhere within 1 s of the last acknowledged vote");
    }

    [Fact]
    public async Task Two_parks_collections_started_on_different_instances_at_once_run_once()
    {
        await using (var scope = cluster.Hosts[0].Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Quartet.Parks.Collection.Discovery>().RunAsync(false, CancellationToken.None);
        }

        var exits = await Task.WhenAll(cluster.Hosts.Take(2).Select(h => Task.Run(() => Quartet.Parks.ParksCommands.RunJobAsync(h.Services, "collect", TimeSpan.FromMinutes(10), async (sp, c) =>
        {
            var summary = await sp.GetRequiredService<Quartet.Parks.Collection.Collector>().RunAsync(null, c);
            return (summary.ToString(), summary.Status == "failed");
        }, CancellationToken.None))));
        exits.Order().ShouldBe([JobExitCodes.Succeeded, JobExitCodes.Busy]);
        await using var check = cluster.Hosts[2].Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<Quartet.Parks.Data.ParksDb>();
        (await db.Runs.CountAsync(r => r.Kind == "collect")).ShouldBe(1);
    }

    private static HttpRequestMessage Redeem(Guid productId, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/shop/orders") { Content = JsonContent.Create(new { productId, quantity = 1 }) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}
