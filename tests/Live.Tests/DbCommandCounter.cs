using System.Diagnostics;

namespace Quartet.Live.Tests;

/// <summary>
/// Counts EF Core database commands issued in the current async flow (the test server preserves the caller's
/// execution context), so background work of the host is not counted.
/// </summary>
public sealed class DbCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<StrongBox> Current = new();
    private static readonly DbCommandCounter Instance = new();
    private static int subscribed;

    /// <summary>
    /// Listens from now on. Call it before the host starts: EF Core decides once per pooled context whether anyone
    /// listens to its events, so a context created before the subscription would never report to the counter.
    /// </summary>
    public static void Subscribe()
    {
        if (Interlocked.Exchange(ref subscribed, 1) == 0)
        {
            DiagnosticListener.AllListeners.Subscribe(Instance);
        }
    }

    public static StrongBox Start()
    {
        Subscribe();
        var box = new StrongBox();
        Current.Value = box;
        return box;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting" && Current.Value is { } box)
        {
            box.Increment();
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public sealed class StrongBox
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Increment() => Interlocked.Increment(ref count);
    }
}
