using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace Quartet.Hardening.Tests;

/// <summary>
/// Three real <c>quartet serve</c> processes on one database, each authenticating from its own in-memory account
/// cache: a change made through one process applies in the others within 2 seconds (PostgreSQL through
/// LISTEN/NOTIFY, MySQL through the polled account change versions).
/// </summary>
public abstract class AccountChangesAcrossProcessesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    protected abstract TestProvider Provider { get; }

    [Fact]
    public async Task Grant_revocation_deactivation_and_password_change_through_one_process_apply_in_the_others_within_2_seconds()
    {
        await using var deployment = await ProcessDeployment.CreateAsync(Provider);
        var logName = $"account-changes-{Provider}".ToLowerInvariant();

        // Migrated once up front, so the servers start without racing each other through the migrations.
        (await deployment.RunAsync($"{logName}-migrate", "migrate")).ExitCode.ShouldBe(0);
        await using var first = await deployment.ServeAsync($"{logName}-1");
        await using var second = await deployment.ServeAsync($"{logName}-2");
        await using var third = await deployment.ServeAsync($"{logName}-3");
        var adminEmail = $"admin-{Guid.NewGuid():N}"[..16] + "@hardening.test";
        var adminPassword = "pw-" + Guid.NewGuid().ToString("N")[..12];
        SecretsLedger.Record(adminPassword);
        (await deployment.RunAsync($"{logName}-admin", "users", "create", "--email", adminEmail, "--password", adminPassword, "--role", "admin")).ExitCode.ShouldBe(0);
        using var admin = Accounts.Client(first.BaseAddress, await Accounts.TokenAsync(first.BaseAddress, adminEmail, adminPassword));
        var user = await Accounts.RegisterAsync(first.BaseAddress, "cached");
        using var onFirst = Accounts.Client(first.BaseAddress, user.Token);
        HttpClient[] onOthers = [Accounts.Client(second.BaseAddress, user.Token), Accounts.Client(third.BaseAddress, user.Token)];
        foreach (var other in onOthers)
        {
            (await RolesAsync(other)).ShouldBeEmpty();
        }

        (await admin.PostAsJsonAsync($"/api/admin/users/{user.Id}/roles", new { role = "shop.employee" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await RolesAsync(onFirst)).ShouldBe(["shop.employee"]);
        await WithinBoundAsync("grant", onOthers, async other => (await RolesAsync(other)).Contains("shop.employee"));

        (await admin.DeleteAsync($"/api/admin/users/{user.Id}/roles/shop.employee")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await RolesAsync(onFirst)).ShouldBeEmpty();
        await WithinBoundAsync("revocation", onOthers, async other => (await RolesAsync(other)).Count == 0);

        (await admin.PostAsync($"/api/admin/users/{user.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await onFirst.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await WithinBoundAsync("deactivation", onOthers, async other => (await other.GetAsync("/api/auth/me")).StatusCode == HttpStatusCode.Unauthorized);

        // Reactivated, the account signs in again with a new token (deactivation ended its sessions) for the password change.
        (await admin.PostAsync($"/api/admin/users/{user.Id}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var token = await Accounts.TokenAsync(first.BaseAddress, user.Email, user.Password);
        using var again = Accounts.Client(first.BaseAddress, token);
        HttpClient[] againOnOthers = [Accounts.Client(second.BaseAddress, token), Accounts.Client(third.BaseAddress, token)];
        foreach (var other in againOnOthers)
        {
            (await other.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await again.PostAsJsonAsync("/api/auth/password", new { currentPassword = user.Password, newPassword = "pw-changed-123" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        SecretsLedger.Record("pw-changed-123");
        (await again.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await WithinBoundAsync("password change", againOnOthers, async other => (await other.GetAsync("/api/auth/me")).StatusCode == HttpStatusCode.Unauthorized);

        // Cheaper, not thinner: every request still has its line with method, route, status, duration, user and trace id.
        var lines = await File.ReadAllLinesAsync(Path.Combine(QuartetProcess.LogFolder, $"{logName}-1.log"));
        var requests = lines.Where(l => l.Contains("\"Quartet.Request\"", StringComparison.Ordinal))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.GetProperty("State").GetProperty("UserId").ToString() == user.Id.ToString()).ToList();
        requests.Count.ShouldBeGreaterThanOrEqualTo(3);
        foreach (var line in requests)
        {
            var state = line.GetProperty("State");
            state.GetProperty("Method").GetString().ShouldNotBeNullOrEmpty();
            state.GetProperty("Route").GetString().ShouldStartWith("/api/");
            state.GetProperty("Status").GetInt32().ShouldBeInRange(200, 499);
            state.GetProperty("ElapsedMs").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
            state.GetProperty("UserId").GetString().ShouldBe(user.Id.ToString());
            var scopes = line.GetProperty("Scopes").EnumerateArray().ToList();
            var properties = scopes.SelectMany(s => s.EnumerateObject()).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last().Value.ToString());
            properties["TraceId"].Length.ShouldBe(32);
            properties.ShouldContainKey("RequestId");
            properties["App"].ShouldBe("platform");
        }
    }

    private async Task WithinBoundAsync(string what, IEnumerable<HttpClient> others, Func<HttpClient, Task<bool>> applied)
    {
        var clock = Stopwatch.StartNew();
        foreach (var other in others)
        {
            while (!await applied(other))
            {
                clock.Elapsed.ShouldBeLessThan(Bound, $"the {what} had not reached another process after {Bound.TotalSeconds} s");
                await Task.Delay(20);
            }
        }

        output.WriteLine($"{Provider}: {what} applied in the other processes after {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    private static async Task<IReadOnlyList<string>> RolesAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)];
}

public sealed class AccountChangesAcrossProcessesOnPostgres(ITestOutputHelper output) : AccountChangesAcrossProcessesTests(output)
{
    protected override TestProvider Provider => TestProvider.Postgres;
}

public sealed class AccountChangesAcrossProcessesOnMySql(ITestOutputHelper output) : AccountChangesAcrossProcessesTests(output)
{
    protected override TestProvider Provider => TestProvider.MySql;
}
