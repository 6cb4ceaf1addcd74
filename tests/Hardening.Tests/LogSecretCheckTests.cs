using System.Diagnostics;

namespace Quartet.Hardening.Tests;

/// <summary>scripts/check-log-secrets.sh (run by test.sh over test-results/) must fail on a leak, or it proves nothing.</summary>
public sealed class LogSecretCheckTests : IDisposable
{
    private readonly string logs = TestDatabases.NewTempFolder("quartet-logs");

    [Fact]
    public async Task The_log_check_passes_clean_logs_and_fails_on_a_planted_password_or_token()
    {
        var password = "pw-" + Guid.NewGuid().ToString("N")[..12];
        await File.WriteAllTextAsync(Path.Combine(logs, "secrets-used.txt"), password + "\n");
        await File.WriteAllTextAsync(Path.Combine(logs, "host.log"), "HTTP POST /api/auth/login responded 200 in 3.1 ms\n");
        (await CheckAsync()).ShouldBe(0);

        await File.AppendAllTextAsync(Path.Combine(logs, "host.log"), $"login failed: {{\"password\":\"{password}\"}}\n");
        (await CheckAsync()).ShouldBe(1);

        await File.WriteAllTextAsync(Path.Combine(logs, "host.log"), "Participant v1.NwCiAcNIVXiFUiAYoybaCTcAogFMWNh4nj00SVye5L8AAAAA.Ij9DflsbLsJ1CVrdIdCp-iA9NakmZuLNcv5Wl9uWUrU\n");
        (await CheckAsync()).ShouldBe(1);
    }

    private async Task<int> CheckAsync()
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(TestDatabases.RepositoryRoot, "scripts", "check-log-secrets.sh"), logs]) { RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    public void Dispose() => Directory.Delete(logs, recursive: true);
}
