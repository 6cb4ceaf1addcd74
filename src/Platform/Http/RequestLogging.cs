using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartet.Platform.Accounts;

namespace Quartet.Platform.Http;

/// <summary>
/// One log line per request (method, path, status, duration) inside a scope carrying the request id, the app and —
/// once authentication has run — the user id, so every log line of the request can be correlated.
/// </summary>
public static class RequestLogging
{
    public static IApplicationBuilder UseQuartetRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Quartet.Request");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var scope = new Dictionary<string, object?>
            {
                ["RequestId"] = context.TraceIdentifier,
                ["App"] = AppOf(context.Request.Path),
            };
            using (logger.BeginScope(scope))
            {
                try
                {
                    await next();
                }
                finally
                {
                    var userId = context.User.TryGetUserId();
                    var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
                    if (logger.IsEnabled(level))
                    {
                        logger.Log(level, "HTTP {Method} {Path} responded {Status} in {ElapsedMs:0.0} ms (user {UserId})",
                            context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                            Stopwatch.GetElapsedTime(started).TotalMilliseconds, userId);
                    }
                }
            }
        });
    }

    private static string AppOf(PathString path)
    {
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments switch
        {
            ["api", var app, ..] => app,
            ["j", ..] => "live",
            ["embed", var app, ..] => app,
            [var first, ..] => first,
            _ => "platform",
        };
    }
}
