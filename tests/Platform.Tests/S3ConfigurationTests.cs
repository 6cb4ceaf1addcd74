using System.Text.Json;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Tests;

/// <summary>Mistakes in the S3 settings stop start-up or fail /health/ready, naming the setting; users never see a 500.</summary>
public sealed class S3ConfigurationTests
{
    [Theory]
    [InlineData("Quartet:Blobs:Bucket", "", "Quartet:Blobs:Bucket is required")]
    [InlineData("Quartet:Blobs:Region", "moon-base-1", "Quartet:Blobs:Region 'moon-base-1'")]
    [InlineData("Quartet:Blobs:Provider", "ftp", "Quartet:Blobs:Provider 'ftp'")]
    [InlineData("Quartet:Blobs:KeyPrefix", "no-slash", "Quartet:Blobs:KeyPrefix")]
    public void A_missing_or_wrong_setting_stops_start_up(string setting, string value, string message)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Quartet:Blobs:Provider"] = "s3",
            ["Quartet:Blobs:Bucket"] = "quartet-images",
            ["Quartet:Blobs:Region"] = "eu-west-1",
            [setting] = value,
        };
        var error = Should.Throw<InvalidOperationException>(() =>
            QuartetApp.Build([.. settings.Select(kv => $"--{kv.Key}={kv.Value}")], Quartet.Host.Modules.All));
        error.Message.ShouldContain(message);
    }

    [Fact]
    public async Task A_bucket_that_does_not_exist_fails_readiness_naming_the_setting()
    {
        var settings = await LocalS3.SettingsAsync();
        settings["Quartet:Blobs:Bucket"] = "no-such-bucket";
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, settings);

        var component = await BlobStoreComponentAsync(host);
        component.GetProperty("status").GetString().ShouldBe("Unhealthy");
        component.GetProperty("description").GetString()!.ShouldContain("Quartet:Blobs:Bucket");
    }

    [Fact]
    public async Task An_unreachable_endpoint_fails_readiness_naming_the_setting_and_the_shop_still_serves_its_catalogue()
    {
        var settings = await LocalS3.SettingsAsync();
        settings["Quartet:Blobs:ServiceUrl"] = $"http://127.0.0.1:{LocalServer.FreePort()}";
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, settings);

        var component = await BlobStoreComponentAsync(host);
        component.GetProperty("status").GetString().ShouldBe("Unhealthy");
        component.GetProperty("description").GetString()!.ShouldContain("Quartet:Blobs:ServiceUrl");
        var employee = await host.CreateUserAsync("shop.employee");
        (await employee.Client.GetAsync("/api/shop/products")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_reachable_bucket_is_healthy()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, await LocalS3.SettingsAsync());
        (await BlobStoreComponentAsync(host)).GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task An_unreachable_issuer_fails_readiness_naming_the_setting_and_local_accounts_still_sign_in()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Quartet:Auth:External:Authority"] = $"http://127.0.0.1:{LocalServer.FreePort()}",
            ["Quartet:Auth:External:RequireHttpsMetadata"] = "false",
        });

        var component = await ComponentAsync(host, "external-issuer");
        component.GetProperty("status").GetString().ShouldBe("Unhealthy");
        component.GetProperty("description").GetString()!.ShouldContain("Quartet:Auth:External:Authority");
        var user = await host.CreateUserAsync();
        (await user.Client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_backup_copies_no_bucket_objects_and_says_whether_versioning_covers_them()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, await LocalS3.SettingsAsync());
        var folder = TestDatabases.NewTempFolder("quartet-backup");

        var summary = await Quartet.Platform.Backups.BackupSet.CreateAsync(host.Services, folder, Path.Combine(host.DataDir, "blobs"), CancellationToken.None);

        // The local S3 server has no versioning, so the backup must say the bucket's objects are not covered.
        summary.ShouldContain("NOT covered: bucket versioning is");
        summary.ShouldContain(LocalS3.Bucket);
        File.ReadAllText(Path.Combine(folder, Quartet.Platform.Backups.BackupSet.BucketNote)).ShouldContain("NOT covered");
        Directory.Exists(Path.Combine(folder, "blobs")).ShouldBeFalse();
        File.Exists(Path.Combine(folder, Quartet.Platform.Backups.BackupSet.CompleteMarker)).ShouldBeTrue();
    }

    private static Task<JsonElement> BlobStoreComponentAsync(QuartetTestHost host) => ComponentAsync(host, "blob-store");

    private static async Task<JsonElement> ComponentAsync(QuartetTestHost host, string name)
    {
        var body = await (await host.CreateRawClient().GetAsync("/health/ready")).Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.GetProperty("components").GetProperty(name);
    }
}
