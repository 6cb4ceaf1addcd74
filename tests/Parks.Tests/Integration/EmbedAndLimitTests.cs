using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Quartet.Parks.Tests.Integration;

/// <summary>A host with tiny public and audit budgets, so the limits show after a handful of requests.</summary>
public sealed class LimitedHost : SqliteHost
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Parks:RateLimit:PerMinute"] = "5",
        ["Parks:RateLimit:AuditPerMinute"] = "2",
    };
}

public sealed class RateLimitTests(LimitedHost fixture) : IClassFixture<LimitedHost>
{
    [Fact]
    public async Task Public_endpoints_and_the_audit_trace_answer_429_RATE_LIMITED_with_Retry_After_past_their_budgets()
    {
        var client = fixture.Host.CreateRawClient();
        for (var i = 0; i < 2; i++)
        {
            (await client.GetAsync("/api/parks/audit?metric=vibes&id=x")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var audit = await client.GetAsync("/api/parks/audit?metric=vibes&id=x");
        await audit.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        audit.Headers.RetryAfter.ShouldNotBeNull();

        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync("/api/parks/meta")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var limited = await client.GetAsync("/api/parks/rankings/parks");
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        limited.Headers.RetryAfter.ShouldNotBeNull();
    }
}

/// <summary>The embed allow-list has one source: the platform's framing rule for /embed/parks, defaulted by the module.</summary>
public sealed class EmbedAllowListTests(SqliteHost fixture) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Without_configuration_the_embed_may_be_framed_by_self_and_Shopify_stores_and_the_page_posts_to_the_same_list()
    {
        var client = fixture.Host.CreateRawClient();
        var embed = await client.GetAsync("/embed/parks");
        embed.Headers.GetValues("Content-Security-Policy").Single().ShouldEndWith("frame-ancestors 'self' https://*.myshopify.com");
        embed.Headers.Contains("X-Frame-Options").ShouldBeFalse();
        (await client.GetAsync("/parks")).Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");

        var meta = await (await client.GetAsync("/api/parks/meta")).Content.ReadFromJsonAsync<JsonElement>();
        meta.GetProperty("embedAncestors").EnumerateArray().Select(e => e.GetString()).ShouldBe(["https://*.myshopify.com"]);
    }

    [Theory]
    [InlineData("http://blog.example")]
    [InlineData("https://blog.example/path")]
    [InlineData("*")]
    public async Task An_invalid_allow_list_entry_stops_start_up(string origin)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Quartet:Security:Framing:0:Path"] = "/embed/parks",
            ["Quartet:Security:Framing:0:Origins:0"] = origin,
        };

        var error = await Should.ThrowAsync<Exception>(() => QuartetTestHost.StartAsync(TestProvider.Sqlite, settings));

        error.ToString().ShouldContain("/embed/parks");
    }

    [Fact]
    public async Task A_configured_rule_replaces_the_default_for_both_the_header_and_the_page()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Quartet:Security:Framing:0:Path"] = "/embed/parks",
            ["Quartet:Security:Framing:0:Origins:0"] = "'self'",
            ["Quartet:Security:Framing:0:Origins:1"] = "https://shop.example",
        });
        var client = host.CreateRawClient();

        (await client.GetAsync("/embed/parks")).Headers.GetValues("Content-Security-Policy").Single().ShouldEndWith("frame-ancestors 'self' https://shop.example");
        var meta = await (await client.GetAsync("/api/parks/meta")).Content.ReadFromJsonAsync<JsonElement>();
        meta.GetProperty("embedAncestors").EnumerateArray().Select(e => e.GetString()).ShouldBe(["https://shop.example"]);
    }
}
