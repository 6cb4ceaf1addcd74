using System.Diagnostics;
using Quartet.Platform.Cli;

namespace Quartet.Platform.Tests;

/// <summary>What a newcomer reads while <c>seed-demo</c> runs and when it ends, with and without a terminal.</summary>
public sealed class SeedDemoOutputTests : IDisposable
{
    private readonly string dataDir = TestDatabases.NewTempFolder("quartet-seed");

    [Fact]
    public async Task Without_a_terminal_each_step_prints_clean_lines_and_the_end_lists_every_demo_login()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dataDir };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "quartet.dll"), "seed-demo", "--apps", "live", "--data-dir", dataDir })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment.Remove("ConnectionStrings__Default");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var text = await output + await errors;

        process.ExitCode.ShouldBe(0, text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldContain(l => l.Contains("platform") && l.Contains("admin account admin@demo.quartet ready"), text);
        lines.ShouldContain(l => l.Contains("live") && l.Contains("demo session"), text);
        text.ShouldNotContain("live: live:");
        text.ShouldNotContain("0%");
        lines.ShouldNotContain(l => l.StartsWith('{'), "no JSON log lines in Development");
        text.ShouldNotContain("System.Net.Http");
        foreach (var login in new[] { "admin@demo.quartet", "quartet-admin-1", "host@demo.quartet", "quartet-host-1", "/j/TEAM42" })
        {
            text.ShouldContain(login);
        }
    }

    [Theory]
    [InlineData("1,200 of 1,500 expenses", 0.8)]
    [InlineData("back-filling park 3 of 6: Sim Park", 0.5)]
    [InlineData("products", null)]
    public void A_message_with_n_of_m_is_a_share_done(string message, double? expected) => SeedProgress.Fraction(message).ShouldBe(expected);

    [Fact]
    public async Task Count_messages_print_once_per_tenth_and_each_step_ends_with_done()
    {
        var output = new StringWriter();
        await SeedProgress.RunWithLinesAsync(
            [new SeedStep("meals", progress =>
            {
                for (var i = 1; i <= 100; i++)
                {
                    progress.Report($"{i} of 100 expenses");
                }

                return Task.CompletedTask;
            })],
            output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(11 + 1);
        lines[^1].ShouldEndWith("meals  done");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
