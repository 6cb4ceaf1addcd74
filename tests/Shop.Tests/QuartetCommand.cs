using System.Diagnostics;

namespace Quartet.Shop.Tests;

/// <summary>Runs the real <c>quartet</c> command line (the Release or Debug quartet.dll beside the tests) as its own process.</summary>
public static class QuartetCommand
{
    private static readonly string SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    public sealed record Result(int ExitCode, string Output);

    /// <summary>Starts <c>dotnet quartet.dll args</c> against the given data folder, or PostgreSQL database or MySQL deployment (a MySQL string starts with Server=).</summary>
    public static async Task<Result> RunAsync(string dataDir, string? postgres, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDir,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quartet.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Quartet__DataDir"] = dataDir;
        start.Environment["Quartet__WebRoot"] = dataDir;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Quartet__Auth__SigningKey"] = SigningKey;
        if (postgres is null)
        {
            start.Environment.Remove("ConnectionStrings__Default");
        }
        else
        {
            start.Environment["ConnectionStrings__Default"] = postgres;
            start.Environment["Quartet__Database__Engine"] = postgres.StartsWith("server=", StringComparison.OrdinalIgnoreCase) ? "mysql" : "postgres";
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Result(process.ExitCode, await output + await errors);
    }
}
