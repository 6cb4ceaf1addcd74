using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Quartet.Platform.Jobs;

namespace Quartet.Platform.Tests;

/// <summary>
/// Three instances of one deployment on one PostgreSQL database behind nginx (round-robin) on loopback: what one
/// instance writes or signs, the others accept.
/// </summary>
public sealed class ThreeInstancesBehindNginx : IAsyncLifetime
{
    private readonly List<QuartetTestHost> hosts = [];
    private string? database;
    private string? nginxDir;
    private Process? nginx;

    public IReadOnlyList<QuartetTestHost> Hosts => hosts;

    public Uri Balancer { get; private set; } = new("http://127.0.0.1");

    public async Task InitializeAsync()
    {
        database = await TestDatabases.CreatePostgresDatabaseAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Quartet:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            ["Quartet:BehindProxy"] = "true",
        };
        for (var i = 0; i < 3; i++)
        {
            hosts.Add(await QuartetTestHost.StartAsync(TestProvider.Postgres, settings, loopback: true, sharedPostgresDatabase: database));
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

        if (database is not null)
        {
            await TestDatabases.DropPostgresDatabaseAsync(database);
        }
    }
}

public sealed class ScaleOutTests(ThreeInstancesBehindNginx cluster) : IClassFixture<ThreeInstancesBehindNginx>
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
        foreach (var host in cluster.Hosts)
        {
            using var direct = host.CreateRawClient();
            direct.DefaultRequestHeaders.Authorization = user.Client.DefaultRequestHeaders.Authorization;
            (await direct.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
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
}
