using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Data;
using Quartet.Meals.Reports;

namespace Quartet.Meals.Tests;

/// <summary>
/// The month rows behind dashboard, summary and reports stay exact under random writes from concurrent writers (create,
/// update, delete, bulk delete, category delete, import), and answers read through them equal the same answers computed
/// from the expenses alone.
/// </summary>
public abstract class MonthTotalsTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private static readonly string[] CurrencyCodes = ["USD", "EUR", "JPY"];
    private static readonly string?[] MealTypes = [null, "breakfast", "lunch", "dinner", "coffee"];

    [Fact]
    public async Task Month_rows_equal_the_expenses_after_random_concurrent_writes()
    {
        var users = new[] { await fixture.Host.CreateUserAsync(), await fixture.Host.CreateUserAsync() };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Task.WhenAll(users.SelectMany((user, u) => Enumerable.Range(0, 3).Select(w => WriteRandomlyAsync(user, new Random(100 * u + w), today, w == 0))));

        foreach (var user in users)
        {
            await using var scope = fixture.Host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
            var mine = db.Expenses.Where(e => e.UserId == user.Id);
            (await mine.CountAsync()).ShouldBeGreaterThan(20);
            var stored = await MonthCells.InRangeAsync(db.MonthTotals.Where(t => t.UserId == user.Id), mine, null, null, CancellationToken.None);
            stored.ShouldBe(await MonthCells.FromExpensesAsync(mine, CancellationToken.None));
            (await db.MonthTotals.CountAsync(t => t.UserId == user.Id && t.Count == 0)).ShouldBe(0, "empty groups leave no row");

            var random = new Random(7);
            for (var i = 0; i < 25; i++)
            {
                var from = today.AddDays(-random.Next(800));
                var to = from.AddDays(random.Next(i % 5 == 0 ? 20 : 500));
                foreach (var currency in CurrencyCodes)
                {
                    var scoped = ExpenseAggregates.InRange(db, user.Id, currency, from, to);
                    (await MonthCells.InRangeAsync(db.MonthTotals.Where(t => t.UserId == user.Id && t.Currency == currency), scoped, from, to, CancellationToken.None))
                        .ShouldBe(await MonthCells.FromExpensesAsync(scoped, CancellationToken.None), $"{currency} {from}..{to}");
                    (await MonthCells.PlacesAsync(db, user.Id, currency, from, to, CancellationToken.None))
                        .ShouldBe(await MonthCells.PlacesFromExpensesAsync(scoped, CancellationToken.None), $"{currency} {from}..{to}");
                }

                // The summary reads month rows for these filters; an amount bound that matches everything sends it to the expenses.
                var filters = $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}" + (i % 3 == 0 ? "&currency=EUR" : "") + (i % 4 == 0 ? "&mealType=none" : "");
                var fromRows = await user.Client.GetStringOkAsync($"/api/meals/expenses/summary?{filters}");
                var fromExpenses = await user.Client.GetStringOkAsync($"/api/meals/expenses/summary?{filters}&minAmount=-100000000000");
                fromRows.ShouldBe(fromExpenses);
            }

            (await user.Client.GetStringOkAsync("/api/meals/expenses/summary"))
                .ShouldBe(await user.Client.GetStringOkAsync("/api/meals/expenses/summary?minAmount=-100000000000"));
        }

        var gone = users[1];
        (await gone.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/meals/me") { Content = JsonContent.Create(new { confirm = "DELETE" }) })).EnsureSuccessStatusCode();
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
            (await db.MonthTotals.CountAsync(t => t.UserId == gone.Id)).ShouldBe(0);
            (await db.MonthRestaurants.CountAsync(t => t.UserId == gone.Id)).ShouldBe(0);
        }
    }

    private static async Task WriteRandomlyAsync(TestUser user, Random random, DateOnly today, bool deletesCategory)
    {
        var categories = (await user.Client.GetFromJsonAsync<JsonElement>("/api/meals/categories")).EnumerateArray().Select(c => (Guid?)c.GetProperty("id").GetGuid()).ToList();
        categories.Add(null);
        var restaurants = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            restaurants.Add(await user.Client.CreateRestaurantAsync($"Place {random.Next(1_000_000)}"));
        }

        var created = new List<Guid>();
        for (var step = 0; step < 40; step++)
        {
            // Only the writer that deletes the first category uses it, and only before deleting it.
            var usable = deletesCategory && step <= 30 ? categories : categories.Skip(1).ToList();
            var roll = random.Next(100);
            if (roll < 55 || created.Count < 3)
            {
                var response = await user.Client.PostAsJsonAsync("/api/meals/expenses", Input(random, today, usable, restaurants));
                response.EnsureSuccessStatusCode();
                created.Add((await response.JsonAsync()).GetProperty("id").GetGuid());
            }
            else if (roll < 75)
            {
                var id = created[random.Next(created.Count)];
                var current = await user.Client.GetAsync($"/api/meals/expenses/{id}");
                current.EnsureSuccessStatusCode();
                var put = await user.Client.SendAsync(MealsKit.Put($"/api/meals/expenses/{id}", Input(random, today, usable, restaurants), current.Headers.ETag!.Tag));
                put.EnsureSuccessStatusCode();
            }
            else if (roll < 87)
            {
                var id = created[random.Next(created.Count)];
                created.Remove(id);
                (await user.Client.DeleteAsync($"/api/meals/expenses/{id}")).EnsureSuccessStatusCode();
            }
            else if (roll < 94)
            {
                var ids = created.OrderBy(_ => random.Next()).Take(2).ToList();
                created.RemoveAll(ids.Contains);
                (await user.Client.PostAsJsonAsync("/api/meals/expenses/bulk-delete", new { ids })).EnsureSuccessStatusCode();
            }
            else
            {
                var csv = new StringBuilder("date,amount,currency,restaurant,meal_type,party_size\n");
                for (var r = 0; r < 5; r++)
                {
                    var amount = ((r == 0 ? -1 : 1) * random.Next(2, 9000) / 100m).ToString("0.00", CultureInfo.InvariantCulture);
                    csv.Append(CultureInfo.InvariantCulture, $"{today.AddDays(-1 - random.Next(700)):yyyy-MM-dd},{amount},{CurrencyCodes[random.Next(3)]},Imported {random.Next(4)},{MealTypes[random.Next(MealTypes.Length)]},{1 + random.Next(4)}\n");
                }

                var applied = await user.Client.ImportAndApplyAsync(Encoding.UTF8.GetBytes(csv.ToString()), $"random-{random.Next()}.csv");
                applied.GetProperty("created").GetInt32().ShouldBeGreaterThan(0);
            }

            if (deletesCategory && step == 30)
            {
                var doomed = categories[0]!.Value;
                (await user.Client.DeleteAsync($"/api/meals/categories/{doomed}")).EnsureSuccessStatusCode();
                categories.RemoveAt(0);
            }
        }
    }

    private static object Input(Random random, DateOnly today, List<Guid?> categories, List<Guid> restaurants)
    {
        var currency = CurrencyCodes[random.Next(CurrencyCodes.Length)];
        return new
        {
            restaurantId = restaurants[random.Next(restaurants.Count)],
            amountMinor = (long)random.Next(1, 20_000),
            currency,
            localDate = today.AddDays(-1 - random.Next(700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            categoryId = categories[random.Next(categories.Count)],
            mealType = MealTypes[random.Next(MealTypes.Length)],
            partySize = 1 + random.Next(5),
        };
    }
}

public sealed class MonthTotalsTestsOnSqlite(SqliteHost fixture) : MonthTotalsTests<SqliteHost>(fixture);

public sealed class MonthTotalsTestsOnPostgres(PostgresHost fixture) : MonthTotalsTests<PostgresHost>(fixture);

public sealed class MonthTotalsTestsOnMySql(MySqlHost fixture) : MonthTotalsTests<MySqlHost>(fixture);
