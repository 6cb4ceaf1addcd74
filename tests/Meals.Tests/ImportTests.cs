using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Quartet.Meals.Tests;

public abstract class ImportTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task A_bank_export_is_reviewed_with_a_duplicate_resolved_and_applied()
    {
        var user = await Host.CreateUserAsync();
        var cafe = await user.Client.CreateRestaurantAsync("The Corner Café", "Boston");
        var existing = (await user.Client.CreateExpenseAsync(cafe, 450, "2025-01-10")).GetProperty("id").GetGuid();
        var csv = "Transaction Date;Payee;Amount;City;Memo;Labels;Mystery\r\n"
            + "10/01/2025;Corner Cafe;-4,50;Boston;latte;coffee, morning;x\r\n"
            + "13/01/2025;Noodle Bar;-23,90;Boston;\"ramen; extra egg\";lunch;x\r\n"
            + "14/01/2025;Noodle Bar;5,00;Boston;refund;;x\r\n"
            + "15/01/2025;Nowhere;abc;Boston;;;x\r\n";
        var batch = await (await user.Client.UploadCsvAsync(csv, "bank.csv")).JsonAsync();
        var id = batch.GetProperty("id").GetGuid();
        batch.GetProperty("options").GetProperty("dateOrder").GetString().ShouldBe("DMY");
        batch.GetProperty("options").GetProperty("signConvention").GetString().ShouldBe("spendNegative");
        batch.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ShouldContain(w => w!.Contains("Mystery"));
        var counts = batch.GetProperty("counts");
        counts.GetProperty("rows").GetInt32().ShouldBe(4);
        counts.GetProperty("errors").GetInt32().ShouldBe(1);
        counts.GetProperty("possibleDuplicates").GetInt32().ShouldBe(1);
        counts.GetProperty("newRestaurants").GetInt32().ShouldBe(1);

        var duplicates = await (await user.Client.GetAsync($"/api/meals/imports/{id}/rows?status=duplicate")).JsonAsync();
        var row = duplicates.GetProperty("items")[0];
        row.GetProperty("decision").GetProperty("expenseAction").GetString().ShouldBe("skip");
        row.GetProperty("decision").GetProperty("restaurantId").GetGuid().ShouldBe(cafe);
        row.GetProperty("duplicateCandidates")[0].GetProperty("expenseId").GetGuid().ShouldBe(existing);

        var errorRow = (await (await user.Client.GetAsync($"/api/meals/imports/{id}/rows?status=error")).JsonAsync()).GetProperty("items")[0].GetProperty("rowNumber").GetInt32();
        await (await user.Client.PatchAsJsonAsync($"/api/meals/imports/{id}/rows", new { decisions = new[] { new { rowNumber = errorRow, expenseAction = "create" } } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "IMPORT_ROW_HAS_ERRORS");
        var decided = await user.Client.PatchAsJsonAsync($"/api/meals/imports/{id}/rows",
            new { decisions = new[] { new { rowNumber = row.GetProperty("rowNumber").GetInt32(), expenseAction = "update", targetExpenseId = existing } } });
        decided.StatusCode.ShouldBe(HttpStatusCode.OK);

        var result = await (await user.Client.PostAsync($"/api/meals/imports/{id}/apply", null)).JsonAsync();
        result.GetProperty("created").GetInt32().ShouldBe(2);
        result.GetProperty("updated").GetInt32().ShouldBe(1);
        result.GetProperty("skipped").GetInt32().ShouldBe(1);
        result.GetProperty("restaurantsCreated").GetInt32().ShouldBe(1);
        await (await user.Client.PostAsync($"/api/meals/imports/{id}/apply", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "IMPORT_NOT_OPEN");

        var list = await (await user.Client.GetAsync($"/api/meals/expenses?importId={id}&sort=date&order=asc")).JsonAsync();
        var amounts = list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("amountMinor").GetInt64()).ToList();
        amounts.ShouldBe([2390, -500]);
        list.GetProperty("items")[0].GetProperty("notes").GetString().ShouldBe("ramen; extra egg");
        var updated = await (await user.Client.GetAsync($"/api/meals/expenses/{existing}")).JsonAsync();
        updated.GetProperty("notes").GetString().ShouldBe("latte");
        updated.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["coffee", "morning"]);
    }

    [Theory]
    [InlineData("date,total\n2025-01-01,5\n", "IMPORT_COLUMNS_MISSING", HttpStatusCode.BadRequest)]
    [InlineData("restaurant,when\nx,2025-01-01\n", "IMPORT_COLUMNS_MISSING", HttpStatusCode.BadRequest)]
    public async Task Files_without_required_columns_are_refused(string csv, string code, HttpStatusCode status)
    {
        var user = await Host.CreateUserAsync();
        await (await user.Client.UploadCsvAsync(csv)).ShouldBeProblemAsync(status, code);
    }

    [Fact]
    public async Task Non_utf8_and_oversized_files_are_refused()
    {
        var user = await Host.CreateUserAsync();
        var latin1 = Encoding.Latin1.GetBytes("date,amount,restaurant\n2025-01-01,5,Caf\u00e9 \u00e0 la cr\u00e8me\n");
        await (await user.Client.UploadAsync("/api/meals/imports", latin1, "latin1.csv")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "IMPORT_UNREADABLE");
        var rows = new StringBuilder("date,amount,restaurant\n");
        for (var i = 0; i < 20_001; i++)
        {
            rows.Append("2025-01-01,1,A\n");
        }

        await (await user.Client.UploadCsvAsync(rows.ToString())).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "IMPORT_TOO_LARGE");
    }

    [Fact]
    public async Task Ten_parallel_applies_of_one_batch_apply_once()
    {
        var user = await Host.CreateUserAsync();
        var batch = await (await user.Client.UploadCsvAsync("date,amount,restaurant\n2025-01-01,5.00,Once\n2025-01-02,6.00,Once\n")).JsonAsync();
        var id = batch.GetProperty("id").GetGuid();
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => user.Client.PostAsync($"/api/meals/imports/{id}/apply", null)));
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var r in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await r.ShouldBeProblemAsync(HttpStatusCode.Conflict, "IMPORT_NOT_OPEN");
        }

        (await (await user.Client.GetAsync("/api/meals/expenses")).JsonAsync()).GetProperty("total").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Undecided_rows_block_the_apply()
    {
        var user = await Host.CreateUserAsync();
        await user.Client.CreateRestaurantAsync("Pizza Place", "Rome");
        await user.Client.CreateRestaurantAsync("Pizza Place", "Milan");
        var batch = await (await user.Client.UploadCsvAsync("date,amount,restaurant\n2025-01-01,5.00,Pizza Place\n")).JsonAsync();
        batch.GetProperty("counts").GetProperty("undecided").GetInt32().ShouldBe(1);
        await (await user.Client.PostAsync($"/api/meals/imports/{batch.GetProperty("id").GetGuid()}/apply", null))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IMPORT_DECISIONS_MISSING");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task Export_then_import_into_a_fresh_user_then_export_gives_the_same_rows(string format)
    {
        var source = await Host.CreateUserAsync();
        var a = await (await source.Client.PostAsJsonAsync("/api/meals/restaurants", new
        {
            name = "=HYPERLINK(\"x\")",
            addressLine1 = "1 \"Quoted\" St, Apt 2",
            city = "Zürich",
            region = "ZH",
            postalCode = "8001",
            countryCode = "CH",
            cuisine = "Swiss",
            priceLevel = 3,
            rating = 4,
            website = "example.ch",
            phone = "+41 44 123 45 67",
        })).JsonAsync();
        var b = await source.Client.CreateRestaurantAsync("Sushi 寿司", "Tokyo");
        var c = await source.Client.CreateRestaurantAsync("Souq", "Manama");
        await source.Client.CreateExpenseAsync(a.GetProperty("id").GetGuid(), 4250, "2024-12-24", "CHF", "19:45", partySize: 3,
            tags: ["family", "xmas"], notes: "Line 1\nLine 2, with \"quotes\"; and 🎉 emoji");
        await source.Client.CreateExpenseAsync(b, 1200, "2024-12-25", "JPY", notes: "+cmd|' /C calc'!A0");
        await source.Client.CreateExpenseAsync(c, 12345, "2024-12-26", "BHD", notes: "@SUM(1)");
        await source.Client.CreateExpenseAsync(c, 500, "2024-12-26", "BHD");
        await source.Client.ImportAndApplyAsync(Encoding.UTF8.GetBytes("date,amount,currency,restaurant,notes\n2024-12-27,-7.50,USD,Refunder,'-already quoted\n"), "r.csv");

        var first = await source.Client.GetStringOkAsync($"/api/meals/expenses/export?format={format}");
        var target = await Host.CreateUserAsync();
        var result = await target.Client.ImportAndApplyAsync(Encoding.UTF8.GetBytes(first), $"export.{format}");
        result.GetProperty("created").GetInt32().ShouldBe(5);
        var second = await target.Client.GetStringOkAsync($"/api/meals/expenses/export?format={format}");
        Normalize(second, format).ShouldBe(Normalize(first, format));

        var again = await (await target.Client.UploadAsync("/api/meals/imports", Encoding.UTF8.GetBytes(second), $"again.{format}")).JsonAsync();
        again.GetProperty("counts").GetProperty("toCreate").GetInt32().ShouldBe(0);
        again.GetProperty("counts").GetProperty("toUpdate").GetInt32().ShouldBe(0);
        var reapplied = await (await target.Client.PostAsync($"/api/meals/imports/{again.GetProperty("id").GetGuid()}/apply", null)).JsonAsync();
        reapplied.GetProperty("created").GetInt32().ShouldBe(0);
        reapplied.GetProperty("updated").GetInt32().ShouldBe(0);
    }

    private static string Normalize(string export, string format)
    {
        if (format == "csv")
        {
            var lines = Quartet.Platform.Csv.CsvTable.Parse(export, ',').ToList();
            lines[0].Take(3).ShouldBe(["id", "date", "time"]);
            return string.Join("\n", lines.Select(cells => string.Join("|", cells.Skip(1).Take(cells.Count - 3))));
        }

        var root = JsonDocument.Parse(export).RootElement;
        var restaurants = root.GetProperty("restaurants").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!,
            r => string.Join("|", r.EnumerateObject().Where(p => p.Name is not ("id" or "createdAt" or "updatedAt")).Select(p => p.Value.ToString())));
        var expenses = root.GetProperty("expenses").EnumerateArray().Select(e => restaurants[e.GetProperty("restaurantId").GetString()!] + "#" +
            string.Join("|", e.EnumerateObject().Where(p => p.Name is not ("id" or "restaurantId" or "createdAt" or "updatedAt" or "source")).Select(p => p.Value.ToString())));
        var tags = root.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString() + t.GetProperty("colour").GetString());
        return string.Join("\n", expenses.Concat(tags));
    }
}

public sealed class ImportTestsOnSqlite(SqliteHost fixture) : ImportTests<SqliteHost>(fixture);

public sealed class ImportTestsOnPostgres(PostgresHost fixture) : ImportTests<PostgresHost>(fixture);

public sealed class ImportTestsOnMySql(MySqlHost fixture) : ImportTests<MySqlHost>(fixture);
