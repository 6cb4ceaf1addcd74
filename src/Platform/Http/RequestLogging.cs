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
/// One log line per request (method, path, route, status, duration, user) inside a scope carrying the app; the host's
/// own scopes add the request id and the trace and span ids (see QuartetApp.ConfigureLogging), so every log line of the
/// request can be correlated. The request log is on every request's path: its state is a struct that Production's
/// console logger writes as JSON without the framework's formatter (<see cref="RequestCompleted.WriteState"/>), and
/// the scope is one shared object per app.
/// </summary>
public static class RequestLogging
{
    public const string Category = "Quartet.Request";
    private static readonly EventId Completed = new(1, "RequestCompleted");

    public static IApplicationBuilder UseQuartetRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        var apps = new AppNames(app.ApplicationServices.GetRequiredService<ModuleCatalog>());
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            // As requested: the SPA fallback rewrites a page's path to /index.html before the line is written.
            var path = context.Request.Path;
            using (logger.BeginScope(apps.Of(path)))
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
                        var line = new RequestCompleted(context.Request.Method, path.Value,
                            (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText, status,
                            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), context.User.TryGetUserId());
                        logger.Log(level, Completed, line, null, static (line, _) => line.ToString());
                    }
                }
            }
        });
    }

    /// <summary>
    /// The app a path belongs to, as one of a fixed set of scopes (no allocation per request): <c>/api/{app}</c>,
    /// <c>/embed/{app}</c> and the SPA paths each module declares (<see cref="QuartetModule.UiPaths"/>).
    /// </summary>
    private sealed class AppNames(ModuleCatalog modules)
    {
        private readonly AppScope platform = new("platform");
        private readonly AppScope[] apps = [.. modules.Enabled.Select(m => new AppScope(m.Key))];
        private readonly (string Segment, AppScope Scope)[] uiSegments =
        [
            .. modules.Enabled.SelectMany(m => m.UiPaths.Select(path => (path.Trim('/'), new AppScope(m.Key)))),
        ];

        public AppScope Of(PathString path)
        {
            var rest = path.Value.AsSpan().TrimStart('/');
            var first = NextSegment(ref rest);
            if (first.SequenceEqual("api") || first.SequenceEqual("embed"))
            {
                return Known(NextSegment(ref rest));
            }

            foreach (var (segment, scope) in uiSegments)
            {
                if (first.Equals(segment, StringComparison.OrdinalIgnoreCase))
                {
                    return scope;
                }
            }

            return platform;
        }

        private AppScope Known(ReadOnlySpan<char> segment)
        {
            foreach (var app in apps)
            {
                if (segment.Equals(app.App, StringComparison.OrdinalIgnoreCase))
                {
                    return app;
                }
            }

            return platform;
        }

        private static ReadOnlySpan<char> NextSegment(ref ReadOnlySpan<char> rest)
        {
            var end = rest.IndexOf('/');
            var segment = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            return segment;
        }
    }

    /// <summary>The request's scope: read by the log formatter as one property, <c>App</c>.</summary>
    private sealed class AppScope(string app) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?> property = new("App", app);
        private readonly string text = $"App:{app}";

        public string App => app;

        public int Count => 1;

        public KeyValuePair<string, object?> this[int index] =>
            index == 0 ? property : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return property;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => text;
    }
}
