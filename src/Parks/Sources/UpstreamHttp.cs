using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Quartet.Parks.Sources;

/// <summary>
/// GETs JSON from an upstream with the collection rules: per-request timeout, 3 tries with 2 s / 4 s (±20 %) waits on
/// timeouts, connection errors and 408/429/500/502/503/504 only (Retry-After honoured up to a cap), bodies over 10 MB or
/// not JSON fail at once.
/// </summary>
public sealed class UpstreamHttp(HttpClient http, IOptions<ParksOptions> options)
{
    public const long MaxBodyBytes = 10 * 1024 * 1024;

    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.RequestTimeout, HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError,
        HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    public async Task<Fetched<JsonDocument>> GetJsonAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var retry = options.Value.Collection.Retry;
        var attempts = 0;
        HttpStatusCode? lastStatus = null;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, retry.Tries - 1),
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromSeconds(retry.FirstDelaySeconds),
                UseJitter = false,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => Transient.Contains(r.StatusCode)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(DelayFor(args.AttemptNumber, args.Outcome.Result, retry)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(timeout)
            .Build();

        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(async ct =>
            {
                attempts++;
                var request = new HttpRequestMessage(HttpMethod.Get, url);
                var result = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                lastStatus = result.StatusCode;
                return result;
            }, cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            throw new SourceException("TIMEOUT", $"{url} timed out after {attempts} tries", (int?)lastStatus, attempts);
        }
        catch (HttpRequestException e)
        {
            throw new SourceException("CONNECTION_ERROR", $"{url}: {e.Message}", null, attempts);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var code = response.StatusCode == HttpStatusCode.NotFound ? "HTTP_404" : $"HTTP_{(int)response.StatusCode}";
                throw new SourceException(code, $"{url} answered {(int)response.StatusCode}", (int)response.StatusCode, attempts);
            }

            if (response.Content.Headers.ContentLength > MaxBodyBytes)
            {
                throw new SourceException("BODY_TOO_LARGE", $"{url} body exceeds 10 MB", (int)response.StatusCode, attempts);
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var limited = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (limited.Length + read > MaxBodyBytes)
                {
                    throw new SourceException("BODY_TOO_LARGE", $"{url} body exceeds 10 MB", (int)response.StatusCode, attempts);
                }

                limited.Write(buffer, 0, read);
            }

            limited.Position = 0;
            try
            {
                return new Fetched<JsonDocument>(await JsonDocument.ParseAsync(limited, cancellationToken: cancellationToken), attempts);
            }
            catch (JsonException)
            {
                throw new SourceException("MALFORMED_BODY", $"{url} did not return valid JSON", (int)response.StatusCode, attempts);
            }
        }
    }

    private static TimeSpan DelayFor(int attemptNumber, HttpResponseMessage? response, RetryOptions retry)
    {
        if (response?.StatusCode == HttpStatusCode.TooManyRequests && response.Headers.RetryAfter?.Delta is { } retryAfter)
        {
            return TimeSpan.FromSeconds(Math.Min(retryAfter.TotalSeconds, retry.MaxRetryAfterSeconds));
        }

        var baseDelay = retry.FirstDelaySeconds * Math.Pow(2, attemptNumber);
        var jitter = 1 + ((Random.Shared.NextDouble() * 0.4) - 0.2);
        return TimeSpan.FromSeconds(baseDelay * jitter);
    }
}

/// <summary>Thrown by the JSON readers when a payload has the wrong shape; a non-retryable failure.</summary>
public static class Json
{
    public static SourceException Malformed(string what, int attempts) => new("MALFORMED_BODY", $"unexpected payload shape: {what}", 200, attempts);

    public static string? Str(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            }
            : null;

    public static int? Int(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d)
            ? (int)Math.Round(d)
            : null;

    public static bool? Bool(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? v.GetBoolean()
            : null;

    public static JsonElement? Obj(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public static IEnumerable<JsonElement> Arr(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    public static DateTime? Time(this JsonElement e, string name) =>
        DateTimeOffset.TryParse(e.Str(name), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t)
            ? t.UtcDateTime
            : null;
}
