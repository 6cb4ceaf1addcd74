using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Parks.Data;
using Quartet.Shop.Data;

namespace Quartet.Platform.Tests;

/// <summary>Deleting an account across the four apps (issue 19 §4).</summary>
public sealed class AccountDeletionTests
{
    private static readonly string[] Databases = ["platform", "shop", "meals", "live", "parks"];

    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.Postgres)]
    [InlineData(TestProvider.MySql)]
    public async Task After_deletion_no_row_of_any_app_holds_the_email_name_or_employee_number_and_the_shop_still_reconciles(TestProvider provider)
    {
        await using var host = await QuartetTestHost.StartAsync(provider);
        var admin = await host.CreateUserAsync("admin", "shop.admin", "parks.admin");
        var user = await host.CreateUserAsync("shop.employee", "live.host");
        var name = "Zed" + Guid.NewGuid().ToString("N")[..8];
        var employeeNumber = "EMP-" + Guid.NewGuid().ToString("N")[..8];
        var browser = host.CreateClient();
        await QuartetTestHost.SignInAsync(browser, user.Email, user.Password);
        await SetDisplayNameAsync(host, user.Id, name);

        // Shop: an employee number, points granted with the name in the reason, an order.
        (await admin.Client.PatchAsJsonAsync($"/api/shop/admin/employees/{user.Id}", new { employeeNumber, department = "Research" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await SucceedsAsync(await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = user.Id, amount = 500, reason = $"Welcome {name} ({employeeNumber})" }));
        var product = await (await admin.Client.PostAsJsonAsync("/api/shop/admin/products",
            new { name = "Deletion mug", category = "Home", pointsCost = 120, stock = 5, isActive = true })).ReadAsAsync<JsonElement>();
        using (var order = new HttpRequestMessage(HttpMethod.Post, "/api/shop/orders") { Content = JsonContent.Create(new { productId = product.GetProperty("id").GetGuid(), quantity = 1 }) })
        {
            order.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            await SucceedsAsync(await user.Client.SendAsync(order));
        }

        // Meals: a restaurant and an expense whose note names the user.
        var restaurant = await (await user.Client.PostAsJsonAsync("/api/meals/restaurants", new { name = $"{name}'s diner" })).ReadAsAsync<JsonElement>();
        await SucceedsAsync(await user.Client.PostAsJsonAsync("/api/meals/expenses",
            new { restaurantId = restaurant.GetProperty("id").GetGuid(), amountMinor = 1250, localDate = "2026-11-02", notes = $"lunch with {user.Email}" }));

        // Live: a hosted session with a participant (nicknamed like the host) and a response.
        var session = await (await user.Client.PostAsJsonAsync("/api/live/sessions", new { title = "Town hall" })).ReadAsAsync<JsonElement>();
        var sessionId = session.GetProperty("id").GetGuid();
        await SucceedsAsync(await user.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/activities", new { type = "poll", title = "Lunch?", resultsMode = "live", config = new { options = new[] { "Yes", "No" }, allowChange = true } }));
        await SucceedsAsync(await user.Client.PostAsync($"/api/live/sessions/{sessionId}/start", null));
        await SucceedsAsync(await host.CreateRawClient().PostAsJsonAsync("/api/live/join", new { code = session.GetProperty("code").GetString(), nickname = name }));

        // Parks: an admin audit row written by the user (as AdminSupport.Record writes it: actor = e-mail).
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var parks = scope.ServiceProvider.GetRequiredService<ParksDb>();
            parks.AuditEntries.Add(new AdminAuditEntry
            {
                Id = Guid.CreateVersion7(),
                At = DateTime.UtcNow,
                Actor = user.Email,
                Action = "park.edit",
                EntityType = "park",
                EntityId = Guid.CreateVersion7().ToString(),
            });
            await parks.SaveChangesAsync();
        }

        foreach (var secret in new[] { user.Email, name, employeeNumber })
        {
            (await RowsHoldingAsync(host, secret)).ShouldNotBeEmpty($"the set-up should have stored {secret}");
        }

        await (await browser.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/auth/me") { Content = JsonContent.Create(new { password = "wrong-password-9" }) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        (await browser.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/auth/me") { Content = JsonContent.Create(new { password = user.Password }) }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        foreach (var secret in new[] { user.Email, name, employeeNumber })
        {
            (await RowsHoldingAsync(host, secret)).ShouldBeEmpty();
        }

        (await browser.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await user.Client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var shop = Host.Modules.All.Single(m => m.Key == "shop");
        (await shop.CheckIntegrityAsync(host.Services, CancellationToken.None)).ShouldBeEmpty();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var shopDb = scope.ServiceProvider.GetRequiredService<ShopDb>();
            (await shopDb.Orders.CountAsync(o => o.UserId == user.Id)).ShouldBe(1);
            (await shopDb.Ledger.CountAsync(e => e.UserId == user.Id)).ShouldBe(2);
            (await scope.ServiceProvider.GetRequiredService<ParksDb>().AuditEntries.CountAsync(a => a.Actor == "deleted user")).ShouldBe(1);
            (await scope.ServiceProvider.GetRequiredService<LiveDb>().Sessions.CountAsync(x => x.Id == sessionId)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Admins_delete_any_account_but_never_the_last_admin()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite);
        var admin = await host.CreateUserAsync("admin");
        var other = await host.CreateUserAsync();

        (await admin.Client.DeleteAsync($"/api/admin/users/{other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await admin.Client.DeleteAsync($"/api/admin/users/{other.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "USER_NOT_FOUND");
        await (await admin.Client.DeleteAsync($"/api/admin/users/{admin.Id}")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "CANNOT_DELETE_SELF");

        var lastAdminSelf = new HttpRequestMessage(HttpMethod.Delete, "/api/auth/me") { Content = JsonContent.Create(new { password = admin.Password }) };
        await (await admin.Client.SendAsync(lastAdminSelf)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "LAST_ADMIN");
        (await admin.Client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var nonAdmin = await host.CreateUserAsync();
        (await nonAdmin.Client.DeleteAsync($"/api/admin/users/{admin.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task SucceedsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
    }

    private static async Task SetDisplayNameAsync(QuartetTestHost host, Guid userId, string name)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.PlatformDb>();
        var user = await db.Users.FindAsync(userId);
        user!.DisplayName = name;
        await db.SaveChangesAsync();
    }

    /// <summary>Every "table.column" of every app's database whose text holds <paramref name="value"/> (SQLite files, PostgreSQL schemas or MySQL databases).</summary>
    private static async Task<List<string>> RowsHoldingAsync(QuartetTestHost host, string value)
    {
        var found = new List<string>();
        if (host.Provider == TestProvider.Postgres)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var connection = scope.ServiceProvider.GetRequiredService<Data.PlatformDb>().Database.GetDbConnection();
            await connection.OpenAsync();
            var schemas = string.Join(", ", Databases.Select(d => $"'{d}'"));
            var columns = await ColumnsAsync(connection, $"SELECT table_schema || '\".\"' || table_name, column_name FROM information_schema.columns WHERE table_schema IN ({schemas})");
            await SearchAsync(connection, columns, "strpos", value, found, "postgres");
            return found;
        }

        if (host.Provider == TestProvider.MySql)
        {
            await using var scope = host.Services.CreateAsyncScope();
            foreach (var context in new DbContext[]
            {
                scope.ServiceProvider.GetRequiredService<Data.PlatformDb>(), scope.ServiceProvider.GetRequiredService<ShopDb>(),
                scope.ServiceProvider.GetRequiredService<Meals.Data.MealsDb>(), scope.ServiceProvider.GetRequiredService<LiveDb>(),
                scope.ServiceProvider.GetRequiredService<ParksDb>(),
            })
            {
                var connection = context.Database.GetDbConnection();
                await connection.OpenAsync();
                try
                {
                    var columns = await ColumnsAsync(connection, "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE()");
                    await SearchAsync(connection, columns, "instr", value, found, connection.Database, mySql: true);
                }
                finally
                {
                    await connection.CloseAsync();
                }
            }

            return found;
        }

        foreach (var database in Databases)
        {
            await using var connection = Open(host, database);
            await connection.OpenAsync();
            var columns = await ColumnsAsync(connection,
                "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'");
            await SearchAsync(connection, columns, "instr", value, found, database);
        }

        return found;
    }

    private static async Task<List<(string Table, string Column)>> ColumnsAsync(DbConnection connection, string sql)
    {
        var columns = new List<(string, string)>();
        await using var list = connection.CreateCommand();
        list.CommandText = sql;
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    private static async Task SearchAsync(
        DbConnection connection, List<(string Table, string Column)> columns, string position, string value, List<string> found, string database, bool mySql = false)
    {
        foreach (var (table, column) in columns)
        {
            await using var search = connection.CreateCommand();
            search.CommandText = mySql
                ? $"SELECT COUNT(*) FROM `{table}` WHERE {position}(lower(CAST(`{column}` AS CHAR)), lower(@value)) > 0"
                : $"SELECT COUNT(*) FROM \"{table}\" WHERE {position}(lower(CAST(\"{column}\" AS TEXT)), lower(@value)) > 0";
            var parameter = search.CreateParameter();
            parameter.ParameterName = "value";
            parameter.Value = value;
            search.Parameters.Add(parameter);
            if (Convert.ToInt64(await search.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                found.Add($"{database}.{table}.{column}");
            }
        }
    }

    private static SqliteConnection Open(QuartetTestHost host, string database) =>
        new(new SqliteConnectionStringBuilder { DataSource = Path.Combine(host.DataDir, database + ".db"), Pooling = false }.ConnectionString);
}
