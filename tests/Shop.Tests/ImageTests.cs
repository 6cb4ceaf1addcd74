using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Quartet.Shop.Tests;

/// <summary>Spec 4.4 and §8.2: image size, type by signature, dimensions, and signed URLs.</summary>
public abstract class ImageTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    private async Task<HttpResponseMessage> UploadAsync(Guid product, byte[] bytes, string fileName = "photo.jpg", string contentType = "image/jpeg")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await (await kit.AdminAsync()).Client.PutAsync($"/api/shop/admin/products/{product}/image", form);
    }

    private Task<string?> ImageKeyAsync(Guid product) => kit.QueryAsync(db => db.Products.Where(p => p.Id == product).Select(p => p.ImageKey).SingleAsync());

    [Fact]
    public async Task An_image_of_512001_bytes_is_413_and_512000_is_fine()
    {
        var product = await kit.ProductAsync();
        var tooBig = new byte[512_001];
        Images.Jpeg(100, 100).CopyTo(tooBig, 0);
        await (await UploadAsync(product, tooBig)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "IMAGE_TOO_LARGE");
        (await ImageKeyAsync(product)).ShouldBeNull();

        var justRight = new byte[512_000];
        Images.Jpeg(100, 100).CopyTo(justRight, 0);
        (await UploadAsync(product, justRight)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_jpeg_whose_frame_header_follows_large_metadata_segments_is_measured_while_streaming()
    {
        var product = await kit.ProductAsync();
        var image = new MemoryStream();
        image.Write([0xFF, 0xD8]);
        for (var segment = 0; segment < 2; segment++)
        {
            // Two 60,000-byte APP1/APP2 segments (as EXIF and ICC profiles are) before the frame header.
            image.Write([0xFF, (byte)(0xE1 + segment), 0xEA, 0x60]);
            image.Write(new byte[60_000 - 2]);
        }

        image.Write(Images.Jpeg(320, 200).AsSpan(2));
        var bytes = image.ToArray();
        bytes.Length.ShouldBeGreaterThan(120_000);

        var uploaded = await (await UploadAsync(product, bytes)).ReadAsAsync<JsonElement>();
        uploaded.GetProperty("width").GetInt32().ShouldBe(320);
        uploaded.GetProperty("height").GetInt32().ShouldBe(200);
        uploaded.GetProperty("bytes").GetInt32().ShouldBe(bytes.Length);
    }

    [Theory]
    [InlineData("gif")]
    [InlineData("svg")]
    [InlineData("html")]
    public async Task Gif_svg_or_html_pretending_to_be_jpeg_is_415(string kind)
    {
        var product = await kit.ProductAsync();
        var bytes = kind switch { "gif" => Images.Gif, "svg" => Images.Svg, _ => Images.Html };
        await (await UploadAsync(product, bytes)).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_IMAGE_TYPE");
        (await ImageKeyAsync(product)).ShouldBeNull();
    }

    [Fact]
    public async Task A_png_declared_as_jpeg_is_stored_as_png_and_served_through_a_signed_url()
    {
        var product = await kit.ProductAsync();
        var png = Images.Png(40, 30);
        var uploaded = await (await UploadAsync(product, png, "photo.jpg", "image/jpeg")).ReadAsAsync<JsonElement>();
        uploaded.GetProperty("contentType").GetString().ShouldBe("image/png");
        uploaded.GetProperty("width").GetInt32().ShouldBe(40);

        var employee = await kit.EmployeeAsync();
        var detail = await (await employee.Client.GetAsync($"/api/shop/products/{product}")).ReadAsAsync<JsonElement>();
        var url = detail.GetProperty("imageUrl").GetString()!;
        var anonymous = kit.Host.CreateRawClient();
        var image = await anonymous.GetAsync(url);
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        image.Headers.CacheControl!.Private.ShouldBeTrue();
        (await image.Content.ReadAsByteArrayAsync()).ShouldBe(png);

        var again = await (await employee.Client.GetAsync($"/api/shop/products/{product}")).ReadAsAsync<JsonElement>();
        again.GetProperty("imageUrl").GetString().ShouldBe(url, "the rounded expiry makes repeated reads give the same URL");

        await (await anonymous.GetAsync(url.Replace("sig=", "sig=x", StringComparison.Ordinal))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await anonymous.GetAsync(url.Replace("exp=", "exp=1", StringComparison.Ordinal))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var query = url.IndexOf('?', StringComparison.Ordinal);
        var otherKey = url[..(query - 1)] + (url[query - 1] == 'a' ? 'b' : 'a') + url[query..];
        await (await anonymous.GetAsync(otherKey)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await anonymous.GetAsync(url[..url.IndexOf("exp=", StringComparison.Ordinal)] + "exp=1000&sig=abc")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_corrupt_header_or_a_5000_pixel_side_is_422_and_an_empty_file_is_400()
    {
        var product = await kit.ProductAsync();
        var corrupt = Images.Png(10, 10)[..20];
        await (await UploadAsync(product, corrupt)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IMAGE_INVALID");
        await (await UploadAsync(product, Images.Jpeg(5_000, 100))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IMAGE_INVALID");
        await (await UploadAsync(product, [])).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await ImageKeyAsync(product)).ShouldBeNull();
    }
}

public sealed class ImageTestsOnSqlite(SqliteHost fixture) : ImageTests<SqliteHost>(fixture);

public sealed class ImageTestsOnPostgres(PostgresHost fixture) : ImageTests<PostgresHost>(fixture);

public sealed class ImageTestsOnMySql(MySqlHost fixture) : ImageTests<MySqlHost>(fixture);

public sealed class ImageTestsOnS3(S3Host fixture) : ImageTests<S3Host>(fixture);
