using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Quartet.Hardening.Tests;

/// <summary>
/// One deployment of the real program: its storage (a SQLite data folder, a PostgreSQL database, or a database per app
/// on MySQL) and the
/// environment every process of it gets (production mode, a fixed signing key, migrations at start-up).
/// </summary>
public sealed class ProcessDeployment : IAsyncDisposable
{
    private ProcessDeployment(TestProvider provider, string dataDir, string? postgres, string? mySql, Dictionary<string, string> environment)
    {
        Provider = provider;
        DataDir = dataDir;
        Postgres = postgres;
        MySql = mySql;
        Environment = environment;
    }

    public TestProvider Provider { get; }

    public string DataDir { get; }

    public string? Postgres { get; }

    /// <summary>The shared MySQL connection string; each app has its database <c>{Database}_{app}</c>.</summary>
    public string? MySql { get; }

    public Dictionary<string, string> Environment { get; }

    public static async Task<ProcessDeployment> CreateAsync(TestProvider provider, IDictionary<string, string>? settings = null)
    {
        var dataDir = TestDatabases.NewTempFolder("quartet-process");
        var postgres = provider == TestProvider.Postgres ? await TestDatabases.CreatePostgresDatabaseAsync() : null;
        var mySql = provider == TestProvider.MySql ? TestDatabases.NewMySqlDeployment() : null;
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        SecretsLedger.Record(signingKey);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Quartet__Auth__SigningKey"] = signingKey,
            ["Quartet__MigrateOnStartup"] = "true",
            ["Quartet__Auth__PasswordHasher__IterationCount"] = "1000",
            ["Quartet__RateLimits__AuthPerMinute"] = "100000",
            ["Quartet__DataDir"] = dataDir,
            ["Logging__LogLevel__Default"] = "Information",
        };
        if (postgres is not null)
        {
            environment["ConnectionStrings__Default"] = postgres;
        }

        if (mySql is not null)
        {
            environment["ConnectionStrings__Default"] = mySql;
            environment["Quartet__Database__Engine"] = "mysql";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return new ProcessDeployment(provider, dataDir, postgres, mySql, environment);
    }

    public Task<QuartetProcess> ServeAsync(string logName) => QuartetProcess.ServeAsync(logName, Environment);

    public Task<(int ExitCode, string Output)> RunAsync(string logName, params string[] args) => QuartetProcess.RunAsync(logName, Environment, args);

    public async ValueTask DisposeAsync()
    {
        if (Postgres is not null)
        {
            await TestDatabases.DropPostgresDatabaseAsync(Postgres);
        }

        if (MySql is not null)
        {
            await TestDatabases.DropMySqlDeploymentAsync(MySql);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Signs up through the API the way a person does and returns a client carrying a Bearer token.</summary>
public static class Accounts
{
    public sealed record Account(Guid Id, string Email, string Password, string Token);

    public static async Task<Account> RegisterAsync(Uri baseAddress, string prefix)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        var email = $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}@hardening.test";
        var password = "pw-" + Guid.NewGuid().ToString("N")[..12];
        SecretsLedger.Record(password);
        var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password });
        registered.EnsureSuccessStatusCode();
        var token = await TokenAsync(baseAddress, email, password);
        using var me = new HttpClient { BaseAddress = baseAddress };
        me.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var id = (await me.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();
        return new Account(id, email, password, token);
    }

    public static async Task<string> TokenAsync(Uri baseAddress, string email, string password)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        SecretsLedger.Record(token);
        return token;
    }

    public static HttpClient Client(Uri baseAddress, string? token, string scheme = "Bearer")
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        return client;
    }
}

/// <summary>
/// Every password, token and key the hardening tests hand to a host, written to test-results/secrets-used.txt so
/// scripts/check-log-secrets.sh can prove none of them reached a log.
/// </summary>
public static class SecretsLedger
{
    private static readonly Lock Gate = new();

    public static string FilePath => Path.Combine(TestDatabases.RepositoryRoot, "test-results", "secrets-used.txt");

    public static void Record(string secret)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.AppendAllLines(FilePath, [secret]);
        }
    }
}
