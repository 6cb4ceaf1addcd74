using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartet.Live.Participants;
using Quartet.Platform.Http;

namespace Quartet.Live.Sync;

/// <summary>
/// The one cursor for every transport (S4–S7): plain sync, conditional 304 from memory, long-poll and Server-Sent
/// Events all answer from the in-memory <see cref="SessionState"/>.
/// </summary>
public sealed class SyncResponder(SyncHub hub, IOptions<LiveOptions> options, TimeProvider clock, IHostApplicationLifetime lifetime, PresenceTracker presence, PollPacing pacing)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> heldPolls = new();
    private readonly LiveOptions settings = options.Value;

    public int PollAfterMs => pacing.PollAfterMs;

    public async Task SyncAsync(HttpContext http, SessionState state, Viewer viewer, string holderKey)
    {
        var since = ParseSince(http.Request.Query["since"]);
        var wait = ParseWait(http.Request.Query["wait"]);
        var clientVersion = ParseTag(http.Request.Headers.IfNoneMatch.ToString());

        if (wait > 0 && (clientVersion ?? since) >= state.Version)
        {
            await HoldAsync(http, state, holderKey, clientVersion ?? since, TimeSpan.FromSeconds(wait));
        }

        if (clientVersion is { } held && held >= state.Version)
        {
            NotModified(http, held);
            return;
        }

        var body = state.Build(viewer, since, clock.GetUtcNow().UtcDateTime, PollAfterMs);
        http.Response.Headers.ETag = Tag(body.Version);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(body.Json, http.RequestAborted);
    }

    /// <summary>The answer to a client that holds the current version (or a newer one, from another instance).</summary>
    public static void NotModified(HttpContext http, long held)
    {
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        http.Response.Headers.ETag = Tag(held);
    }

    public async Task StreamAsync(HttpContext http, SessionState state, Viewer viewer, Func<bool>? stillAllowed = null)
    {
        var lastEventId = http.Request.Headers["Last-Event-ID"].ToString();
        var since = lastEventId.Length > 0 ? ParseSince(lastEventId) : ParseSince(http.Request.Query["since"]);
        if (!hub.TryHold(settings.MaxHeldConnections))
        {
            throw RetryLater.Problem(TimeSpan.FromSeconds(5), "TOO_MANY_CONNECTIONS", "The server holds too many streams; poll instead.", StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers["X-Accel-Buffering"] = "no";
            var lifetimeMinutes = settings.StreamMinutes + ((Random.Shared.NextDouble() * 4) - 2);
            using var ends = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            ends.CancelAfter(TimeSpan.FromMinutes(lifetimeMinutes));
            var stopping = Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping);
            var first = true;
            while (!ends.IsCancellationRequested)
            {
                if (stillAllowed is not null && !stillAllowed())
                {
                    await WriteAsync(http, "event: removed\ndata: {}\n\n");
                    return;
                }

                var changed = state.Changed;
                if (first || state.Version > since)
                {
                    var body = state.Build(viewer, since, clock.GetUtcNow().UtcDateTime, PollAfterMs);
                    var prefix = Encoding.UTF8.GetBytes($"id: {body.Version}\nevent: sync\ndata: ");
                    await http.Response.Body.WriteAsync(prefix, ends.Token);
                    await http.Response.Body.WriteAsync(body.Json, ends.Token);
                    await WriteAsync(http, "\n\n");
                    since = body.Version;
                    first = false;
                    continue;
                }

                var ping = Task.Delay(TimeSpan.FromSeconds(15), ends.Token);
                var woke = await Task.WhenAny(changed, ping, stopping);
                if (woke == stopping)
                {
                    var delay = Random.Shared.Next(0, 5001);
                    await WriteAsync(http, $"event: reconnect\ndata: {{\"delayMs\":{delay}}}\n\n");
                    return;
                }

                if (woke == ping && !ends.IsCancellationRequested)
                {
                    if (viewer.Kind == ViewerKind.Participant)
                    {
                        presence.Seen(state.SessionId, viewer.ParticipantId);
                    }

                    await WriteAsync(http, ": ping\n\n");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            hub.Release();
        }
    }

    private async Task HoldAsync(HttpContext http, SessionState state, string holderKey, long version, TimeSpan wait)
    {
        if (!hub.TryHold(settings.MaxHeldConnections))
        {
            return;
        }

        using var mine = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        if (heldPolls.TryGetValue(holderKey, out var previous))
        {
            await previous.CancelAsync();
        }

        heldPolls[holderKey] = mine;
        try
        {
            while (state.Version <= version && !mine.IsCancellationRequested)
            {
                await state.Changed.WaitAsync(wait, clock, mine.Token);
            }
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
        }
        finally
        {
            heldPolls.TryRemove(new KeyValuePair<string, CancellationTokenSource>(holderKey, mine));
            hub.Release();
        }
    }

    private static Task WriteAsync(HttpContext http, string text) =>
        http.Response.WriteAsync(text, http.RequestAborted).ContinueWith(_ => http.Response.Body.FlushAsync(http.RequestAborted), TaskScheduler.Default).Unwrap();

    /// <summary>The platform's version tag, <c>"v{version}"</c>; the 304 test compares versions in memory, not hashes.</summary>
    public static string Tag(long version) => ETags.OfVersion(version, "v");

    public static long? ParseTag(string header) => ETags.VersionOf(header, "v");

    public static long ParseSince(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return 0;
        }

        return long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var since)
            ? since
            : throw new ProblemException(StatusCodes.Status400BadRequest, "BAD_CURSOR", "since must be a non-negative integer version.");
    }

    private static int ParseWait(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return 0;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var wait) && wait >= 1
            ? Math.Min(wait, 25)
            : throw new ProblemException(StatusCodes.Status400BadRequest, "BAD_WAIT", "wait is a number of seconds from 1 to 25.");
    }
}
