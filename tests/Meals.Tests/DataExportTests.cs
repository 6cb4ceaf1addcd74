using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;

namespace Quartet.Meals.Tests;

/// <summary>The full data export (spec §4 Privacy): the ZIP lists every item, receipt hashes match, and its limits hold.</summary>
public abstract class DataExportTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private static async Task<JsonElement> WaitUntilReadyAsync(HttpClient client, Guid id)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var view = await (await client.GetAsync($"/api/meals/me/exports/{id}")).JsonAsync();
            var status = view.GetProperty("status").GetString();
            if (status is "ready" or "failed")
            {
                return view;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The export did not finish within a minute.");
    }

    [Fact]
    public async Task The_zip_holds_every_item_and_receipts_whose_hashes_match()
    {
        var user = await fixture.Host.CreateUserAsync();
        var diner = await user.Client.CreateRestaurantAsync("Export Diner", "Boston");
        var cafe = await user.Client.CreateRestaurantAsync("Export Cafe");
        var withReceipt = (await user.Client.CreateExpenseAsync(diner, 1250, "2025-03-07", tags: ["work"], notes: "=SUM(A1)")).GetProperty("id").GetGuid();
        await user.Client.CreateExpenseAsync(cafe, 450, "2025-03-08", currency: "EUR");
        await user.Client.CreateExpenseAsync(cafe, 1500, "2025-03-09", currency: "JPY");
        var pdf = "%PDF-1.4 receipt body"u8.ToArray();
        (await user.Client.UploadAsync($"/api/meals/expenses/{withReceipt}/receipt", pdf, "r.pdf", "application/pdf")).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/api/meals/budgets", new { limitMinor = 50000, currency = "USD" })).EnsureSuccessStatusCode();

        var requested = await user.Client.PostAsync("/api/meals/me/exports", null);
        requested.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var id = (await requested.JsonAsync()).GetProperty("id").GetGuid();
        requested.Headers.Location!.ToString().ShouldBe($"/api/meals/me/exports/{id}");
        var ready = await WaitUntilReadyAsync(user.Client, id);
        ready.GetProperty("status").GetString().ShouldBe("ready");

        var download = await user.Client.GetAsync(ready.GetProperty("downloadUrl").GetString());
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        if (fixture is not S3Host)
        {
            // Served by the app itself; from S3 the bytes come from the bucket's own origin.
            download.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        }

        await using var zip = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ShouldBe(["expenses.csv", "meals.json", $"receipts/{withReceipt}.pdf"]);

        using (var csv = new StreamReader(await zip.GetEntry("expenses.csv")!.OpenAsync()))
        {
            var lines = (await csv.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            lines.Length.ShouldBe(4);
            lines.ShouldContain(l => l.Contains("'=SUM(A1)", StringComparison.Ordinal));
        }

        byte[] stored;
        await using (var receipt = await zip.GetEntry($"receipts/{withReceipt}.pdf")!.OpenAsync())
        using (var copy = new MemoryStream())
        {
            await receipt.CopyToAsync(copy);
            stored = copy.ToArray();
        }

        stored.ShouldBe(pdf);
        await using var jsonStream = await zip.GetEntry("meals.json")!.OpenAsync();
        var meals = await JsonSerializer.DeserializeAsync<JsonElement>(jsonStream);
        meals.GetProperty("format").GetString().ShouldBe("meals-data");
        meals.GetProperty("settings").GetProperty("homeCurrency").GetString().ShouldBe("USD");
        meals.GetProperty("budgets").GetArrayLength().ShouldBe(1);
        var receipts = meals.GetProperty("receipts");
        receipts.GetArrayLength().ShouldBe(1);
        receipts[0].GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        var data = meals.GetProperty("expenseExport");
        data.GetProperty("format").GetString().ShouldBe("meals-expenses");
        data.GetProperty("expenses").GetArrayLength().ShouldBe(3);
        data.GetProperty("restaurants").GetArrayLength().ShouldBe(2);
        data.GetProperty("categories").GetArrayLength().ShouldBe(7);
        data.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldBe(["work"]);
        meals.GetProperty("audit").EnumerateArray().Select(a => a.GetProperty("action").GetString()).ShouldContain("data.export.request");
    }

    [Fact]
    public async Task One_export_at_a_time_three_a_day_and_an_expired_one_is_gone()
    {
        var user = await fixture.Host.CreateUserAsync();
        (await user.Client.GetAsync("/api/meals/settings")).EnsureSuccessStatusCode();
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        var now = DateTime.UtcNow;
        var running = new DataExport { Id = Guid.CreateVersion7(), UserId = user.Id, Status = DataExportStatus.Running, CreatedAt = now, UpdatedAt = now };
        db.DataExports.Add(running);
        await db.SaveChangesAsync();

        await (await user.Client.PostAsync("/api/meals/me/exports", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "EXPORT_IN_PROGRESS");
        await (await user.Client.GetAsync($"/api/meals/me/exports/{running.Id}/download")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "EXPORT_NOT_READY");

        await db.DataExports.Where(x => x.Id == running.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, DataExportStatus.Expired));
        await (await user.Client.GetAsync($"/api/meals/me/exports/{running.Id}/download")).ShouldBeProblemAsync(HttpStatusCode.Gone, "EXPORT_EXPIRED");
        (await (await user.Client.GetAsync($"/api/meals/me/exports/{running.Id}")).JsonAsync()).GetProperty("status").GetString().ShouldBe("expired");

        db.DataExports.AddRange(Enumerable.Range(0, 2).Select(_ => new DataExport
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            Status = DataExportStatus.Failed,
            CreatedAt = now,
            UpdatedAt = now,
        }));
        await db.SaveChangesAsync();
        var exportsBefore = await db.DataExports.CountAsync(x => x.UserId == user.Id);
        var limited = await user.Client.PostAsync("/api/meals/me/exports", null);
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        limited.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldNotBeNull().ShouldBeInRange(TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        (await db.DataExports.CountAsync(x => x.UserId == user.Id)).ShouldBe(exportsBefore);
        (await (await user.Client.GetAsync("/api/meals/me/exports")).JsonAsync()).GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task Deleting_my_data_removes_the_export_and_its_zip()
    {
        var user = await fixture.Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Gone Grill");
        await user.Client.CreateExpenseAsync(restaurant, 900, "2025-02-01");
        var id = (await (await user.Client.PostAsync("/api/meals/me/exports", null)).JsonAsync()).GetProperty("id").GetGuid();
        (await WaitUntilReadyAsync(user.Client, id)).GetProperty("status").GetString().ShouldBe("ready");
        string key;
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            key = (await scope.ServiceProvider.GetRequiredService<MealsDb>().DataExports.SingleAsync(x => x.Id == id)).BlobKey!;
        }

        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/meals/me") { Content = JsonContent.Create(new { confirm = "DELETE" }) };
        (await user.Client.SendAsync(delete)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await using var after = fixture.Host.Services.CreateAsyncScope();
        (await after.ServiceProvider.GetRequiredService<MealsDb>().DataExports.CountAsync(x => x.UserId == user.Id)).ShouldBe(0);
        (await after.ServiceProvider.GetRequiredService<ReceiptBlobs>().Store.OpenReadAsync(key, CancellationToken.None)).ShouldBeNull();
    }
}

public sealed class DataExportTestsOnSqlite(SqliteHost fixture) : DataExportTests<SqliteHost>(fixture);

public sealed class DataExportTestsOnPostgres(PostgresHost fixture) : DataExportTests<PostgresHost>(fixture);

public sealed class DataExportTestsOnMySql(MySqlHost fixture) : DataExportTests<MySqlHost>(fixture);

public sealed class DataExportTestsOnS3(S3Host fixture) : DataExportTests<S3Host>(fixture);
