using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Quartet.Platform.Tests;

public sealed class SmallLimitsHost : SqliteHost
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Quartet:Security:MaxRequestBodyBytes"] = "4096",
        ["Quartet:Security:Framing:0:Path"] = "/embed/parks",
        ["Quartet:Security:Framing:0:Origins:0"] = "https://allowed.example",
    };

    protected override bool Loopback => true;
}

/// <summary>Every error answers problem+json with a stable code, including the ones the framework produces.</summary>
public sealed class HttpErrorTests(SmallLimitsHost fixture) : IClassFixture<SmallLimitsHost>
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Unknown_api_route_is_a_404_problem() =>
        await (await Host.CreateRawClient().GetAsync("/api/does-not-exist")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "NOT_FOUND");

    [Fact]
    public async Task Wrong_method_is_a_405_problem() =>
        await (await Host.CreateRawClient().PutAsync("/api/auth/me", null)).ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");

    [Fact]
    public async Task Wrong_content_type_is_a_415_problem() =>
        await (await Host.CreateRawClient().PostAsync("/api/auth/login", new StringContent("email=a", Encoding.UTF8, "text/plain")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");

    [Theory]
    [InlineData("{\"email\": ")]
    [InlineData("{\"email\": 5, \"password\": []}")]
    [InlineData("[1,2,3]")]
    public async Task Malformed_json_is_a_400_problem(string body) =>
        await (await Host.CreateRawClient().PostAsync("/api/auth/login", new StringContent(body, Encoding.UTF8, "application/json")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "MALFORMED_JSON");

    [Fact]
    public async Task Empty_body_is_a_400_problem() =>
        await (await Host.CreateRawClient().PostAsync("/api/auth/login", new StringContent("", Encoding.UTF8, "application/json")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Oversized_body_is_a_413_problem()
    {
        var huge = "{\"email\":\"" + new string('a', 20_000) + "\",\"password\":\"x\"}";
        await (await Host.CreateRawClient().PostAsync("/api/auth/login", new StringContent(huge, Encoding.UTF8, "application/json")))
            .ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task Bad_query_values_are_400_problems()
    {
        var admin = await Host.CreateUserAsync("admin");
        await (await admin.Client.GetAsync("/api/admin/users?page=abc")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.Client.GetAsync("/api/admin/users?page=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await admin.Client.PostAsync("/api/admin/users/not-a-guid/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Security_headers_are_on_api_health_and_pages()
    {
        var client = Host.CreateRawClient();
        foreach (var path in new[] { "/api/apps", "/health/live", "/", "/shop", "/api/missing" })
        {
            var response = await client.GetAsync(path);
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], path);
            response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin", path);
            response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'", Case.Sensitive, path);
            response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"], path);
        }
    }

    [Fact]
    public async Task Configured_paths_may_be_framed_by_their_allow_list_only()
    {
        var response = await Host.CreateRawClient().GetAsync("/embed/parks");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors https://allowed.example");
        response.Headers.Contains("X-Frame-Options").ShouldBeFalse();
    }

    [Fact]
    public async Task Apps_lists_the_enabled_apps()
    {
        var apps = await (await Host.CreateRawClient().GetAsync("/api/apps")).ReadAsAsync<List<Hosting.AppInfo>>();
        apps.Select(a => a.Key).ShouldBe(["shop", "meals", "live", "parks"]);
    }
}

public sealed class StrictRateLimitHost : SqliteHost
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Quartet:RateLimits:AuthPerMinute"] = "3" };
}

public sealed class RateLimitTests(StrictRateLimitHost fixture) : IClassFixture<StrictRateLimitHost>
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Login_is_rate_limited_per_ip_with_a_429_problem()
    {
        var client = Host.CreateRawClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.test", password = "whatever1" });
            if (last.StatusCode == HttpStatusCode.TooManyRequests)
            {
                break;
            }
        }

        await last!.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        last!.Headers.Contains("Retry-After").ShouldBeTrue();
    }
}
