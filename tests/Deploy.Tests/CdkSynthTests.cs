using System.Diagnostics;

namespace Quartet.Deploy.Tests;

/// <summary>`cdk synth` with the npm CLI of deploy/aws (test.sh runs npm ci there), offline: no credentials, no lookups.</summary>
public sealed class CdkSynthTests
{
    [Fact]
    public async Task Cdk_synth_runs_offline_and_writes_the_template()
    {
        var cdk = Path.Combine(SynthesizedStack.AwsFolder, "node_modules", ".bin", "cdk");
        File.Exists(cdk).ShouldBeTrue("run `npm ci` in deploy/aws (test.sh does)");
        var output = TestDatabases.NewTempFolder("quartet-cdk-out");
        var start = new ProcessStartInfo(cdk) { WorkingDirectory = SynthesizedStack.AwsFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "synth", "--quiet", "--no-notices", "--no-version-reporting", "--output", output, "--app", $"dotnet {Path.Combine(AppContext.BaseDirectory, "Quartet.Aws.dll")}" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["AWS_REGION"] = start.Environment["AWS_DEFAULT_REGION"] = "eu-west-1";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["CDK_DISABLE_CLI_TELEMETRY"] = "true";
        start.Environment["CI"] = "true";
        foreach (var credential in new[] { "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE" })
        {
            start.Environment.Remove(credential);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        process.ExitCode.ShouldBe(0, await stdout + await stderr);
        new FileInfo(Path.Combine(output, "Quartet.template.json")).Length.ShouldBeGreaterThan(10_000);
        Directory.Delete(output, recursive: true);
    }
}
