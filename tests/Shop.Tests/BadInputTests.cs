using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Quartet.Shop.Tests;

/// <summary>Spec §8.2: each bad input gets its status and code, and nothing is written.</summary>
public abstract class BadInputTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    private Task<(int Ledger, int Orders, int Audit, int Movements)> WritesAsync() => kit.QueryAsync(async db =>
        (await db.Ledger.CountAsync(), await db.Orders.CountAsync(), await db.Audit.CountAsync(), await db.StockMovements.CountAsync()));

    private async Task NothingWrittenAsync(Func<Task> act)
    {
        var before = await WritesAsync();
        await act();
        (await WritesAsync()).ShouldBe(before);
    }

    private static HttpRequestMessage Redeem(object body, string? key = "a-good-key-123")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/shop/orders")
        {
            Content = new StringContent(body is string raw ? raw : JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return request;
    }

    [Fact]
    public async Task Product_validation_names_each_field_as_the_form_labels_it()
    {
        var admin = await kit.AdminAsync();
        var response = await admin.Client.PostAsJsonAsync("/api/shop/admin/products",
            new { name = "Mug", category = "Kitchen", pointsCost = 0, stock = -1, maxPerEmployeePerMonth = 0 });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        errors.GetProperty("pointsCost")[0].GetString().ShouldBe("The field Cost (points) must be between 1 and 100000.");
        errors.GetProperty("stock")[0].GetString()!.ShouldContain("Initial stock");
        errors.GetProperty("maxPerEmployeePerMonth")[0].GetString()!.ShouldContain("Max per employee per month");
        body.ShouldNotContain("PointsCost", Case.Sensitive);
        body.ShouldNotContain("MaxPerEmployeePerMonth", Case.Sensitive);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("11")]
    [InlineData("1.5")]
    [InlineData("\"two\"")]
    public async Task A_bad_quantity_is_400(string quantity)
    {
        var product = await kit.ProductAsync();
        var employee = await kit.FundedEmployeeAsync(1_000);
        await NothingWrittenAsync(async () =>
            await (await employee.Client.SendAsync(Redeem($"{{\"productId\":\"{product}\",\"quantity\":{quantity}}}", Guid.NewGuid().ToString("N"))))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.PreconditionRequired, "IDEMPOTENCY_KEY_REQUIRED")]
    [InlineData("1234567", HttpStatusCode.BadRequest, "VALIDATION_FAILED")]
    [InlineData("has spaces in it", HttpStatusCode.BadRequest, "VALIDATION_FAILED")]
    [InlineData("semi;colon-key", HttpStatusCode.BadRequest, "VALIDATION_FAILED")]
    public async Task A_missing_or_malformed_idempotency_key_is_refused(string? key, HttpStatusCode status, string code)
    {
        var product = await kit.ProductAsync();
        var employee = await kit.FundedEmployeeAsync(1_000);
        await NothingWrittenAsync(async () =>
            await (await employee.Client.SendAsync(Redeem(new { productId = product, quantity = 1 }, key))).ShouldBeProblemAsync(status, code));
    }

    [Fact]
    public async Task A_key_of_101_characters_is_400_and_a_reused_key_with_another_body_is_422()
    {
        var product = await kit.ProductAsync();
        var employee = await kit.FundedEmployeeAsync(1_000);
        await (await employee.Client.SendAsync(Redeem(new { productId = product, quantity = 1 }, new string('k', 101))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        (await employee.Client.SendAsync(Redeem(new { productId = product, quantity = 1 }, "reused-key-1"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        await NothingWrittenAsync(async () =>
            await (await employee.Client.SendAsync(Redeem(new { productId = product, quantity = 2 }, "reused-key-1")))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED"));
    }

    [Fact]
    public async Task Redemption_checks_answer_in_the_specified_order()
    {
        var employee = await kit.FundedEmployeeAsync(100);
        var cheap = await kit.ProductAsync(cost: 50, stock: 1);
        var inactive = await kit.ProductAsync(cost: 10, active: false);
        var pricey = await kit.ProductAsync(cost: 60_000);

        await NothingWrittenAsync(async () =>
        {
            await (await ShopKit.RedeemAsync(employee.Client, Guid.NewGuid())).ShouldBeProblemAsync(HttpStatusCode.NotFound, "PRODUCT_NOT_FOUND");
            await (await ShopKit.RedeemAsync(employee.Client, inactive)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "PRODUCT_UNAVAILABLE");
            await (await ShopKit.RedeemAsync(employee.Client, cheap, 1, expectedUnitCost: 49)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "PRICE_CHANGED");
            await (await ShopKit.RedeemAsync(employee.Client, pricey, 2)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "TRANSACTION_CAP_EXCEEDED");
            await (await ShopKit.RedeemAsync(employee.Client, cheap, 2)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "OUT_OF_STOCK");
            await (await ShopKit.RedeemAsync(employee.Client, pricey, 1)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "INSUFFICIENT_POINTS");
        });
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public async Task A_bad_amount_is_400(string amount)
    {
        var employee = await kit.EmployeeAsync();
        var admin = await kit.AdminAsync();
        await NothingWrittenAsync(async () =>
            await (await admin.Client.PostAsync("/api/shop/admin/points/grant",
                new StringContent($"{{\"userId\":\"{employee.Id}\",\"amount\":{amount},\"reason\":\"x\"}}", Encoding.UTF8, "application/json")))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task An_amount_above_the_transaction_cap_is_422_and_a_grant_above_the_balance_cap_is_422()
    {
        var employee = await kit.EmployeeAsync();
        var admin = await kit.AdminAsync();
        await NothingWrittenAsync(async () =>
            await (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = employee.Id, amount = 100_001, reason = "x" }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "TRANSACTION_CAP_EXCEEDED"));

        for (var i = 0; i < 10; i++)
        {
            await kit.GrantAsync(employee.Id, 100_000);
        }

        await NothingWrittenAsync(async () =>
            await (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = employee.Id, amount = 1, reason = "x" }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "BALANCE_CAP_EXCEEDED"));

        // A refund above the cap still succeeds.
        var product = await kit.ProductAsync(cost: 1_000);
        var order = await ShopKit.PlaceAsync(employee.Client, product);
        await kit.GrantAsync(employee.Id, 1_000);
        (await employee.Client.PostAsync($"/api/shop/orders/{order}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(1_001_000);
        await kit.ShouldReconcileAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("501")]
    public async Task A_missing_blank_or_too_long_reason_is_400_naming_reason(string? reason)
    {
        var employee = await kit.FundedEmployeeAsync(100);
        var admin = await kit.AdminAsync();
        var text = reason == "501" ? new string('r', 501) : reason;
        await NothingWrittenAsync(async () =>
        {
            var body = await (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/deduct", new { userId = employee.Id, amount = 5, reason = text }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
            body.GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        });
    }

    [Theory]
    [InlineData(201, 10, 0)]
    [InlineData(10, 0, 0)]
    [InlineData(10, 100_001, 0)]
    [InlineData(10, 10, -1)]
    public async Task Bad_product_fields_are_400(int nameLength, int cost, int stock)
    {
        var admin = await kit.AdminAsync();
        await NothingWrittenAsync(async () =>
            await (await admin.Client.PostAsJsonAsync("/api/shop/admin/products", new { name = new string('n', nameLength), category = "C", pointsCost = cost, stock }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED"));
    }

    [Theory]
    [InlineData("/api/shop/products?page=0")]
    [InlineData("/api/shop/products?pageSize=0")]
    [InlineData("/api/shop/products?pageSize=101")]
    [InlineData("/api/shop/products?sort=price")]
    [InlineData("/api/shop/me/ledger?type=gift")]
    [InlineData("/api/shop/orders?status=shipped")]
    [InlineData("/api/shop/orders?from=2026-02-01&to=2026-01-01")]
    [InlineData("/api/shop/orders/not-a-guid")]
    public async Task Bad_query_parameters_are_400(string url)
    {
        var employee = await kit.EmployeeAsync();
        await (await employee.Client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_search_of_101_characters_is_400()
    {
        var employee = await kit.EmployeeAsync();
        await (await employee.Client.GetAsync("/api/shop/products?q=" + new string('q', 101))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task Product_edits_need_the_current_etag()
    {
        var admin = await kit.AdminAsync();
        var product = await kit.ProductAsync(cost: 10);
        var edit = new { name = "Renamed", category = "Gadgets", pointsCost = 20 };

        await NothingWrittenAsync(async () =>
            await (await admin.Client.PutAsJsonAsync($"/api/shop/admin/products/{product}", edit)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired));

        var current = await admin.Client.GetAsync($"/api/shop/admin/products/{product}");
        var etag = current.Headers.ETag!.Tag;
        using var ok = new HttpRequestMessage(HttpMethod.Put, $"/api/shop/admin/products/{product}") { Content = JsonContent.Create(edit) };
        ok.Headers.TryAddWithoutValidation("If-Match", etag);
        (await admin.Client.SendAsync(ok)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await NothingWrittenAsync(async () =>
        {
            using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/shop/admin/products/{product}") { Content = JsonContent.Create(edit) };
            stale.Headers.TryAddWithoutValidation("If-Match", etag);
            await (await admin.Client.SendAsync(stale)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "VERSION_MISMATCH");
        });
    }

    [Fact]
    public async Task A_batch_with_one_bad_row_among_999_is_rejected_whole_and_5001_rows_are_400()
    {
        var admin = await kit.AdminAsync();
        var employees = new List<TestUser>();
        for (var i = 0; i < 5; i++)
        {
            employees.Add(await kit.EmployeeAsync());
        }

        // 999 good rows need 999 distinct employees; the same five repeated would be duplicates, so use e-mails of fresh accounts.
        var items = new List<object>();
        for (var i = 0; i < 999; i++)
        {
            items.Add(new { userId = i < employees.Count ? employees[i].Id : (await kit.EmployeeAsync()).Id, amount = 10 });
        }

        items.Insert(500, new { userId = Guid.NewGuid(), amount = 10 });
        await NothingWrittenAsync(async () =>
        {
            var body = await (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/batches", new { kind = "grant", reason = "bonus", items, dryRun = false }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "BATCH_REJECTED");
            body.GetProperty("errors").GetProperty("items[500]")[0].GetString().ShouldBe("EMPLOYEE_NOT_FOUND");
        });

        var tooMany = Enumerable.Range(0, 5_001).Select(_ => new { userId = employees[0].Id, amount = 1 }).ToList();
        await (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/batches", new { kind = "grant", reason = "bonus", items = tooMany }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task A_good_batch_dry_runs_without_writing_then_commits_all_rows()
    {
        var admin = await kit.AdminAsync();
        var a = await kit.EmployeeAsync();
        var b = await kit.EmployeeAsync();
        var request = new { kind = "grant", reason = "Team bonus", items = new object[] { new { userId = a.Id, amount = 100 }, new { email = b.Email, amount = 200 } }, dryRun = true };

        await NothingWrittenAsync(async () =>
        {
            var preview = await (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/batches", request)).ReadAsAsync<JsonElement>();
            preview.GetProperty("totalPoints").GetInt64().ShouldBe(300);
            preview.GetProperty("errorCount").GetInt32().ShouldBe(0);
        });

        var created = await admin.Client.PostAsJsonAsync("/api/shop/admin/points/batches", request with { dryRun = false });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ShopKit.BalanceAsync(b.Client)).ShouldBe(200);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Markup_is_stored_as_typed_and_csv_cells_that_look_like_formulas_are_defused()
    {
        var admin = await kit.AdminAsync();
        var employee = await kit.EmployeeAsync();
        var reason = "=HYPERLINK(\"http://evil\") <script>alert(1)</script>";
        (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = employee.Id, amount = 5, reason })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var ledger = await (await employee.Client.GetAsync("/api/shop/me/ledger")).ReadAsAsync<JsonElement>();
        ledger.GetProperty("items")[0].GetProperty("reason").GetString().ShouldBe(reason);

        var csv = await (await employee.Client.GetAsync("/api/shop/me/ledger.csv")).Content.ReadAsStringAsync();
        csv.ShouldContain("\"'=HYPERLINK(\"\"http://evil\"\") <script>alert(1)</script>\"");
        csv.ShouldNotContain(",=HYPERLINK");
    }
}

public sealed class BadInputTestsOnSqlite(SqliteHost fixture) : BadInputTests<SqliteHost>(fixture);

public sealed class BadInputTestsOnPostgres(PostgresHost fixture) : BadInputTests<PostgresHost>(fixture);

public sealed class BadInputTestsOnMySql(MySqlHost fixture) : BadInputTests<MySqlHost>(fixture);
