using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Blobs;
using Quartet.Shop.Common;
using Quartet.Shop.Operations;
using Quartet.Shop.Products;

namespace Quartet.Shop.Tests;

/// <summary>Product images in an S3 bucket (the local S3-compatible server): served by pre-signed redirects, shared by instances, swept.</summary>
public sealed class S3ImageTests
{
    [Fact]
    public async Task Two_instances_with_separate_data_folders_share_images_through_the_bucket_and_serve_them_by_redirect()
    {
        var database = await TestDatabases.CreatePostgresDatabaseAsync();
        var settings = await LocalS3.SettingsAsync();
        settings["Quartet:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        try
        {
            await using var a = await QuartetTestHost.StartAsync(TestProvider.Postgres, settings, loopback: true, sharedPostgresDatabase: database);
            await using var b = await QuartetTestHost.StartAsync(TestProvider.Postgres, settings, loopback: true, sharedPostgresDatabase: database);
            a.DataDir.ShouldNotBe(b.DataDir);

            var onA = new ShopKit(a);
            var product = await onA.ProductAsync();
            var png = Images.Png(40, 30);
            await UploadAsync(onA, product, png);

            var employeeOnB = await b.CreateUserAsync("shop.employee");
            var url = (await (await employeeOnB.Client.GetAsync($"/api/shop/products/{product}")).ReadAsAsync<JsonElement>()).GetProperty("imageUrl").GetString()!;
            using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = b.BaseAddress };
            var redirect = await browser.GetAsync(url);
            redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var location = redirect.Headers.Location.ShouldNotBeNull();
            location.AbsoluteUri.ShouldStartWith(settings["Quartet:Blobs:ServiceUrl"]! + "/" + LocalS3.Bucket + "/" + settings["Quartet:Blobs:KeyPrefix"] + "shop/");
            location.Query.ShouldContain("X-Amz-Signature=");

            var image = await browser.GetAsync(location);
            image.StatusCode.ShouldBe(HttpStatusCode.OK);
            image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
            image.Headers.CacheControl!.Private.ShouldBeTrue();
            (await image.Content.ReadAsByteArrayAsync()).ShouldBe(png);

            Directory.Exists(Path.Combine(a.DataDir, "blobs", "shop")).ShouldBeFalse("nothing is written to the instance's disk");
            await (await browser.GetAsync(url.Replace("sig=", "sig=x", StringComparison.Ordinal))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "IMAGE_URL_INVALID");
        }
        finally
        {
            await TestDatabases.DropPostgresDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task Sweep_images_deletes_unreferenced_objects_older_than_a_day_from_the_bucket()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, await LocalS3.SettingsAsync(),
            configure: builder => builder.Services.AddSingleton(new ShopClock(clock)));
        var kit = new ShopKit(host);
        var product = await kit.ProductAsync();
        await UploadAsync(kit, product, Images.Png(10, 10));
        var blobs = host.Services.GetRequiredService<IBlobStore>();
        var orphan = ImageUrls.BlobKeyOf(Guid.NewGuid().ToString("N"));
        await blobs.PutAsync(orphan, new MemoryStream(Images.Png(5, 5)), "image/png", CancellationToken.None);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            (await ImageSweeper.SweepAsync(scope.ServiceProvider, CancellationToken.None)).ShouldBe(0, "a fresh orphan may still be an upload in flight");
        }

        clock.Advance(TimeSpan.FromHours(25));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            (await ImageSweeper.SweepAsync(scope.ServiceProvider, CancellationToken.None)).ShouldBe(1);
        }

        (await blobs.OpenReadAsync(orphan, CancellationToken.None)).ShouldBeNull();
        var keys = new List<string>();
        await foreach (var blob in blobs.ListAsync("shop/", CancellationToken.None))
        {
            keys.Add(blob.Key);
        }

        keys.ShouldHaveSingleItem().ShouldBe(ImageUrls.BlobKeyOf(await kit.QueryAsync(db => Task.FromResult(db.Products.Single(p => p.Id == product).ImageKey!))));
    }

    private static async Task UploadAsync(ShopKit kit, Guid product, byte[] png)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "photo.png");
        (await (await kit.AdminAsync()).Client.PutAsync($"/api/shop/admin/products/{product}/image", form)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
