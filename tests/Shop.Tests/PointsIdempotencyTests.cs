using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Quartet.Platform.Http;
using Quartet.Shop.Points;

namespace Quartet.Shop.Tests;

/// <summary>
/// The points admin's grants, deductions and batches take the platform's <c>Idempotency-Key</c>: a retry replays the
/// stored first answer, another request under the key is 422, and keys kept on ledger and batch rows before the
/// PointsIdempotencyRecords migration move into idempotency_records and still replay.
/// </summary>
public abstract class PointsIdempotencyTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private const string BeforeMove = "20261221000004_IdempotencyRecords";

    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task A_retried_grant_deduction_or_batch_replays_its_first_answer_and_another_body_is_422()
    {
        var admin = (await kit.AdminAsync()).Client;
        var employee = await kit.FundedEmployeeAsync(100);

        var grant = await SendAsync(admin, "grant", new { userId = employee.Id, amount = 30, reason = "bonus" }, "grant-key-1");
        grant.StatusCode.ShouldBe(HttpStatusCode.Created, await grant.Content.ReadAsStringAsync());
        var deduct = await SendAsync(admin, "deduct", new { userId = employee.Id, amount = 20, reason = "fix" }, "deduct-key-1");
        deduct.StatusCode.ShouldBe(HttpStatusCode.Created);
        var replay = await SendAsync(admin, "grant", new { userId = employee.Id, amount = 30, reason = "bonus" }, "grant-key-1");
        replay.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.Headers.GetValues(Idempotency.ReplayedHeader).ShouldBe(["true"]);
        replay.Headers.Location.ShouldBe(grant.Headers.Location);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(await grant.Content.ReadAsStringAsync(), "the first answer, balance included, though a deduction came after");
        await (await SendAsync(admin, "grant", new { userId = employee.Id, amount = 31, reason = "bonus" }, "grant-key-1"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");
        await (await SendAsync(admin, "deduct", new { userId = employee.Id, amount = 30, reason = "bonus" }, "grant-key-1"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");

        var batch = Batch(employee.Id, 5);
        var created = await SendAsync(admin, "batches", batch, "batch-key-1");
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var again = await SendAsync(admin, "batches", batch, "batch-key-1");
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.Headers.Location.ShouldBe(created.Headers.Location);
        (await again.Content.ReadAsStringAsync()).ShouldBe(await created.Content.ReadAsStringAsync());
        await (await SendAsync(admin, "batches", Batch(employee.Id, 6), "batch-key-1")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");

        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(100 + 30 - 20 + 5);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Keys_kept_on_ledger_and_batch_rows_move_into_the_records_and_still_replay()
    {
        var admin = (await kit.AdminAsync()).Client;
        var employee = await kit.FundedEmployeeAsync(50);
        var grantBody = new { userId = employee.Id, amount = 7, reason = "moved grant" };
        var grant = await SendAsync(admin, "grant", grantBody, "moved-grant-1");
        grant.StatusCode.ShouldBe(HttpStatusCode.Created);
        var batchBody = Batch(employee.Id, 3);
        var batch = await SendAsync(admin, "batches", batchBody, "moved-batch-1");
        batch.StatusCode.ShouldBe(HttpStatusCode.Created);
        var entryId = (await grant.ReadAsAsync<JsonElement>()).GetProperty("entry").GetProperty("id").GetGuid();
        var batchId = (await batch.ReadAsAsync<JsonElement>()).GetProperty("id").GetGuid();

        // Back to the schema before the move, with the keys where that schema kept them, then forward again.
        var moved = await kit.QueryAsync(async db =>
        {
            var records = await db.IdempotencyRecords.Where(r => r.Key == "moved-grant-1" || r.Key == "moved-batch-1").ToListAsync();
            records.Count.ShouldBe(2);
            db.IdempotencyRecords.RemoveRange(records);
            await db.SaveChangesAsync();
            await db.GetService<IMigrator>().MigrateAsync(BeforeMove);
            var q = db.Database.ProviderName!.Contains("MySql", StringComparison.Ordinal) ? "`" : "\"";
            foreach (var (table, id, key) in new[] { ("ledger_entries", entryId, "moved-grant-1"), ("points_batches", batchId, "moved-batch-1") })
            {
                var fingerprint = records.Single(r => r.Key == key).Fingerprint;
                var update = string.Concat("UPDATE ", table, " SET ", q, "IdempotencyKey", q, " = {0}, ", q, "RequestHash", q, " = {1} WHERE ", q, "Id", q, " = {2}");
                (await db.Database.ExecuteSqlRawAsync(update, key, fingerprint, id)).ShouldBe(1);
            }

            await db.GetService<IMigrator>().MigrateAsync();
            return (await db.IdempotencyRecords.AsNoTracking().Where(r => r.Key == "moved-grant-1" || r.Key == "moved-batch-1").ToListAsync())
                .OrderBy(r => r.Operation, StringComparer.Ordinal).Select(r => $"{r.Operation} {r.ResourceId} {r.Body ?? "no answer"}").ToList();
        });
        moved.ShouldBe([$"{AdjustPoints.Operation} {entryId} no answer", $"{PointsBatches.IdempotencyOperation} {batchId} no answer"]);

        var retried = await SendAsync(admin, "grant", grantBody, "moved-grant-1");
        retried.StatusCode.ShouldBe(HttpStatusCode.Created);
        retried.Headers.Contains(Idempotency.ReplayedHeader).ShouldBeTrue();
        (await retried.ReadAsAsync<JsonElement>()).GetProperty("entry").GetProperty("id").GetGuid().ShouldBe(entryId);
        var batchAgain = await SendAsync(admin, "batches", batchBody, "moved-batch-1");
        batchAgain.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await batchAgain.ReadAsAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(batchId);
        batchAgain.Headers.Location.ShouldBe(batch.Headers.Location);
        await (await SendAsync(admin, "grant", new { userId = employee.Id, amount = 8, reason = "moved grant" }, "moved-grant-1"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(50 + 7 + 3);
    }

    private static object Batch(Guid userId, int amount) => new { kind = "grant", reason = "team bonus", items = new[] { new { userId, amount } }, dryRun = false };

    private static Task<HttpResponseMessage> SendAsync(HttpClient admin, string what, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/shop/admin/points/{what}") { Content = JsonContent.Create(body) };
        request.Headers.Add(Idempotency.Header, key);
        return admin.SendAsync(request);
    }
}

public sealed class PointsIdempotencyTestsOnSqlite(SqliteHost fixture) : PointsIdempotencyTests<SqliteHost>(fixture);

public sealed class PointsIdempotencyTestsOnPostgres(PostgresHost fixture) : PointsIdempotencyTests<PostgresHost>(fixture);

public sealed class PointsIdempotencyTestsOnMySql(MySqlHost fixture) : PointsIdempotencyTests<MySqlHost>(fixture);
