using System.Net;

namespace Quartet.Meals.Tests;

/// <summary>
/// Receipts on every blob store: checked by content and size while the upload streams, stored under the detected type,
/// downloaded as an attachment that a browser does not sniff into something else.
/// </summary>
public abstract class ReceiptTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Receipts_are_checked_by_content_and_size()
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Receipt Bar");
        var id = (await user.Client.CreateExpenseAsync(restaurant, 1000, "2025-01-01")).GetProperty("id").GetGuid();
        var path = $"/api/meals/expenses/{id}/receipt";
        await (await user.Client.UploadAsync(path, [0x4D, 0x5A, 0x90, 0x00, 1, 2, 3], "photo.jpg", "image/jpeg"))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "RECEIPT_TYPE_UNSUPPORTED");
        var tooBig = new byte[5_242_881];
        tooBig[0] = 0xFF; tooBig[1] = 0xD8; tooBig[2] = 0xFF;
        await (await user.Client.UploadAsync(path, tooBig, "big.jpg", "image/jpeg")).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "RECEIPT_TOO_LARGE");
        await (await user.Client.UploadAsync(path, [], "empty.pdf", "application/pdf")).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "RECEIPT_TYPE_UNSUPPORTED");
        (await user.Client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nothing refused was stored");

        var pdf = "%PDF-1.4 receipt"u8.ToArray();
        var stored = await (await user.Client.UploadAsync(path, pdf, "scan.png", "image/png")).JsonAsync();
        stored.GetProperty("contentType").GetString().ShouldBe("application/pdf");
        stored.GetProperty("sizeBytes").GetInt64().ShouldBe(pdf.Length);
        var download = await user.Client.GetAsync(path);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("scan.png");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        AssertNotSniffed(download);
    }

    /// <summary>The app's own answer carries <c>X-Content-Type-Options: nosniff</c>.</summary>
    protected virtual void AssertNotSniffed(HttpResponseMessage download) =>
        download.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
}

public sealed class ReceiptTestsOnSqlite(SqliteHost fixture) : ReceiptTests<SqliteHost>(fixture);

public sealed class ReceiptTestsOnPostgres(PostgresHost fixture) : ReceiptTests<PostgresHost>(fixture);

public sealed class ReceiptTestsOnMySql(MySqlHost fixture) : ReceiptTests<MySqlHost>(fixture);

public sealed class ReceiptTestsOnS3(S3Host fixture) : ReceiptTests<S3Host>(fixture)
{
    /// <summary>
    /// S3 cannot add X-Content-Type-Options; the pre-signed URL instead pins the type and the disposition S3 answers
    /// with (response-content-type, response-content-disposition), and the bytes come from the bucket's origin, not the app's.
    /// </summary>
    protected override void AssertNotSniffed(HttpResponseMessage download)
    {
        var served = download.RequestMessage!.RequestUri!;
        served.AbsoluteUri.ShouldContain("/" + LocalS3.Bucket + "/");
        var query = Uri.UnescapeDataString(served.Query);
        query.ShouldContain("response-content-type=application/pdf");
        query.ShouldContain("response-content-disposition=attachment");
    }
}
