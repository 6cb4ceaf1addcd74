using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Accounts;
using Quartet.Platform.Hosting;
using Quartet.Platform.Modules;

namespace Quartet.TestSupport;

public sealed record TestUser(Guid Id, string Email, string Password, HttpClient Client);

/// <summary>
/// A real Quartet application for tests: every enabled module, on a fresh SQLite folder or a fresh PostgreSQL database,
/// migrated, served either in memory (<see cref="TestServer"/>) or on a loopback port (for browsers and load).
/// </summary>
public sealed class QuartetTestHost : IAsyncDisposable
{
    public const string TestPassword = "test-pass-1";

    private readonly string? postgresConnectionString;
    private readonly string? blobServiceUrl;
    private int userCounter;

    private QuartetTestHost(WebApplication app, TestProvider provider, string dataDir, string? postgres, bool loopback)
    {
        App = app;
        Provider = provider;
        DataDir = dataDir;
        postgresConnectionString = postgres;
        blobServiceUrl = app.Configuration["Quartet:Blobs:ServiceUrl"];
        if (loopback)
        {
            BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    public WebApplication App { get; }

    public TestProvider Provider { get; }

    public string DataDir { get; }

    /// <summary>Set when the host listens on a loopback port (<c>loopback: true</c>).</summary>
    public Uri? BaseAddress { get; }

    public IServiceProvider Services => App.Services;

    /// <param name="settings">Extra configuration, e.g. <c>["Quartet:Auth:MaxFailedLogins"] = "3"</c>.</param>
    /// <param name="loopback">Listen on a real loopback port instead of the in-memory test server.</param>
    /// <param name="clock">A test clock every service reads instead of the system clock.</param>
    /// <param name="sharedPostgresDatabase">Use this existing database (several instances of one deployment) instead of a new one; it is not dropped.</param>
    public static async Task<QuartetTestHost> StartAsync(
        TestProvider provider,
        IDictionary<string, string?>? settings = null,
        bool loopback = false,
        IReadOnlyList<QuartetModule>? modules = null,
        Action<WebApplicationBuilder>? configure = null,
        string? sharedPostgresDatabase = null,
        TimeProvider? clock = null)
    {
        var dataDir = TestDatabases.NewTempFolder();
        var ownsDatabase = provider != TestProvider.Sqlite && sharedPostgresDatabase is null;
        var postgres = provider switch
        {
            TestProvider.Postgres => sharedPostgresDatabase ?? await TestDatabases.CreatePostgresDatabaseAsync(),
            TestProvider.MySql => sharedPostgresDatabase ?? TestDatabases.NewMySqlDeployment(),
            _ => null,
        };
        var config = new Dictionary<string, string?>
        {
            ["Quartet:DataDir"] = dataDir,
            ["Quartet:Auth:PasswordHasher:IterationCount"] = "1000",
            ["Quartet:RateLimits:AuthPerMinute"] = "100000",
            ["Quartet:Database:MinPoolSize"] = "0",
            ["ConnectionStrings:Default"] = postgres,
            ["Quartet:Database:Engine"] = provider == TestProvider.MySql ? "mysql" : null,
            ["Quartet:WebRoot"] = Path.Combine(TestDatabases.RepositoryRoot, "src", "Host", "wwwroot"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var args = config.Where(kv => kv.Value is not null).Select(kv => $"--{kv.Key}={kv.Value}").ToList();
        args.Add("--environment=Development");
        if (loopback)
        {
            args.Add("--urls=http://127.0.0.1:0");
        }

        var app = QuartetApp.Build([.. args], modules ?? Host.Modules.All, builder =>
        {
            if (!loopback)
            {
                builder.WebHost.UseTestServer();
            }

            if (clock is not null)
            {
                builder.Services.AddSingleton(clock);
            }

            configure?.Invoke(builder);
        });
        await app.MigrateAsync();
        await app.StartAsync();
        return new QuartetTestHost(app, provider, dataDir, ownsDatabase ? postgres : null, loopback);
    }

    /// <summary>An anonymous client that keeps cookies and sends the anti-forgery header, like the SPA.</summary>
    public HttpClient CreateClient()
    {
        var cookies = new CookieContainer();
        var handler = new CookieContainerHandler(cookies) { InnerHandler = new AntiforgeryHeaderHandler(cookies) { InnerHandler = CreateInnerHandler() } };
        return new HttpClient(handler) { BaseAddress = BaseAddress ?? App.GetTestServer().BaseAddress };
    }

    /// <summary>A client with no cookie handling and nothing added (for raw protocol checks).</summary>
    public HttpClient CreateRawClient() =>
        new(CreateInnerHandler()) { BaseAddress = BaseAddress ?? App.GetTestServer().BaseAddress };

    private HttpMessageHandler CreateInnerHandler()
    {
        var handler = BaseAddress is null ? App.GetTestServer().CreateHandler() : new SocketsHttpHandler { MaxConnectionsPerServer = 1000 };
        return blobServiceUrl is null ? handler : new BlobRedirectHandler(blobServiceUrl) { InnerHandler = handler };
    }

    /// <summary>Creates an account directly (no rate limit) and returns a client signed in with a Bearer token.</summary>
    public async Task<TestUser> CreateUserAsync(params string[] roles)
    {
        var email = $"user{Interlocked.Increment(ref userCounter)}-{Guid.NewGuid().ToString("N")[..6]}@test.quartet";
        var view = await DemoAccounts.EnsureAsync(Services, email, TestPassword, null, roles, CancellationToken.None);
        var client = CreateRawClient();
        var token = await GetTokenAsync(client, email, TestPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new TestUser(view.Id, email, TestPassword, client);
    }

    public static async Task<string> GetTokenAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return body!.AccessToken;
    }

    /// <summary>Signs a cookie client in (as the browser does).</summary>
    public static async Task SignInAsync(HttpClient cookieClient, string email, string password)
    {
        var response = await cookieClient.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (postgresConnectionString is not null && Provider == TestProvider.MySql)
        {
            await TestDatabases.DropMySqlDeploymentAsync(postgresConnectionString);
        }
        else if (postgresConnectionString is not null)
        {
            await TestDatabases.DropPostgresDatabaseAsync(postgresConnectionString);
        }

        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Follows a redirect to the S3-compatible server as a browser would: a plain GET, none of the request's headers.</summary>
    private sealed class BlobRedirectHandler(string serviceUrl) : DelegatingHandler
    {
        private static readonly HttpClient Direct = new(new SocketsHttpHandler { AllowAutoRedirect = false });

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode is HttpStatusCode.Redirect && response.Headers.Location is { IsAbsoluteUri: true } location
                && location.AbsoluteUri.StartsWith(serviceUrl, StringComparison.Ordinal))
            {
                response.Dispose();
                return await Direct.GetAsync(location, cancellationToken);
            }

            return response;
        }
    }

    private sealed class AntiforgeryHeaderHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && request.RequestUri is not null)
            {
                var token = cookies.GetCookies(request.RequestUri)[AntiforgerySetup.ReadableCookieName]?.Value;
                if (token is not null)
                {
                    request.Headers.Remove(AntiforgerySetup.HeaderName);
                    request.Headers.Add(AntiforgerySetup.HeaderName, token);
                }
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
