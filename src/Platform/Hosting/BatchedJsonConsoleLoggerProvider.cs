using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Quartet.Platform.Hosting;

/// <summary>
/// JSON lines on standard output in the shape of the framework's JSON console logger (its own formatter writes each
/// line), written in batches: the framework's console logger wakes its writer thread and makes one write call per line,
/// which on the request path cost more than formatting the line. The writer thread wakes once per batch window and
/// writes every queued line in one call. A full queue makes the logging thread wait, so no line is dropped; disposing
/// the provider (host shutdown) writes every queued line before it returns.
/// </summary>
[ProviderAlias("Console")]
internal sealed class BatchedJsonConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private const int QueueCapacity = 10_000;
    private static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(5);

    private readonly BlockingCollection<string> lines = new(QueueCapacity);
    private readonly ConsoleFormatter formatter;
    private readonly Thread writer;
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public BatchedJsonConsoleLoggerProvider(IEnumerable<ConsoleFormatter> formatters)
    {
        formatter = formatters.Single(f => f.Name == ConsoleFormatterNames.Json);
        writer = new Thread(WriteBatches) { IsBackground = true, Name = "Quartet log writer" };
        writer.Start();
    }

    public ILogger CreateLogger(string categoryName) => new BatchedLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
        lines.CompleteAdding();
        writer.Join();
        lines.Dispose();
    }

    private void Enqueue(string line)
    {
        try
        {
            lines.Add(line);
        }
        catch (InvalidOperationException)
        {
            // The host is shutting down and the writer has finished: the line is written at once.
            Console.Out.Write(line);
        }
    }

    private void WriteBatches()
    {
        var batch = new StringBuilder();
        // The window is waited after a write, not before it: under load the next batch has gathered by then, so the
        // writer seldom finds the queue empty, where the queue's wait spins before it blocks (CPU a busy server lacks).
        foreach (var first in lines.GetConsumingEnumerable())
        {
            batch.Append(first);
            while (lines.TryTake(out var next))
            {
                batch.Append(next);
            }

            Console.Out.Write(batch.ToString());
            batch.Clear();
            Thread.Sleep(BatchWindow);
        }
    }

    private sealed class BatchedLogger(BatchedJsonConsoleLoggerProvider provider, string category) : ILogger
    {
        private const int KeptBufferCapacity = 16 * 1024;

        [ThreadStatic]
        private static StringWriter? buffer;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var writer = buffer ??= new StringWriter();
            provider.formatter.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), provider.scopes, writer);
            var text = writer.GetStringBuilder();
            if (text.Length == 0)
            {
                return;
            }

            var line = text.ToString();
            text.Clear();
            if (text.Capacity > KeptBufferCapacity)
            {
                text.Capacity = KeptBufferCapacity;
            }

            provider.Enqueue(line);
        }
    }
}
