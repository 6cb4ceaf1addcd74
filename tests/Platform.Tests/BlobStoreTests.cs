using System.Net;
using System.Text;
using Quartet.Platform.Blobs;

namespace Quartet.Platform.Tests;

public sealed class BlobStoreTests(SqliteHost fixture) : IClassFixture<SqliteHost>
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task A_signed_url_serves_the_blob_and_a_tampered_or_expired_one_does_not()
    {
        var store = Host.Services.GetRequiredService<FileSystemBlobStore>();
        await store.PutAsync("tests/hello.txt", new MemoryStream(Encoding.UTF8.GetBytes("hello")), "text/plain", CancellationToken.None);
        var client = Host.CreateRawClient();

        var url = store.GetSignedUrl("tests/hello.txt", TimeSpan.FromMinutes(5));
        var ok = await client.GetAsync(url);
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ok.Content.ReadAsStringAsync()).ShouldBe("hello");
        ok.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");

        await (await client.GetAsync(url.Replace("hello.txt", "other.txt", StringComparison.Ordinal))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "BLOB_SIGNATURE_INVALID");
        await (await client.GetAsync(store.GetSignedUrl("tests/hello.txt", TimeSpan.FromMinutes(-1)))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "BLOB_SIGNATURE_INVALID");
        await (await client.GetAsync("/blobs/tests/hello.txt")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "BLOB_SIGNATURE_INVALID");
        await (await client.GetAsync(store.GetSignedUrl("tests/missing.txt", TimeSpan.FromMinutes(5)))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "BLOB_NOT_FOUND");

        await store.DeleteAsync("tests/hello.txt", CancellationToken.None);
        (await store.OpenReadAsync("tests/hello.txt", CancellationToken.None)).ShouldBeNull();
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("UPPER/case")]
    [InlineData("a//b")]
    public void Keys_that_could_escape_the_store_are_refused(string key) =>
        Should.Throw<ArgumentException>(() => Host.Services.GetRequiredService<FileSystemBlobStore>().GetSignedUrl(key, TimeSpan.FromMinutes(1)));
}
