using System.Collections;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartet.Platform.Accounts;
using Quartet.Platform.Modules;

namespace Quartet.Platform.Http;

/// <summary>
/// One log line per request (method, path, route, status, duration, user, trace id) inside a scope carrying the
/// request id and the app, so every log line of the request can be correlated. The line is source-generated and the
/// scope is one small object: the request log is on every request's path.
/// </summary>
public static partial class RequestLogging
{
    public static IApplicationBuilder UseQuartetRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Quartet.Request");
        var apps = new AppNames(app.ApplicationServices.GetRequiredService<ModuleCatalog>());
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            using (logger.BeginScope(new RequestScope(context.TraceIdentifier, apps.Of(context.Request.Path))))
            {
                try
                {
                    await next(context);
                }
                finally
                {
                    var status = context.Response.StatusCode;
                    var level = status >= 500 ? LogLevel.Error : LogLevel.Information;
                    if (logger.IsEnabled(level))
                    {
                        RequestCompleted(logger, level, context.Request.Method, context.Request.Path.Value,
                            (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText, status,
                            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), context.User.TryGetUserId(),
                            Activity.Current?.TraceId.ToHexString());
                    }
                }
            }
        });
    }

    [LoggerMessage(EventId = 1, EventName = "RequestCompleted",
        Message = "HTTP {Method} {Path} responded {Status} in {ElapsedMs} ms (route {Route}, user {UserId}, trace {TraceId})")]
    private static partial void RequestCompleted(
        ILogger logger, LogLevel level, string method, string? path, string? route, int status, double elapsedMs, Guid? userId, string? traceId);

    /// <summary>The app a path belongs to, as one of a fixed set of strings (no allocation per request).</summary>
    private sealed class AppNames(ModuleCatalog modules)
    {
        private const string Platform = "platform";
        private readonly string[] keys = [.. modules.Enabled.Select(m => m.Key)];

        public string Of(PathString path)
        {
            var rest = path.Value.AsSpan().TrimStart('/');
            var first = NextSegment(ref rest);
            if (first.SequenceEqual("api") || first.SequenceEqual("embed"))
            {
                return Known(NextSegment(ref rest));
            }

            return first.SequenceEqual("j") ? Known("live") : Known(first);
        }

        private string Known(ReadOnlySpan<char> segment)
        {
            foreach (var key in keys)
            {
                if (segment.Equals(key, StringComparison.OrdinalIgnoreCase))
                {
                    return key;
                }
            }

            return Platform;
        }

        private static ReadOnlySpan<char> NextSegment(ref ReadOnlySpan<char> rest)
        {
            var end = rest.IndexOf('/');
            var segment = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            return segment;
        }
    }

    /// <summary>The request's scope: read by the log formatter as two properties.</summary>
    private sealed class RequestScope(string requestId, string app) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 2;

        public KeyValuePair<string, object?> this[int index] => index switch
        {
            0 => new("RequestId", requestId),
            1 => new("App", app),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
            yield return this[1];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"RequestId:{requestId} App:{app}";
    }
}
