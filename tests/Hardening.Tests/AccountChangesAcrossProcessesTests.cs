using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace Quartet.Hardening.Tests;

/// <summary>
/// Two real <c>quartet serve</c> processes on one PostgreSQL database, each authenticating from its own in-memory
/// account cache: a change made through one process applies in the other within 2 seconds.
/// </summary>
public sealed class AccountChangesAcrossProcessesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Grant_revocation_and_password_change_through_one_process_apply_in_the_other_within_2_seconds()
    {
        await using var deployment = await ProcessDeployment.CreateAsync(TestProvider.Postgres);

        // Migrated once up front, so the two servers start without racing each other through the migrations.
        (await deployment.RunAsync("account-changes-migrate", "migrate")).ExitCode.ShouldBe(0);
        await using var first = await deployment.ServeAsync("account-changes-1");
        await using var second = await deployment.ServeAsync("account-changes-2");
        var adminEmail = $"admin-{Guid.NewGuid():N}"[..16] + "@hardening.test";
        var adminPassword = "pw-" + Guid.NewGuid().ToString("N")[..12];
        SecretsLedger.Record(adminPassword);
        (await deployment.RunAsync("account-changes-admin", "users", "create", "--email", adminEmail, "--password", adminPassword, "--role", "admin")).ExitCode.ShouldBe(0);
        using var admin = Accounts.Client(first.BaseAddress, await Accounts.TokenAsync(first.BaseAddress, adminEmail, adminPassword));
        var user = await Accounts.RegisterAsync(first.BaseAddress, "cached");
        using var onFirst = Accounts.Client(first.BaseAddress, user.Token);
        using var onSecond = Accounts.Client(second.BaseAddress, user.Token);
        (await RolesAsync(onSecond)).ShouldBeEmpty();

        (await admin.PostAsJsonAsync($"/api/admin/users/{user.Id}/roles", new { role = "shop.employee" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await RolesAsync(onFirst)).ShouldBe(["shop.employee"]);
        await WithinBoundAsync("grant", async () => (await RolesAsync(onSecond)).Contains("shop.employee"));

        (await admin.DeleteAsync($"/api/admin/users/{user.Id}/roles/shop.employee")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await RolesAsync(onFirst)).ShouldBeEmpty();
        await WithinBoundAsync("revocation", async () => (await RolesAsync(onSecond)).Count == 0);

        (await onFirst.PostAsJsonAsync("/api/auth/password", new { currentPassword = user.Password, newPassword = "pw-changed-123" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        SecretsLedger.Record("pw-changed-123");
        (await onFirst.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await WithinBoundAsync("password change", async () => (await onSecond.GetAsync("/api/auth/me")).StatusCode == HttpStatusCode.Unauthorized);

        // Cheaper, not thinner: every request still has its line with method, route, status, duration, user and trace id.
        var lines = await File.ReadAllLinesAsync(Path.Combine(QuartetProcess.LogFolder, "account-changes-1.log"));
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

    private async Task WithinBoundAsync(string what, Func<Task<bool>> applied)
    {
        var clock = Stopwatch.StartNew();
        while (!await applied())
        {
            clock.Elapsed.ShouldBeLessThan(Bound, $"the {what} had not reached the other process after {Bound.TotalSeconds} s");
            await Task.Delay(20);
        }

        output.WriteLine($"{what}: applied in the other process after {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    private static async Task<IReadOnlyList<string>> RolesAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)];
}
