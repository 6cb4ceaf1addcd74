// Load generator for Caja Live scenarios that wrk cannot drive (bench/live/RESULTS.md); runs as its own process.
//   sse   BASE TOKENS STREAMS SECONDS VOTES_PER_SECOND  open SSE streams, vote at a fixed rate, time each vote's arrival on every stream
//   joins BASE CODE COUNT CONCURRENCY [RATE]             a join storm with 10 % clashing nicknames, retrying JOIN_BUSY like a phone;
//                                                        with RATE, join i starts at i / RATE seconds (open loop, the spec's
//                                                        "5,000 joins in 10 s"), CONCURRENCY only caps what is in flight
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
using var http = new HttpClient(handler) { BaseAddress = new Uri(args[1]), Timeout = Timeout.InfiniteTimeSpan };
return args[0] switch
{
    "sse" => await Sse.RunAsync(http, args[2], int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture), int.Parse(args[5], CultureInfo.InvariantCulture)),
    "joins" => await Joins.RunAsync(http, args[2], int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture),
        args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 0),
    _ => throw new ArgumentException("sse | joins"),
};

internal static class Stats
{
    public static string Summary(List<double> ms)
    {
        if (ms.Count == 0)
        {
            return "no samples";
        }

        ms.Sort();
        double P(double q) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"n={ms.Count} p50={P(0.5):0} ms p90={P(0.9):0} ms p99={P(0.99):0} ms max={ms[^1]:0} ms");
    }
}

internal static partial class Sse
{
    [GeneratedRegex("\"respondents\":(\\d+)")]
    private static partial Regex Respondents();

    public static async Task<int> RunAsync(HttpClient http, string tokensFile, int streams, int seconds, int votesPerSecond)
    {
        var lines = File.ReadAllLines(tokensFile);
        var header = lines.First(l => l.StartsWith("# session", StringComparison.Ordinal)).Split(' ');
        var (session, activity) = (header[2], header[4]);
        var tokens = lines.Where(l => l.StartsWith("v1.", StringComparison.Ordinal)).ToArray();
        var votes = votesPerSecond * seconds;
        if (tokens.Length < streams || tokens.Length < votes)
        {
            throw new ArgumentException($"need {Math.Max(streams, votes)} tokens, have {tokens.Length}");
        }

        var clock = Stopwatch.StartNew();
        var ackedAt = new double[votes + 1];
        var latencies = new ConcurrentBag<double>();
        var connected = 0;
        var failed = 0;
        var seenAll = new int[streams];
        using var stop = new CancellationTokenSource();

        async Task StreamAsync(int index)
        {
            var seen = 0;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/live/p/{session}/stream");
                request.Headers.Authorization = new AuthenticationHeaderValue("Participant", tokens[index]);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
                response.EnsureSuccessStatusCode();
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
                var first = true;
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    if (!line.StartsWith("data: ", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (first)
                    {
                        first = false;
                        Interlocked.Increment(ref connected);
                    }

                    var now = clock.Elapsed.TotalMilliseconds;
                    foreach (Match m in Respondents().Matches(line))
                    {
                        var count = Math.Min(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), votes);
                        for (var k = seen + 1; k <= count; k++)
                        {
                            if (Volatile.Read(ref ackedAt[k]) is > 0 and var acked)
                            {
                                latencies.Add(now - acked);
                            }
                        }

                        seen = Math.Max(seen, count);
                    }

                    seenAll[index] = seen;
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception e)
            {
                if (Interlocked.Increment(ref failed) == 1)
                {
                    Console.WriteLine($"first stream failure: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        var tasks = new List<Task>(streams);
        for (var i = 0; i < streams; i++)
        {
            var index = i;
            tasks.Add(Task.Run(() => StreamAsync(index)));
            if (i % 500 == 499)
            {
                await Task.Delay(100);
            }
        }

        var opening = Stopwatch.StartNew();
        while (Volatile.Read(ref connected) + Volatile.Read(ref failed) < streams && opening.Elapsed < TimeSpan.FromSeconds(120))
        {
            await Task.Delay(250);
        }

        Console.WriteLine($"streams open: {connected} of {streams} in {opening.Elapsed.TotalSeconds:0.0} s ({failed} failed)");
        var acked = 0;
        var ackLatencies = new ConcurrentBag<double>();
        var errors = 0;
        var voting = Stopwatch.StartNew();
        var sends = new List<Task>();
        for (var v = 0; v < votes; v++)
        {
            var due = TimeSpan.FromSeconds((double)v / votesPerSecond);
            if (due > voting.Elapsed)
            {
                await Task.Delay(due - voting.Elapsed);
            }

            var token = tokens[v];
            var choice = v % 4;
            sends.Add(Task.Run(async () =>
            {
                var started = clock.Elapsed.TotalMilliseconds;
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/live/p/{session}/activities/{activity}/responses")
                {
                    Content = new StringContent($"{{\"choices\":[{choice}]}}", Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Participant", token);
                using var response = await http.SendAsync(request);
                var now = clock.Elapsed.TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                {
                    var k = Interlocked.Increment(ref acked);
                    Volatile.Write(ref ackedAt[k], now);
                    ackLatencies.Add(now - started);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }));
        }

        await Task.WhenAll(sends);
        await Task.Delay(3000);
        await stop.CancelAsync();
        await Task.WhenAll(tasks);
        var complete = seenAll.Count(s => s >= acked);
        Console.WriteLine($"votes: {acked} acknowledged, {errors} errors, ack latency {Stats.Summary([.. ackLatencies])}");
        Console.WriteLine($"vote -> stream visibility over {connected} streams: {Stats.Summary([.. latencies])}");
        Console.WriteLine($"streams that saw every vote: {complete} of {connected}");
        return 0;
    }
}

internal static class Joins
{
    public static async Task<int> RunAsync(HttpClient http, string code, int count, int concurrency, int rate)
    {
        var latencies = new ConcurrentBag<double>();
        var names = new ConcurrentBag<string>();
        var busy = 0;
        var serverErrors = 0;
        var other = 0;
        var gate = new SemaphoreSlim(concurrency);
        var clock = Stopwatch.StartNew();
        var lastJoined = 0.0;
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            // 10 % pick a name already taken, so the server suffixes them.
            var nickname = i % 10 == 9 ? $"Guest {i - 9}" : $"Guest {i}";
            if (rate > 0 && TimeSpan.FromSeconds((double)i / rate) - clock.Elapsed is { TotalMilliseconds: > 0 } due)
            {
                await Task.Delay(due);
            }

            await gate.WaitAsync();
            try
            {
                while (true)
                {
                    var started = clock.Elapsed.TotalMilliseconds;
                    using var response = await http.PostAsync("/api/live/join",
                        new StringContent($"{{\"code\":\"{code}\",\"nickname\":\"{nickname}\"}}", Encoding.UTF8, "application/json"));
                    var now = clock.Elapsed.TotalMilliseconds;
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        Interlocked.Increment(ref busy);
                        var wait = Regex.Match(body, "\"retryAfterMs\":(\\d+)") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 1000;
                        await Task.Delay(wait);
                        continue;
                    }

                    if ((int)response.StatusCode >= 500)
                    {
                        Interlocked.Increment(ref serverErrors);
                    }
                    else if (response.IsSuccessStatusCode)
                    {
                        latencies.Add(now - started);
                        names.Add(Regex.Match(body, "\"nickname\":\"([^\"]*)\"").Groups[1].Value);
                        lock (latencies)
                        {
                            lastJoined = Math.Max(lastJoined, now);
                        }
                    }
                    else
                    {
                        Interlocked.Increment(ref other);
                    }

                    return;
                }
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"joined {latencies.Count} of {count} in {lastJoined / 1000:0.00} s; JOIN_BUSY answers {busy}; 5xx {serverErrors}; other errors {other}"));
        Console.WriteLine($"join latency (waits excluded): {Stats.Summary([.. latencies])}");
        Console.WriteLine($"distinct nicknames: {names.Distinct().Count()} of {names.Count}");
        return 0;
    }
}
