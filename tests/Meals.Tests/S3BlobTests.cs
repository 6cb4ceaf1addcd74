using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Data;
using Quartet.Meals.Maintenance;
using Quartet.Meals.Receipts;

namespace Quartet.Meals.Tests;

/// <summary>Receipts and the blob sweep with blobs in an S3 bucket (the local S3-compatible server).</summary>
public sealed class S3BlobTests(S3Host fixture) : IClassFixture<S3Host>
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task A_receipt_is_stored_in_the_bucket_and_downloaded_from_it_by_a_pre_signed_redirect()
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Bucket Bar");
        var id = (await user.Client.CreateExpenseAsync(restaurant, 1000, "2025-01-01")).GetProperty("id").GetGuid();
        var path = $"/api/meals/expenses/{id}/receipt";
        var pdf = "%PDF-1.4 receipt in a bucket"u8.ToArray();
        (await user.Client.UploadAsync(path, pdf, "scan é.pdf", "application/pdf")).EnsureSuccessStatusCode();

        using var noFollow = Host.App.GetTestServer().CreateClient();
        noFollow.DefaultRequestHeaders.Authorization = user.Client.DefaultRequestHeaders.Authorization;
        var redirect = await noFollow.GetAsync(path);
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.CacheControl!.NoStore.ShouldBeTrue();
        redirect.Headers.Location!.AbsoluteUri.ShouldContain("/" + LocalS3.Bucket + "/");

        var download = await user.Client.GetAsync(path);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("scan é.pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);

        var other = await Host.CreateUserAsync();
        (await other.Client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await user.Client.DeleteAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await noFollow.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sweep_blobs_lists_the_bucket_and_deletes_only_old_unreferenced_objects()
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Sweep Bucket");
        var expense = (await user.Client.CreateExpenseAsync(restaurant, 900, "2025-03-07")).GetProperty("id").GetGuid();
        (await user.Client.UploadAsync($"/api/meals/expenses/{expense}/receipt", "%PDF-1.4"u8.ToArray(), "r.pdf", "application/pdf")).EnsureSuccessStatusCode();
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        var blobs = scope.ServiceProvider.GetRequiredService<ReceiptBlobs>();
        var referenced = await db.Receipts.Where(r => r.ExpenseId == expense).Select(r => r.BlobKey).SingleAsync();
        var orphanReceipt = ReceiptBlobs.NewKey(ReceiptBlobs.ReceiptPrefix);
        var orphanExport = ReceiptBlobs.NewKey(ReceiptBlobs.ExportPrefix);
        var otherModule = "shop/" + Guid.NewGuid().ToString("N");
        foreach (var key in new[] { orphanReceipt, orphanExport, otherModule })
        {
            await blobs.Store.PutAsync(key, new MemoryStream([1, 2, 3]), "application/octet-stream", CancellationToken.None);
        }

        var now = DateTime.UtcNow;
        (await SweepBlobs.RunAsync(db, blobs, now, CancellationToken.None)).Deleted.ShouldBe(0, "objects written moments ago may belong to uploads in flight");
        var later = await SweepBlobs.RunAsync(db, blobs, now.AddHours(2), CancellationToken.None);
        later.Deleted.ShouldBe(2);

        (await blobs.Store.OpenReadAsync(orphanReceipt, CancellationToken.None)).ShouldBeNull();
        (await blobs.Store.OpenReadAsync(orphanExport, CancellationToken.None)).ShouldBeNull();
        foreach (var kept in new[] { referenced, otherModule })
        {
            await (await blobs.Store.OpenReadAsync(kept, CancellationToken.None)).ShouldNotBeNull().Content.DisposeAsync();
        }
    }
}
