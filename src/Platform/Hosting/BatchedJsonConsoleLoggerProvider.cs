using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Quartet.Platform.Http;

namespace Quartet.Platform.Hosting;

/// <summary>
/// JSON lines on standard output in the shape of the framework's JSON console logger, written in batches: the
/// framework's console logger wakes its writer thread and makes one write call per line, which on the request path
/// cost more than formatting the line. The writer thread wakes once per batch window and writes every queued line in
/// one call. A full queue makes the logging thread wait, so no line is dropped; disposing the provider (host shutdown)
/// writes every queued line before it returns.
/// </summary>
/// <remarks>
/// The framework's JSON formatter writes every line but the request log's (<see cref="RequestCompleted"/>), which is
/// on every request's path: that one is written here with the same fields straight into a per-thread UTF-8 buffer
/// (the formatter builds the message and state strings, boxes the numbers and copies the line through a string).
/// </remarks>
[ProviderAlias("Console")]
internal sealed class BatchedJsonConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private const int QueueCapacity = 10_000;
    private static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(5);

    private readonly BlockingCollection<byte[]> lines = new(QueueCapacity);
    private readonly ConsoleFormatter formatter;
    private readonly JsonConsoleFormatterOptions options;
    private readonly Thread writer;
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public BatchedJsonConsoleLoggerProvider(IEnumerable<ConsoleFormatter> formatters, IOptions<JsonConsoleFormatterOptions> options)
    {
        formatter = formatters.Single(f => f.Name == ConsoleFormatterNames.Json);
        this.options = options.Value;
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

    /// <summary>Queues one or more whole lines of UTF-8.</summary>
    /// <remarks>Not rented: buffers rented on request threads and returned on the writer's contend in the shared pool.</remarks>
    private void Enqueue(byte[] line)
    {
        try
        {
            lines.Add(line);
        }
        catch (InvalidOperationException)
        {
            // The host is shutting down and the writer has finished: the line is written at once.
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(line);
        }
    }

    private void WriteBatches()
    {
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 64 * 1024);
        // The window is waited after a write, not before it: under load the next batch has gathered by then, so the
        // writer seldom finds the queue empty, where the queue's wait spins before it blocks (CPU a busy server lacks).
        foreach (var first in lines.GetConsumingEnumerable())
        {
            var line = first;
            do
            {
                stdout.Write(line);
            }
            while (lines.TryTake(out line));

            stdout.Flush();
            Thread.Sleep(BatchWindow);
        }
    }

    private sealed class BatchedLogger(BatchedJsonConsoleLoggerProvider provider, string category) : ILogger
    {
        private const int KeptBufferCapacity = 16 * 1024;

        [ThreadStatic]
        private static StringWriter? text;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            if (typeof(TState) == typeof(RequestCompleted) && exception is null)
            {
                var json = RequestLine.Writer();
                RequestLine.Write(json, provider.options, logLevel, eventId, category, Unsafe.As<TState, RequestCompleted>(ref state), provider.scopes);
                provider.Enqueue(RequestLine.Written.ToArray());
                return;
            }

            var writer = text ??= new StringWriter();
            provider.formatter.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), provider.scopes, writer);
            var line = writer.GetStringBuilder();
            if (line.Length == 0)
            {
                return;
            }

            provider.Enqueue(Encoding.UTF8.GetBytes(line.ToString()));
            line.Clear();
            if (line.Capacity > KeptBufferCapacity)
            {
                line.Capacity = KeptBufferCapacity;
            }
        }
    }

    /// <summary>The request log line in the layout of the framework's JSON formatter (its property names and order).</summary>
    private static class RequestLine
    {
        private static readonly JsonEncodedText TimestampName = JsonEncodedText.Encode("Timestamp");
        private static readonly JsonEncodedText EventIdName = JsonEncodedText.Encode("EventId");
        private static readonly JsonEncodedText LogLevelName = JsonEncodedText.Encode("LogLevel");
        private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode("Category");
        private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("Message");
        private static readonly JsonEncodedText StateName = JsonEncodedText.Encode("State");
        private static readonly JsonEncodedText ScopesName = JsonEncodedText.Encode("Scopes");
        private static readonly JsonEncodedText[] Levels =
            [.. new[] { "Trace", "Debug", "Information", "Warning", "Error", "Critical" }.Select(l => JsonEncodedText.Encode(l))];

        [ThreadStatic]
        private static ArrayBufferWriter<byte>? buffer;

        [ThreadStatic]
        private static Utf8JsonWriter? json;

        /// <summary>The line last written on this thread, with its newline.</summary>
        public static ReadOnlySpan<byte> Written => buffer!.WrittenSpan;

        /// <summary>This thread's writer, reset to an empty buffer.</summary>
        public static Utf8JsonWriter Writer()
        {
            buffer ??= new ArrayBufferWriter<byte>(2048);
            buffer.ResetWrittenCount();
            json ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
            json.Reset(buffer);
            return json;
        }

        public static void Write(Utf8JsonWriter json, JsonConsoleFormatterOptions options, LogLevel level, EventId eventId, string category, in RequestCompleted state, IExternalScopeProvider scopes)
        {
            json.WriteStartObject();
            if (options.TimestampFormat is { } format)
            {
                Span<char> stamp = stackalloc char[64];
                var now = options.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
                json.WriteString(TimestampName, now.TryFormat(stamp, out var length, format, CultureInfo.CurrentCulture) ? stamp[..length] : now.ToString(format, CultureInfo.CurrentCulture));
            }

            json.WriteNumber(EventIdName, eventId.Id);
            json.WriteString(LogLevelName, Levels[(int)level]);
            json.WriteString(CategoryName, category);
            state.WriteMessage(json, MessageName);
            json.WriteStartObject(StateName);
            state.WriteState(json);
            json.WriteEndObject();
            if (options.IncludeScopes)
            {
                json.WriteStartArray(ScopesName);
                scopes.ForEachScope(static (scope, json) => WriteScope(json, scope), json);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.Flush();
            buffer!.Write("\n"u8);
        }

        private static void WriteScope(Utf8JsonWriter json, object? scope)
        {
            switch (scope)
            {
                case IEnumerable<KeyValuePair<string, object?>> items:
                    json.WriteStartObject();
                    json.WriteString(MessageName, scope.ToString());
                    // The host's scopes (trace, connection, request) and the app's are lists: read without an enumerator.
                    if (items is IReadOnlyList<KeyValuePair<string, object?>> list)
                    {
                        for (var i = 0; i < list.Count; i++)
                        {
                            WriteItem(json, list[i]);
                        }
                    }
                    else
                    {
                        foreach (var item in items)
                        {
                            WriteItem(json, item);
                        }
                    }

                    json.WriteEndObject();
                    break;
                default:
                    json.WriteStringValue(Convert.ToString(scope, CultureInfo.InvariantCulture));
                    break;
            }
        }

        /// <summary>As the framework's formatter writes a property: numbers and booleans as such, everything else as text.</summary>
        private static void WriteItem(Utf8JsonWriter json, KeyValuePair<string, object?> item)
        {
            var key = item.Key;
            switch (item.Value)
            {
                case null:
                    json.WriteNull(key);
                    break;
                case string value:
                    json.WriteString(key, value);
                    break;
                case bool value:
                    json.WriteBoolean(key, value);
                    break;
                case byte or sbyte or short or ushort or int or uint or long:
                    json.WriteNumber(key, Convert.ToInt64(item.Value, CultureInfo.InvariantCulture));
                    break;
                case ulong value:
                    json.WriteNumber(key, value);
                    break;
                case float value:
                    json.WriteNumber(key, value);
                    break;
                case double value:
                    json.WriteNumber(key, value);
                    break;
                case decimal value:
                    json.WriteNumber(key, value);
                    break;
                default:
                    json.WriteString(key, Convert.ToString(item.Value, CultureInfo.InvariantCulture));
                    break;
            }
        }
    }
}
