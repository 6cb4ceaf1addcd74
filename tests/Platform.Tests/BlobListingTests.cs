using System.Text;
using Quartet.Platform.Blobs;

namespace Quartet.Platform.Tests;

public abstract class BlobListingTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    protected T Fixture => fixture;

    protected IBlobStore Store => fixture.Host.Services.GetRequiredService<IBlobStore>();

    [Fact]
    public async Task Listing_returns_the_blobs_under_a_prefix_with_size_and_write_time()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-2);
        await PutAsync("listing/a/one.bin", "1");
        await PutAsync("listing/a/deeper/two.bin", "22");
        await PutAsync("listing/ab/three.bin", "333");
        await PutAsync("listing-other/four.bin", "4444");

        var listed = await Store.ListAsync("listing/a/", CancellationToken.None).ToListAsync();

        listed.Select(b => b.Key).Order(StringComparer.Ordinal).ShouldBe(["listing/a/deeper/two.bin", "listing/a/one.bin"]);
        listed.Single(b => b.Key == "listing/a/one.bin").SizeBytes.ShouldBe(1);
        listed.Single(b => b.Key == "listing/a/deeper/two.bin").SizeBytes.ShouldBe(2);
        listed.ShouldAllBe(b => b.LastModified >= before && b.LastModified <= DateTimeOffset.UtcNow.AddSeconds(2));
        (await Store.ListAsync("listing/a", CancellationToken.None).Select(b => b.Key).ToListAsync())
            .Order(StringComparer.Ordinal).ShouldBe(["listing/a/deeper/two.bin", "listing/a/one.bin", "listing/ab/three.bin"]);
    }

    protected Task PutAsync(string key, string content) =>
        Store.PutAsync(key, new MemoryStream(Encoding.UTF8.GetBytes(content)), "application/octet-stream", CancellationToken.None);
}

public sealed class BlobListingTestsOnFiles(SqliteHost fixture) : BlobListingTests<SqliteHost>(fixture)
{
    [Fact]
    public async Task Listing_hides_content_types_and_unfinished_writes_and_forgets_deleted_blobs()
    {
        await PutAsync("hidden/kept.bin", "kept");
        await PutAsync("hidden/gone.bin", "gone");
        await Store.DeleteAsync("hidden/gone.bin", CancellationToken.None);
        var folder = Path.Combine(Fixture.Host.DataDir, "blobs", "hidden");
        await File.WriteAllTextAsync(Path.Combine(folder, "half.bin." + Guid.NewGuid().ToString("N") + ".tmp"), "partial");

        (await Store.ListAsync("hidden/", CancellationToken.None).Select(b => b.Key).ToListAsync()).ShouldBe(["hidden/kept.bin"]);
        (await Store.ListAsync("nothing-here/", CancellationToken.None).ToListAsync()).ShouldBeEmpty();
    }
}

public sealed class BlobListingTestsOnS3(S3Host fixture) : BlobListingTests<S3Host>(fixture)
{
    [Fact]
    public async Task Deleted_objects_leave_the_listing_and_other_prefixes_stay_out()
    {
        await PutAsync("gone/kept.bin", "kept");
        await PutAsync("gone/deleted.bin", "gone");
        await Store.DeleteAsync("gone/deleted.bin", CancellationToken.None);
        await Store.DeleteAsync("gone/never-there.bin", CancellationToken.None);

        (await Store.ListAsync("gone/", CancellationToken.None).Select(b => b.Key).ToListAsync()).ShouldBe(["gone/kept.bin"]);
        (await Store.ListAsync("nothing-here/", CancellationToken.None).ToListAsync()).ShouldBeEmpty();
    }
}
