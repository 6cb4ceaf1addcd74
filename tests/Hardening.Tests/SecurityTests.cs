using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Quartet.Platform.Accounts;

namespace Quartet.Hardening.Tests;

/// <summary>Item 5 through the balancer: security headers on every kind of route, cookie flags, CSRF.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SecurityTests(ThreeInstancesBehindNginx cluster) : SecurityScenarios<ThreeInstancesBehindNginx>(cluster);

/// <summary>The same on the MySQL cluster (shared with <see cref="ScaleOutOnMySqlTests"/>).</summary>
[Collection(MySqlClusterCollection.Name)]
public sealed class SecurityOnMySqlTests(ThreeMySqlInstancesBehindNginx cluster) : SecurityScenarios<ThreeMySqlInstancesBehindNginx>(cluster);

public abstract class SecurityScenarios<TCluster>(TCluster cluster)
    where TCluster : ThreeInstancesBehindNginx
{
    [Fact]
    public async Task Every_route_type_carries_the_security_headers_and_only_the_embed_may_be_framed()
    {
        using var client = new HttpClient { BaseAddress = cluster.Balancer };
        var index = await client.GetStringAsync("/");
        var asset = Regex.Match(index, "/assets/[^\"']+\\.js").Value;
        asset.ShouldNotBeEmpty("the SPA build is missing: build src/Host without SkipWebBuild");
        var routes = new Dictionary<string, string>
        {
            ["API, refused"] = "/api/auth/me",
            ["API, answered"] = "/api/parks/meta",
            ["API, unknown path"] = "/api/nothing-here",
            ["SPA page"] = "/shop",
            ["SPA root"] = "/",
            ["static asset"] = asset,
            ["embed"] = "/embed/parks",
            ["docs"] = "/docs/index.html",
            ["OpenAPI document"] = "/openapi/shop.json",
            ["health"] = "/health/live",
        };
        var failures = new List<string>();
        foreach (var (kind, path) in routes)
        {
            using var response = await client.GetAsync(path);
            string? Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
                : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : null;
            void Expect(bool ok, string what)
            {
                if (!ok)
                {
                    failures.Add($"{kind} {path} ({(int)response.StatusCode}): {what}");
                }
            }

            var csp = Header("Content-Security-Policy") ?? "";
            Expect((int)response.StatusCode < 500, "answered 5xx");
            Expect(Header("X-Content-Type-Options") == "nosniff", "X-Content-Type-Options: nosniff");
            Expect(Header("Referrer-Policy") == "strict-origin-when-cross-origin", "Referrer-Policy");
            Expect(Header("Permissions-Policy")?.Contains("camera=()", StringComparison.Ordinal) == true, "Permissions-Policy");
            Expect(csp.Contains("default-src 'self'", StringComparison.Ordinal) && csp.Contains("object-src 'none'", StringComparison.Ordinal), "CSP default-src/object-src");
            if (kind == "embed")
            {
                Expect(csp.Contains($"frame-ancestors {ThreeInstancesBehindNginx.EmbedOrigin}", StringComparison.Ordinal), "embed: frame-ancestors the configured origin");
                Expect(Header("X-Frame-Options") is null, "embed: no X-Frame-Options");
            }
            else
            {
                Expect(csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal), "frame-ancestors 'none'");
                Expect(Header("X-Frame-Options") == "DENY", "X-Frame-Options: DENY");
            }
        }

        failures.ShouldBeEmpty();
    }

    /// <summary>A client connecting from the proxy's address, as a TLS-terminating balancer would (only it is believed about X-Forwarded-Proto).</summary>
    private static HttpClient ClientFromTheTrustedProxy(Uri instance) => new(new SocketsHttpHandler
    {
        UseCookies = false,
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(ThreeInstancesBehindNginx.ProxyAddress), 0));
            await socket.ConnectAsync(context.DnsEndPoint, ct);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    { BaseAddress = instance };

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_HttpOnly_SameSite_and_Secure_behind_a_TLS_proxy()
    {
        var user = await cluster.Hosts[0].CreateUserAsync();
        using var client = ClientFromTheTrustedProxy(cluster.Hosts[1].BaseAddress!);
        var login = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email = user.Email, password = user.Password }) };
        login.Headers.Add("X-Forwarded-Proto", "https");
        using var signedIn = await client.SendAsync(login);
        signedIn.EnsureSuccessStatusCode();
        var session = Cookie(signedIn, AuthSchemes.CookieName);
        session.ShouldContain("httponly");
        session.ShouldContain("secure");
        session.ShouldContain("samesite=lax");

        var csrf = new HttpRequestMessage(HttpMethod.Get, "/api/auth/csrf");
        csrf.Headers.Add("X-Forwarded-Proto", "https");
        csrf.Headers.Add("Cookie", $"{AuthSchemes.CookieName}={Regex.Match(session, "^[^=]+=([^;]*)").Groups[1].Value}");
        using var tokens = await client.SendAsync(csrf);
        tokens.EnsureSuccessStatusCode();
        var readable = Cookie(tokens, AntiforgerySetup.ReadableCookieName);
        readable.ShouldNotContain("httponly", customMessage: "the SPA reads this one to echo it in X-XSRF-TOKEN");
        readable.ShouldContain("secure");
        readable.ShouldContain("samesite=strict");
        var hidden = Cookie(tokens, "quartet.af");
        hidden.ShouldContain("httponly");
        hidden.ShouldContain("secure");
        hidden.ShouldContain("samesite=strict");
    }

    [Fact]
    public async Task A_cookie_signed_in_write_without_the_antiforgery_token_is_refused_and_with_it_accepted_on_any_instance()
    {
        var user = await cluster.Hosts[0].CreateUserAsync();
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = cluster.Balancer };
        (await browser.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = user.Password })).EnsureSuccessStatusCode();

        await (await browser.PostAsJsonAsync("/api/meals/restaurants", new { name = "Forged", city = "Nowhere" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "CSRF_TOKEN_INVALID");
        var forged = new HttpRequestMessage(HttpMethod.Post, "/api/meals/restaurants") { Content = JsonContent.Create(new { name = "Forged", city = "Nowhere" }) };
        forged.Headers.Add(AntiforgerySetup.HeaderName, "not-the-token");
        await (await browser.SendAsync(forged)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "CSRF_TOKEN_INVALID");

        (await browser.GetAsync("/api/auth/csrf")).EnsureSuccessStatusCode();
        var token = cookies.GetCookies(cluster.Balancer)[AntiforgerySetup.ReadableCookieName]!.Value;
        for (var i = 0; i < 3; i++)
        {
            var genuine = new HttpRequestMessage(HttpMethod.Post, "/api/meals/restaurants") { Content = JsonContent.Create(new { name = $"Genuine {i}", city = "Town" }) };
            genuine.Headers.Add(AntiforgerySetup.HeaderName, token);
            var answer = await browser.SendAsync(genuine);
            answer.StatusCode.ShouldBe(HttpStatusCode.Created, await answer.Content.ReadAsStringAsync());
        }

        var restaurants = await (await browser.GetAsync("/api/meals/restaurants")).Content.ReadAsStringAsync();
        restaurants.ShouldNotContain("Forged");
    }

    private static string Cookie(HttpResponseMessage response, string name)
    {
        var header = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal)) : null;
        header.ShouldNotBeNull($"no Set-Cookie for {name}");
        return header.ToLowerInvariant();
    }
}

/// <summary>The same topology with a low login rate limit (10 per client IP per minute on each instance).</summary>
public class RateLimitedCluster : ThreeInstancesBehindNginx
{
    public const int Limit = 10;

    protected override int AuthPerMinute => Limit;
}

/// <summary>The rate-limited topology on one MySQL deployment.</summary>
public sealed class RateLimitedMySqlCluster : RateLimitedCluster
{
    protected override TestProvider Provider => TestProvider.MySql;
}

public sealed class LoginRateLimitTests(RateLimitedCluster cluster, Xunit.Abstractions.ITestOutputHelper output)
    : LoginRateLimitScenarios<RateLimitedCluster>(cluster, output), IClassFixture<RateLimitedCluster>;

public sealed class LoginRateLimitOnMySqlTests(RateLimitedMySqlCluster cluster, Xunit.Abstractions.ITestOutputHelper output)
    : LoginRateLimitScenarios<RateLimitedMySqlCluster>(cluster, output), IClassFixture<RateLimitedMySqlCluster>;

public abstract class LoginRateLimitScenarios<TCluster>(TCluster cluster, Xunit.Abstractions.ITestOutputHelper output)
    where TCluster : RateLimitedCluster
{
    /// <summary>
    /// The limiter is in memory per instance (finding F3 in docs/reliability.md): through a round-robin balancer one
    /// client gets up to Limit × instances attempts a minute, never more, and is then refused with 429.
    /// </summary>
    [Fact]
    public async Task Login_attempts_through_the_balancer_are_rate_limited_per_client()
    {
        using var client = new HttpClient { BaseAddress = cluster.Balancer };
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < (RateLimitedCluster.Limit * 3) + 15; i++)
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { email = $"nobody{i}@example.test", password = "wrong-pass-1" });
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
            }
        }

        answers.ShouldNotContain(s => (int)s >= 500);
        var admitted = answers.Count(s => s != HttpStatusCode.TooManyRequests);
        output.WriteLine($"{answers.Count} login attempts through the balancer, {admitted} admitted, limit {RateLimitedCluster.Limit} per instance");
        admitted.ShouldBeGreaterThanOrEqualTo(RateLimitedCluster.Limit);
        admitted.ShouldBeLessThanOrEqualTo(RateLimitedCluster.Limit * cluster.Hosts.Count);
        answers.TakeLast(5).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }

    /// <summary>
    /// Finding F2, fixed: only the configured proxy (nginx, bound to <see cref="ThreeInstancesBehindNginx.ProxyAddress"/>)
    /// is believed about X-Forwarded-For, so a client reaching an instance directly cannot pick a fresh rate-limit
    /// partition per request by spoofing the header.
    /// </summary>
    [Fact]
    public async Task Spoofed_forwarded_for_headers_sent_directly_to_an_instance_do_not_evade_the_login_limit()
    {
        using var client = cluster.Hosts[2].CreateRawClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedCluster.Limit + 5; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email = $"spoof{i}@example.test", password = "wrong-pass-1" }) };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            answers.Add((await client.SendAsync(request)).StatusCode);
        }

        answers.Count(s => s != HttpStatusCode.TooManyRequests).ShouldBeLessThanOrEqualTo(RateLimitedCluster.Limit);
        answers.TakeLast(5).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }
}
