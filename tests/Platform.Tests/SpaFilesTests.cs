using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Quartet.Platform.Http;

namespace Quartet.Platform.Tests;

/// <summary>What browsers and crawlers get for the SPA's files: long-lived hashed assets, real 404s, real robots.txt.</summary>
public sealed partial class SpaFilesTests(SqliteHost fixture) : IClassFixture<SqliteHost>
{
    private readonly HttpClient client = fixture.Host.CreateRawClient();

    [Fact]
    public async Task The_page_is_revalidated_and_its_hashed_assets_are_cached_for_a_year()
    {
        var page = await client.GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.CacheControl!.NoCache.ShouldBeTrue();
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<meta name=\"description\"");

        var assets = AssetReference().Matches(html).Select(m => m.Value).ToList();
        assets.ShouldNotBeEmpty();
        foreach (var asset in assets)
        {
            var response = await client.GetAsync(asset);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, asset);
            response.Headers.CacheControl!.ToString().ShouldBe(SpaFiles.ImmutableCaching, asset);
        }
    }

    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("", null)]
    public async Task The_entry_script_comes_compressed_at_build_time_in_the_best_accepted_encoding(string acceptEncoding, string? expected)
    {
        var entry = EntryScript().Match(await client.GetStringAsync("/")).Value;
        var identity = await client.GetByteArrayAsync(entry);

        using var request = new HttpRequestMessage(HttpMethod.Get, entry);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        response.Headers.CacheControl!.ToString().ShouldBe(SpaFiles.ImmutableCaching);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (expected is null)
        {
            response.Content.Headers.ContentEncoding.ShouldBeEmpty();
            body.ShouldBe(identity);
            return;
        }

        response.Content.Headers.ContentEncoding.ShouldBe([expected]);
        body.Length.ShouldBeLessThan(identity.Length / 2);
        await using Stream decoder = expected == "br"
            ? new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        decoded.ToArray().ShouldBe(identity);
    }

    [Fact]
    public async Task A_compressed_copy_is_not_served_by_its_own_name()
    {
        var entry = EntryScript().Match(await client.GetStringAsync("/")).Value;
        (await client.GetAsync(entry + ".br")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/assets/index-00000000.js")]
    [InlineData("/assets/nested/missing.css")]
    [InlineData("/favicon.ico")]
    [InlineData("/apple-touch-icon.png")]
    public async Task A_missing_file_is_404_not_the_app(string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<div id=\"root\">");
    }

    [Fact]
    public async Task Robots_txt_and_the_icon_are_real_files()
    {
        var robots = await client.GetAsync("/robots.txt");
        robots.StatusCode.ShouldBe(HttpStatusCode.OK);
        robots.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        (await robots.Content.ReadAsStringAsync()).ShouldStartWith("User-agent: *");

        var icon = await client.GetAsync("/favicon.svg");
        icon.StatusCode.ShouldBe(HttpStatusCode.OK);
        icon.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
    }

    [Theory]
    [InlineData("/shop/orders")]
    [InlineData("/j/TEAM42")]
    [InlineData("/parks/park/1")]
    [InlineData("/meals/expenses/new")]
    public async Task Client_side_routes_still_get_the_app(string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("<div id=\"root\">");
    }

    [GeneratedRegex("/assets/index-[^\"]+\\.js")]
    private static partial Regex EntryScript();

    [GeneratedRegex("/assets/[^\"]+\\.(?:js|css)")]
    private static partial Regex AssetReference();
}
