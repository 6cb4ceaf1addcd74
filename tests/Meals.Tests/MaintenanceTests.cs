using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Data;
using Quartet.Meals.Maintenance;
using Quartet.Meals.Receipts;
using Quartet.Platform.Jobs;

namespace Quartet.Meals.Tests;

/// <summary>The scheduled CLI jobs of spec §6: what they change, that they leave the rest alone, and overlapping runs.</summary>
public abstract class MaintenanceTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private const string Csv = "date,amount,restaurant\n2025-03-07,12.50,Purge Diner\n";

    [Fact]
    public async Task Purge_expired_expires_idle_drafts_trims_old_applies_and_deletes_old_keys_and_exports()
    {
        var user = await fixture.Host.CreateUserAsync();
        var idle = (await (await user.Client.UploadCsvAsync(Csv)).JsonAsync()).GetProperty("id").GetGuid();
        var fresh = (await (await user.Client.UploadCsvAsync(Csv)).JsonAsync()).GetProperty("id").GetGuid();
        var applied = (await (await user.Client.UploadCsvAsync(Csv.Replace("12.50", "13.50", StringComparison.Ordinal))).JsonAsync()).GetProperty("id").GetGuid();
        (await user.Client.PostAsync($"/api/meals/imports/{applied}/apply", null)).EnsureSuccessStatusCode();
        var restaurant = await user.Client.CreateRestaurantAsync("Keyed Cafe");
        var keyed = new HttpRequestMessage(HttpMethod.Post, "/api/meals/expenses") { Content = JsonContent.Create(new { restaurantId = restaurant, amountMinor = 500 }) };
        keyed.Headers.Add("Idempotency-Key", "old-key-1");
        (await user.Client.SendAsync(keyed)).EnsureSuccessStatusCode();

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        var blobs = scope.ServiceProvider.GetRequiredService<ReceiptBlobs>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await db.ImportBatches.Where(b => b.Id == idle).ExecuteUpdateAsync(s => s.SetProperty(b => b.LastTouchedAt, now.AddHours(-25)));
        await db.ImportBatches.Where(b => b.Id == applied).ExecuteUpdateAsync(s => s.SetProperty(b => b.UpdatedAt, now.AddDays(-8)));
        await db.IdempotencyRecords.Where(k => k.UserId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.CreatedAt, now.AddHours(-25)));
        var exportKey = ReceiptBlobs.NewKey(ReceiptBlobs.ExportPrefix);
        await blobs.Store.PutAsync(exportKey, new MemoryStream([1, 2, 3]), "application/zip", CancellationToken.None);
        var export = new DataExport
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            Status = DataExportStatus.Ready,
            BlobKey = exportKey,
            SizeBytes = 3,
            ExpiresAt = now.AddHours(-1),
            CreatedAt = now.AddDays(-1),
            UpdatedAt = now.AddDays(-1),
        };
        db.DataExports.Add(export);
        await db.SaveChangesAsync();

        (await MealsJobs.RunAsync(fixture.Host.Services, MealsJobs.PurgeExpiredJob, CancellationToken.None)).ShouldBe(JobExitCodes.Succeeded);
        db.ChangeTracker.Clear();
        (await db.ImportBatches.SingleAsync(b => b.Id == idle)).Status.ShouldBe(ImportStatus.Expired);
        (await db.ImportRows.CountAsync(r => r.BatchId == idle)).ShouldBe(0);
        (await db.ImportBatches.SingleAsync(b => b.Id == fresh)).Status.ShouldBe(ImportStatus.Reviewing);
        (await db.ImportRows.CountAsync(r => r.BatchId == fresh)).ShouldBe(1);
        var appliedBatch = await db.ImportBatches.SingleAsync(b => b.Id == applied);
        appliedBatch.Status.ShouldBe(ImportStatus.Applied);
        appliedBatch.ResultJson.ShouldNotBeNull();
        (await db.ImportRows.CountAsync(r => r.BatchId == applied)).ShouldBe(0);
        (await db.IdempotencyRecords.CountAsync(k => k.UserId == user.Id)).ShouldBe(0);
        var expired = await db.DataExports.SingleAsync(x => x.Id == export.Id);
        expired.Status.ShouldBe(DataExportStatus.Expired);
        expired.BlobKey.ShouldBeNull();
        (await blobs.Store.OpenReadAsync(exportKey, CancellationToken.None)).ShouldBeNull();
        await (await user.Client.PatchAsJsonAsync($"/api/meals/imports/{idle}", new { dateOrder = "DMY" }))
            .ShouldBeProblemAsync(System.Net.HttpStatusCode.Conflict, "IMPORT_NOT_OPEN");
    }

    [Fact]
    public async Task Overlapping_runs_of_each_job_finish_without_errors_or_double_work()
    {
        var user = await fixture.Host.CreateUserAsync();
        var idle = (await (await user.Client.UploadCsvAsync(Csv)).JsonAsync()).GetProperty("id").GetGuid();
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            await db.ImportBatches.Where(b => b.Id == idle).ExecuteUpdateAsync(s => s.SetProperty(b => b.LastTouchedAt, now.AddDays(-2)));
        }

        foreach (var job in new[] { MealsJobs.PurgeExpiredJob, MealsJobs.PurgeAuditJob, MealsJobs.SweepBlobsJob })
        {
            var exits = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => MealsJobs.RunAsync(fixture.Host.Services, job, CancellationToken.None))));
            exits.ShouldAllBe(exit => exit == JobExitCodes.Succeeded || exit == JobExitCodes.Busy);
            exits.ShouldContain(JobExitCodes.Succeeded);
        }

        // Verify-integrity fails on findings, which other tests of this class plant on purpose: overlapping runs finish with one answer per run.
        var verifyExits = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => MealsJobs.RunAsync(fixture.Host.Services, MealsJobs.VerifyIntegrityJob, CancellationToken.None))));
        verifyExits.ShouldContain(exit => exit != JobExitCodes.Busy);
        verifyExits.ShouldAllBe(exit => exit == JobExitCodes.Succeeded || exit == JobExitCodes.Failed || exit == JobExitCodes.Busy);

        await using var check = fixture.Host.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<MealsDb>().ImportBatches.SingleAsync(b => b.Id == idle)).Status.ShouldBe(ImportStatus.Expired);
    }

    [Fact]
    public async Task Sweep_blobs_deletes_old_unreferenced_blobs_and_keeps_referenced_and_young_ones()
    {
        var user = await fixture.Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Sweep Diner");
        var expense = (await user.Client.CreateExpenseAsync(restaurant, 900, "2025-03-07")).GetProperty("id").GetGuid();
        (await user.Client.UploadAsync($"/api/meals/expenses/{expense}/receipt", "%PDF-1.4"u8.ToArray(), "r.pdf", "application/pdf")).EnsureSuccessStatusCode();
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        var store = scope.ServiceProvider.GetRequiredService<ReceiptBlobs>().Store;
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var referencedReceipt = await db.Receipts.Where(r => r.ExpenseId == expense).Select(r => r.BlobKey).SingleAsync();
        var referencedExport = ReceiptBlobs.NewKey(ReceiptBlobs.ExportPrefix);
        db.DataExports.Add(new DataExport
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            Status = DataExportStatus.Ready,
            BlobKey = referencedExport,
            SizeBytes = 3,
            ExpiresAt = now.AddHours(20),
            CreatedAt = now.AddHours(-4),
            UpdatedAt = now.AddHours(-4),
        });
        await db.SaveChangesAsync();
        var orphanReceipt = ReceiptBlobs.NewKey(ReceiptBlobs.ReceiptPrefix);
        var orphanExport = ReceiptBlobs.NewKey(ReceiptBlobs.ExportPrefix);
        var youngOrphan = ReceiptBlobs.NewKey(ReceiptBlobs.ReceiptPrefix);
        var otherModule = "shop/images/" + Guid.NewGuid().ToString("N");
        foreach (var key in new[] { referencedExport, orphanReceipt, orphanExport, youngOrphan, otherModule })
        {
            await store.PutAsync(key, new MemoryStream([1, 2, 3]), "application/octet-stream", CancellationToken.None);
        }

        foreach (var key in new[] { referencedReceipt, referencedExport, orphanReceipt, orphanExport, otherModule })
        {
            TestBlobs.SetLastModified(fixture.Host, key, now.AddHours(-2));
        }

        (await MealsJobs.RunAsync(fixture.Host.Services, MealsJobs.SweepBlobsJob, CancellationToken.None)).ShouldBe(JobExitCodes.Succeeded);

        (await LastSummaryAsync(MealsJobs.SweepBlobsJob)).ShouldNotBeNull().ShouldContain("unreferenced deleted");
        (await store.OpenReadAsync(orphanReceipt, CancellationToken.None)).ShouldBeNull();
        (await store.OpenReadAsync(orphanExport, CancellationToken.None)).ShouldBeNull();
        foreach (var kept in new[] { referencedReceipt, referencedExport, youngOrphan, otherModule })
        {
            var blob = (await store.OpenReadAsync(kept, CancellationToken.None)).ShouldNotBeNull();
            await blob.Content.DisposeAsync();
        }

        (await user.Client.GetAsync($"/api/meals/expenses/{expense}/receipt")).EnsureSuccessStatusCode();
        (await MealsJobs.RunAsync(fixture.Host.Services, MealsJobs.SweepBlobsJob, CancellationToken.None)).ShouldBe(JobExitCodes.Succeeded);
        (await LastSummaryAsync(MealsJobs.SweepBlobsJob)).ShouldNotBeNull().ShouldContain(" 0 unreferenced deleted");
    }

    [Fact]
    public async Task Purge_audit_removes_only_entries_older_than_the_retention()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var subject = Guid.CreateVersion7();
        var old = new AuditEntry { Id = Guid.CreateVersion7(), At = now.AddDays(-731), ActorId = subject, SubjectUserId = subject, Action = "test.old" };
        var recent = new AuditEntry { Id = Guid.CreateVersion7(), At = now.AddDays(-729), ActorId = subject, SubjectUserId = subject, Action = "test.recent" };
        db.Audit.AddRange(old, recent);
        await db.SaveChangesAsync();

        (await MealsJobs.RunAsync(fixture.Host.Services, MealsJobs.PurgeAuditJob, CancellationToken.None)).ShouldBe(JobExitCodes.Succeeded);

        (await db.Audit.Where(a => a.SubjectUserId == subject).Select(a => a.Action).ToListAsync()).ShouldBe(["test.recent"]);
    }

    [Fact]
    public async Task Verify_integrity_reports_cross_user_references_and_receipts_without_blobs()
    {
        var owner = await fixture.Host.CreateUserAsync();
        var other = await fixture.Host.CreateUserAsync();
        var restaurant = await owner.Client.CreateRestaurantAsync("Integrity Bistro");
        var expense = (await owner.Client.CreateExpenseAsync(restaurant, 1200, "2025-03-07")).GetProperty("id").GetGuid();
        (await FindProblemsAsync()).ShouldNotContain(p => p.Contains(expense.ToString(), StringComparison.Ordinal));

        var othersCategory = (await (await other.Client.GetAsync("/api/meals/categories")).JsonAsync())[0].GetProperty("id").GetGuid();
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
            await db.Expenses.Where(e => e.Id == expense).ExecuteUpdateAsync(s => s.SetProperty(e => e.CategoryId, othersCategory));
            db.Receipts.Add(new Receipt
            {
                ExpenseId = expense,
                UserId = owner.Id,
                BlobKey = ReceiptBlobs.NewKey(ReceiptBlobs.ReceiptPrefix),
                ContentType = "image/png",
                SizeBytes = 10,
                Sha256 = new string('0', 64),
                OriginalName = "gone.png",
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        (await MealsJobs.RunAsync(fixture.Host.Services, MealsJobs.VerifyIntegrityJob, CancellationToken.None)).ShouldBe(JobExitCodes.Failed);

        var found = await FindProblemsAsync();
        (await LastSummaryAsync(MealsJobs.VerifyIntegrityJob)).ShouldBe($"{found.Count} problem(s)");
        found.ShouldContain($"expense {expense}: category missing or owned by another user");
        found.ShouldContain(p => p.StartsWith($"receipt of expense {expense}: blob ", StringComparison.Ordinal) && p.EndsWith("is missing", StringComparison.Ordinal));
        found.ShouldAllBe(p => !p.Contains("1200", StringComparison.Ordinal));
    }

    private async Task<string?> LastSummaryAsync(string job) =>
        (await fixture.Host.Services.GetRequiredService<JobRunner>().LastRunAsync(JobCommand.Name(MealsJobs.App, job), CancellationToken.None))?.Summary;

    private async Task<List<string>> FindProblemsAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await VerifyIntegrity.FindProblemsAsync(scope.ServiceProvider.GetRequiredService<MealsDb>(), scope.ServiceProvider.GetRequiredService<ReceiptBlobs>(), CancellationToken.None);
    }
}

public sealed class MaintenanceTestsOnSqlite(SqliteHost fixture) : MaintenanceTests<SqliteHost>(fixture);

public sealed class MaintenanceTestsOnPostgres(PostgresHost fixture) : MaintenanceTests<PostgresHost>(fixture);

public sealed class MaintenanceTestsOnMySql(MySqlHost fixture) : MaintenanceTests<MySqlHost>(fixture);

public sealed class MaintenanceTestsOnS3(S3Host fixture) : MaintenanceTests<S3Host>(fixture);
