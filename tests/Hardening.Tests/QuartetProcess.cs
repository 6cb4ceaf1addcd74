using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Quartet.Hardening.Tests;

/// <summary>
/// The real <c>quartet</c> program (the Release or Debug build output of src/Host) run as a child process on a
/// loopback port, with its output appended to a log under test-results/process-logs (scanned for secrets by
/// scripts/check-log-secrets.sh).
/// </summary>
public sealed class QuartetProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly LogFile log;

    private QuartetProcess(Process process, LogFile log, Uri baseAddress)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The built host, from the same configuration as this test assembly.</summary>
    public static string HostDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            var dll = Path.Combine(TestDatabases.RepositoryRoot, "src", "Host", "bin", configuration, "net10.0", "quartet.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing; build src/Host -c {configuration} first.");
        }
    }

    public static string LogFolder
    {
        get
        {
            var folder = Path.Combine(TestDatabases.RepositoryRoot, "test-results", "process-logs");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Starts <c>quartet serve</c> and waits until <c>/health/live</c> answers.</summary>
    public static async Task<QuartetProcess> ServeAsync(string logName, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var port = FreePort();
        var log = new LogFile(logName);
        var process = Start(["serve", "--urls", $"http://127.0.0.1:{port}", .. args], environment, log);
        var started = new QuartetProcess(process, log, new Uri($"http://127.0.0.1:{port}"));
        using var probe = new HttpClient { BaseAddress = started.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"quartet exited with {process.ExitCode} while starting; see {logName}.log");
            }

            try
            {
                if ((await probe.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return started;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await started.KillAsync();
        throw new TimeoutException($"quartet did not answer /health/live within 90 s; see {logName}.log");
    }

    /// <summary>Runs one command (<c>quartet shop reconcile</c> …) to completion and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string logName, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var output = new StringBuilder();
        using var log = new LogFile(logName);
        using var process = Start(args, environment, log, line =>
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    /// <summary>Starts a long-running command (e.g. <c>parks simulate</c>) without waiting for it.</summary>
    public static QuartetProcess StartCommand(string logName, Uri baseAddress, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var log = new LogFile(logName);
        return new QuartetProcess(Start(args, environment, log), log, baseAddress);
    }

    private static Process Start(string[] args, IReadOnlyDictionary<string, string> environment, LogFile log, Action<string>? onLine = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(HostDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        void Write(string? line)
        {
            if (line is null)
            {
                return;
            }

            log.Write(line);
            onLine?.Invoke(line);
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, exactly what a power cut or an OOM kill does to the process.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
        log.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A process log that ignores lines arriving after it was closed (output events can outlive the process).</summary>
    private sealed class LogFile(string name) : IDisposable
    {
        private readonly StreamWriter writer = new(Path.Combine(LogFolder, name + ".log"), append: true, Encoding.UTF8) { AutoFlush = true };
        private bool closed;

        public void Write(string line)
        {
            lock (writer)
            {
                if (!closed)
                {
                    writer.WriteLine(line);
                }
            }
        }

        public void Dispose()
        {
            lock (writer)
            {
                closed = true;
                writer.Dispose();
            }
        }
    }
}
