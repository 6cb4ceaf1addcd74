using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Quartet.Parks.Data;

namespace Quartet.Platform.Tests;

/// <summary>Deleting an account across the four apps (issue 19 §4).</summary>
public sealed class AccountDeletionTests
{
    private static readonly string[] Databases = ["platform", "shop", "meals", "live", "parks"];

    [Fact]
    public async Task After_deletion_no_row_of_any_app_holds_the_email_name_or_employee_number_and_the_shop_still_reconciles()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite);
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
        (await Count(host, "shop", "SELECT COUNT(*) FROM orders WHERE \"UserId\" = $id", user.Id)).ShouldBe(1);
        (await Count(host, "shop", "SELECT COUNT(*) FROM ledger_entries WHERE \"UserId\" = $id", user.Id)).ShouldBe(2);
        (await Count(host, "parks", "SELECT COUNT(*) FROM admin_audit WHERE \"Actor\" = 'deleted user'", user.Id)).ShouldBe(1);
        (await Count(host, "live", "SELECT COUNT(*) FROM live_sessions WHERE \"Id\" = $id", sessionId)).ShouldBe(1);
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

    /// <summary>Every "table.column" of every app's database whose text holds <paramref name="value"/>.</summary>
    private static async Task<List<string>> RowsHoldingAsync(QuartetTestHost host, string value)
    {
        var found = new List<string>();
        foreach (var database in Databases)
        {
            await using var connection = Open(host, database);
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                var columns = new List<string>();
                await using (var info = connection.CreateCommand())
                {
                    info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
                    await using var reader = await info.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        columns.Add(reader.GetString(0));
                    }
                }

                foreach (var column in columns)
                {
                    await using var search = connection.CreateCommand();
                    search.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(lower(CAST(\"{column}\" AS TEXT)), lower($value)) > 0";
                    search.Parameters.AddWithValue("$value", value);
                    if ((long)(await search.ExecuteScalarAsync())! > 0)
                    {
                        found.Add($"{database}.{table}.{column}");
                    }
                }
            }
        }

        return found;
    }

    private static async Task<long> Count(QuartetTestHost host, string database, string sql, Guid id)
    {
        await using var connection = Open(host, database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static SqliteConnection Open(QuartetTestHost host, string database) =>
        new(new SqliteConnectionStringBuilder { DataSource = Path.Combine(host.DataDir, database + ".db"), Pooling = false }.ConnectionString);
}
