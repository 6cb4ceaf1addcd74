using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;

namespace Quartet.Meals.Tests;

/// <summary>Another user's items are 404 by URL and by ids smuggled into bodies, with the same body as a random id.</summary>
public abstract class PrivacyTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    private sealed record Owned(Guid Restaurant, Guid Expense, Guid Category, Guid Tag, Guid Budget, Guid Import, Guid Export);

    private async Task<Owned> SeedOwnerAsync(TestUser owner)
    {
        var restaurant = await owner.Client.CreateRestaurantAsync("Private Place");
        var expense = (await owner.Client.CreateExpenseAsync(restaurant, 1200, "2025-01-01", tags: ["secret"])).GetProperty("id").GetGuid();
        await owner.Client.UploadAsync($"/api/meals/expenses/{expense}/receipt", "%PDF-1.4"u8.ToArray(), "r.pdf", "application/pdf");
        var category = (await (await owner.Client.PostAsJsonAsync("/api/meals/categories", new { name = "Mine" })).JsonAsync()).GetProperty("id").GetGuid();
        var tag = (await (await owner.Client.GetAsync("/api/meals/tags")).JsonAsync())[0].GetProperty("id").GetGuid();
        var budget = (await (await owner.Client.PostAsJsonAsync("/api/meals/budgets", new { limitMinor = 10000 })).JsonAsync()).GetProperty("id").GetGuid();
        var import = (await (await owner.Client.UploadCsvAsync("date,amount,restaurant\n2025-01-02,5.00,Somewhere\n")).JsonAsync()).GetProperty("id").GetGuid();
        var export = (await (await owner.Client.PostAsync("/api/meals/me/exports", null)).JsonAsync()).GetProperty("id").GetGuid();
        return new Owned(restaurant, expense, category, tag, budget, import, export);
    }

    private static IEnumerable<(string Method, string Path, object? Body)> IdRoutes(Owned o) =>
    [
        ("GET", $"/api/meals/restaurants/{o.Restaurant}", null),
        ("PUT", $"/api/meals/restaurants/{o.Restaurant}", new { name = "Hijack" }),
        ("DELETE", $"/api/meals/restaurants/{o.Restaurant}?cascade=true", null),
        ("GET", $"/api/meals/restaurants/{o.Restaurant}/suggested-category", null),
        ("GET", $"/api/meals/expenses/{o.Expense}", null),
        ("PUT", $"/api/meals/expenses/{o.Expense}", new { restaurantId = o.Restaurant, amountMinor = 1 }),
        ("DELETE", $"/api/meals/expenses/{o.Expense}", null),
        ("GET", $"/api/meals/expenses/{o.Expense}/receipt", null),
        ("DELETE", $"/api/meals/expenses/{o.Expense}/receipt", null),
        ("PUT", $"/api/meals/categories/{o.Category}", new { name = "Hijack" }),
        ("DELETE", $"/api/meals/categories/{o.Category}", null),
        ("PUT", $"/api/meals/tags/{o.Tag}", new { name = "hijack" }),
        ("DELETE", $"/api/meals/tags/{o.Tag}", null),
        ("POST", $"/api/meals/tags/{o.Tag}/merge", new { intoTagId = Guid.NewGuid() }),
        ("PUT", $"/api/meals/budgets/{o.Budget}", new { limitMinor = 1 }),
        ("DELETE", $"/api/meals/budgets/{o.Budget}", null),
        ("GET", $"/api/meals/imports/{o.Import}", null),
        ("PATCH", $"/api/meals/imports/{o.Import}", new { dateOrder = "DMY" }),
        ("GET", $"/api/meals/imports/{o.Import}/rows", null),
        ("PATCH", $"/api/meals/imports/{o.Import}/rows", new { decisions = new[] { new { rowNumber = 1, expenseAction = "skip" } } }),
        ("POST", $"/api/meals/imports/{o.Import}/apply", null),
        ("DELETE", $"/api/meals/imports/{o.Import}", null),
        ("GET", $"/api/meals/me/exports/{o.Export}", null),
        ("GET", $"/api/meals/me/exports/{o.Export}/download", null),
    ];

    private static HttpRequestMessage Request(string method, string path, object? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
        return request;
    }

    private static string WithoutTrace(JsonElement problem) =>
        JsonSerializer.Serialize(problem.EnumerateObject().Where(p => p.Name is not ("traceId" or "instance")).ToDictionary(p => p.Name, p => p.Value.ToString()));

    private async Task<string> SnapshotAsync(Guid userId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        var settings = await db.Settings.AsNoTracking().FirstAsync(s => s.UserId == userId);
        return JsonSerializer.Serialize(new
        {
            settings.DataVersion,
            Restaurants = await db.Restaurants.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Id).Select(r => r.Name + r.Version).ToListAsync(),
            Expenses = await db.Expenses.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.Id).Select(e => e.AmountMinor + ":" + e.Version).ToListAsync(),
            Categories = await db.Categories.AsNoTracking().Where(c => c.UserId == userId).CountAsync(),
            Tags = await db.Tags.AsNoTracking().Where(t => t.UserId == userId).CountAsync(),
            Budgets = await db.Budgets.AsNoTracking().Where(b => b.UserId == userId).Select(b => b.LimitMinor).ToListAsync(),
            Receipts = await db.Receipts.AsNoTracking().CountAsync(r => r.UserId == userId),
            Imports = await db.ImportBatches.AsNoTracking().Where(b => b.UserId == userId).Select(b => b.Status + b.DateOrder).ToListAsync(),
        });
    }

    [Fact]
    public async Task Every_id_route_answers_another_user_exactly_like_a_random_id_and_changes_nothing()
    {
        var owner = await Host.CreateUserAsync();
        var owned = await SeedOwnerAsync(owner);
        var before = await SnapshotAsync(owner.Id);
        foreach (var intruder in new[] { await Host.CreateUserAsync(), await Host.CreateUserAsync("meals.admin"), await Host.CreateUserAsync("admin") })
        {
            var random = new Owned(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            foreach (var ((method, path, body), (_, randomPath, randomBody)) in IdRoutes(owned).Zip(IdRoutes(random)))
            {
                var foreign = await (await intruder.Client.SendAsync(Request(method, path, body))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
                var missing = await (await intruder.Client.SendAsync(Request(method, randomPath, randomBody))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
                WithoutTrace(foreign).ShouldBe(WithoutTrace(missing), $"{method} {path}");
            }
        }

        (await SnapshotAsync(owner.Id)).ShouldBe(before);
    }

    [Fact]
    public async Task Foreign_ids_inside_bodies_give_404_and_change_nothing()
    {
        var owner = await Host.CreateUserAsync();
        var owned = await SeedOwnerAsync(owner);
        var intruder = await Host.CreateUserAsync();
        var mine = await intruder.Client.CreateRestaurantAsync("My Place");
        var myExpense = (await intruder.Client.CreateExpenseAsync(mine, 500, "2025-01-01")).GetProperty("id").GetGuid();
        var myTag = (await (await intruder.Client.PostAsJsonAsync("/api/meals/tags", new { name = "mine" })).JsonAsync()).GetProperty("id").GetGuid();
        var myImport = (await (await intruder.Client.UploadCsvAsync("date,amount,restaurant\n2025-01-02,5.00,Elsewhere\n")).JsonAsync()).GetProperty("id").GetGuid();
        var ownerBefore = await SnapshotAsync(owner.Id);
        var intruderBefore = await SnapshotAsync(intruder.Id);

        var attempts = new (string Method, string Path, object Body)[]
        {
            ("POST", "/api/meals/expenses", new { restaurantId = owned.Restaurant, amountMinor = 100 }),
            ("POST", "/api/meals/expenses", new { restaurantId = mine, amountMinor = 100, categoryId = owned.Category }),
            ("PUT", $"/api/meals/expenses/{myExpense}", new { restaurantId = owned.Restaurant, amountMinor = 100 }),
            ("POST", "/api/meals/budgets", new { limitMinor = 100, categoryId = owned.Category }),
            ("POST", $"/api/meals/tags/{myTag}/merge", new { intoTagId = owned.Tag }),
            ("POST", "/api/meals/expenses/bulk-delete", new { ids = new[] { myExpense, owned.Expense } }),
            ("POST", "/api/meals/expenses/export", new { format = "csv", ids = new[] { owned.Expense } }),
            ("PATCH", $"/api/meals/imports/{myImport}/rows", new { decisions = new[] { new { rowNumber = 1, restaurantAction = "match", restaurantId = owned.Restaurant, expenseAction = "create" } } }),
            ("PATCH", $"/api/meals/imports/{myImport}/rows", new { decisions = new[] { new { rowNumber = 1, restaurantAction = "create", expenseAction = "update", targetExpenseId = owned.Expense } } }),
        };
        foreach (var (method, path, body) in attempts)
        {
            var response = await intruder.Client.SendAsync(Request(method, path, body));
            await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        (await SnapshotAsync(owner.Id)).ShouldBe(ownerBefore);
        (await SnapshotAsync(intruder.Id)).ShouldBe(intruderBefore);
    }

    [Fact]
    public async Task Anonymous_gets_401_non_admin_403_deactivated_403_and_cookie_posts_need_csrf()
    {
        var anonymous = Host.CreateRawClient();
        await (await anonymous.GetAsync("/api/meals/expenses")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var user = await Host.CreateUserAsync();
        await (await user.Client.GetAsync("/api/meals/admin/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var admin = await Host.CreateUserAsync("meals.admin");
        await user.Client.GetAsync("/api/meals/settings");
        (await admin.Client.PostAsync($"/api/meals/admin/users/{user.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await user.Client.GetAsync("/api/meals/expenses")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "MEALS_ACCESS_DEACTIVATED");
        (await admin.Client.PostAsync($"/api/meals/admin/users/{user.Id}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetAsync("/api/meals/expenses")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await admin.Client.PostAsync($"/api/meals/admin/users/{admin.Id}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "CANNOT_DEACTIVATE_SELF");

        var browser = Host.CreateRawClient();
        var login = await browser.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = user.Password });
        login.EnsureSuccessStatusCode();
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var post = new HttpRequestMessage(HttpMethod.Post, "/api/meals/restaurants") { Content = new StringContent("""{"name":"CSRF"}""", Encoding.UTF8, "application/json") };
        post.Headers.Add("Cookie", cookie);
        await (await browser.SendAsync(post)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "CSRF_TOKEN_INVALID");
    }

    [Fact]
    public async Task Deleting_all_meal_data_leaves_no_rows_or_blobs_and_spares_other_users()
    {
        var owner = await Host.CreateUserAsync();
        var other = await Host.CreateUserAsync();
        await SeedOwnerAsync(owner);
        await SeedOwnerAsync(other);
        var otherBefore = await SnapshotAsync(other.Id);
        string ownerBlob, otherBlob;
        await using (var before = Host.Services.CreateAsyncScope())
        {
            var receipts = before.ServiceProvider.GetRequiredService<MealsDb>().Receipts.AsNoTracking();
            ownerBlob = await receipts.Where(r => r.UserId == owner.Id).Select(r => r.BlobKey).SingleAsync();
            otherBlob = await receipts.Where(r => r.UserId == other.Id).Select(r => r.BlobKey).SingleAsync();
        }

        await (await owner.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/meals/me") { Content = JsonContent.Create(new { confirm = "yes" }) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "CONFIRMATION_REQUIRED");
        (await owner.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/meals/me") { Content = JsonContent.Create(new { confirm = "DELETE" }) }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        (await db.Restaurants.CountAsync(r => r.UserId == owner.Id)).ShouldBe(0);
        (await db.Expenses.CountAsync(e => e.UserId == owner.Id)).ShouldBe(0);
        (await db.Categories.CountAsync(c => c.UserId == owner.Id)).ShouldBe(0);
        (await db.Tags.CountAsync(t => t.UserId == owner.Id)).ShouldBe(0);
        (await db.Budgets.CountAsync(b => b.UserId == owner.Id)).ShouldBe(0);
        (await db.Receipts.CountAsync(r => r.UserId == owner.Id)).ShouldBe(0);
        (await db.ImportBatches.CountAsync(b => b.UserId == owner.Id)).ShouldBe(0);
        (await db.Settings.CountAsync(s => s.UserId == owner.Id)).ShouldBe(0);
        var store = scope.ServiceProvider.GetRequiredService<ReceiptBlobs>().Store;
        (await store.OpenReadAsync(ownerBlob, CancellationToken.None)).ShouldBeNull();
        await (await store.OpenReadAsync(otherBlob, CancellationToken.None)).ShouldNotBeNull().Content.DisposeAsync();
        (await SnapshotAsync(other.Id)).ShouldBe(otherBefore);
        var audit = await db.Audit.AsNoTracking().Where(a => a.SubjectUserId == owner.Id && a.Action == "data.delete").SingleAsync();
        audit.DetailJson.ShouldNotContain("1200");
    }
}

public sealed class PrivacyTestsOnSqlite(SqliteHost fixture) : PrivacyTests<SqliteHost>(fixture);

public sealed class PrivacyTestsOnPostgres(PostgresHost fixture) : PrivacyTests<PostgresHost>(fixture);

public sealed class PrivacyTestsOnMySql(MySqlHost fixture) : PrivacyTests<MySqlHost>(fixture);

public sealed class PrivacyTestsOnS3(S3Host fixture) : PrivacyTests<S3Host>(fixture);
