using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Quartet.TestSupport;

/// <summary>
/// Protocol servers from npm (tests/servers, installed by test.sh with <c>npm ci</c>) run as child processes on free
/// loopback ports; each is stopped when its owner disposes it or, at the latest, when the test process exits.
/// </summary>
public sealed class LocalServer : IAsyncDisposable
{
    private readonly Process process;

    private readonly System.Text.StringBuilder output;

    private LocalServer(Process process, int port, System.Text.StringBuilder output)
    {
        this.process = process;
        this.output = output;
        Port = port;
    }

    /// <summary>What the server has written to stdout and stderr so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static string Folder => Path.Combine(TestDatabases.RepositoryRoot, "tests", "servers");

    public int Port { get; }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs <paramref name="script"/> (relative to tests/servers) with node and waits until <paramref name="port"/> accepts connections.</summary>
    public static async Task<LocalServer> StartAsync(string script, IEnumerable<string> arguments, int port, IDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        var path = Path.Combine(Folder, script);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run `npm ci --prefix tests/servers` (test.sh does).");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory ?? Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(path);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("localhost", port);
                return new LocalServer(process, port, output);
            }
            catch (SocketException) when (!process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                Stop(process);
                lock (output)
                {
                    throw new InvalidOperationException($"{script} did not listen on {port}: {output}");
                }
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop(process);
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }
    }
}

/// <summary>
/// An S3-compatible server (npm s3rver) shared by every test of the process, with one bucket; each host gets its own
/// key prefix, so hosts never see each other's blobs unless a test shares a prefix on purpose.
/// </summary>
public static class LocalS3
{
    public const string Bucket = "quartet-test";

    private static readonly string Folder = TestDatabases.NewTempFolder("quartet-s3");

    private static readonly Lazy<Task<string>> ServiceUrl = new(async () =>
    {
        var port = LocalServer.FreePort();
        var folder = Folder;
        await LocalServer.StartAsync("node_modules/s3rver/bin/s3rver.js",
            ["--directory", folder, "--address", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--configure-bucket", Bucket], port);
        return $"http://127.0.0.1:{port}";
    });

    /// <summary>Where the server keeps the object <paramref name="fullKey"/> (key prefix included) of the test bucket.</summary>
    public static string ObjectFile(string fullKey)
    {
        var parts = fullKey.Split('/');
        return Path.Combine([Folder, Bucket, .. parts[..^1], parts[^1] + "._S3rver_object"]);
    }

    /// <summary>Settings that point a host at the server; <paramref name="keyPrefix"/> defaults to a fresh one.</summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync(string? keyPrefix = null) => new()
    {
        ["Quartet:Blobs:Provider"] = "s3",
        ["Quartet:Blobs:Bucket"] = Bucket,
        ["Quartet:Blobs:KeyPrefix"] = keyPrefix ?? $"t{Guid.NewGuid():N}/",
        ["Quartet:Blobs:ServiceUrl"] = await ServiceUrl.Value,
        ["Quartet:Blobs:ForcePathStyle"] = "true",
        ["Quartet:Blobs:AccessKeyId"] = "S3RVER",
        ["Quartet:Blobs:SecretAccessKey"] = "S3RVER",
    };
}

/// <summary>Blob helpers that work on whichever store a test host uses: the data folder or the local S3 server.</summary>
public static class TestBlobs
{
    /// <summary>
    /// Makes a stored blob look written at <paramref name="utc"/> (for the sweeps' grace periods). On S3 this sets the
    /// modification time of the local server's object file, which is what it reports as LastModified.
    /// </summary>
    public static void SetLastModified(QuartetTestHost host, string key, DateTime utc)
    {
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var path = string.Equals(configuration["Quartet:Blobs:Provider"], "s3", StringComparison.OrdinalIgnoreCase)
            ? LocalS3.ObjectFile(configuration["Quartet:Blobs:KeyPrefix"] + key)
            : Path.Combine(host.DataDir, "blobs", key);
        File.SetLastWriteTimeUtc(path, utc);
    }
}
