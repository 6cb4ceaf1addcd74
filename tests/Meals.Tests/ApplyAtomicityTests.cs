using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Data;
using Quartet.Meals.Imports;

namespace Quartet.Meals.Tests;

/// <summary>A fault injected at row 9,999 of a 10,000-row apply leaves every meal table and the data version as before.</summary>
public abstract class ApplyAtomicityTests
{
    protected abstract TestProvider Provider { get; }

    private sealed class FailAtRow(int row) : ImportApplyHooks
    {
        public override void BeforeRow(int rowNumber)
        {
            if (rowNumber == row)
            {
                throw new InvalidOperationException("Injected fault");
            }
        }
    }

    [Fact]
    public async Task A_fault_at_row_9999_of_10000_writes_nothing()
    {
        await using var host = await QuartetTestHost.StartAsync(Provider, configure: b => b.Services.AddSingleton<ImportApplyHooks>(new FailAtRow(9_999)));
        var user = await host.CreateUserAsync();
        await user.Client.CreateRestaurantAsync("Existing", "Town");
        var csv = new StringBuilder("date,amount,restaurant,city,category,tags\n");
        for (var i = 0; i < 10_000; i++)
        {
            csv.Append(FormattableString.Invariant($"2024-{1 + (i % 12):00}-{1 + (i % 28):00},{1 + (i % 500)}.25,Place {i % 300},Town,Cat {i % 5},t{i % 7}\n"));
        }

        var batch = await (await user.Client.UploadCsvAsync(csv.ToString())).JsonAsync();
        var before = await CountsAsync(host, user.Id);
        var response = await user.Client.PostAsync($"/api/meals/imports/{batch.GetProperty("id").GetGuid()}/apply", null);
        await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        (await CountsAsync(host, user.Id)).ShouldBe(before);
        (await (await user.Client.GetAsync($"/api/meals/imports/{batch.GetProperty("id").GetGuid()}")).JsonAsync()).GetProperty("status").GetString().ShouldBe("reviewing");
    }

    private static async Task<string> CountsAsync(QuartetTestHost host, Guid userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        return string.Join(",",
            await db.Settings.Where(s => s.UserId == userId).Select(s => s.DataVersion).SingleAsync(),
            await db.Expenses.CountAsync(e => e.UserId == userId),
            await db.Restaurants.CountAsync(r => r.UserId == userId),
            await db.Categories.CountAsync(c => c.UserId == userId),
            await db.Tags.CountAsync(t => t.UserId == userId),
            await db.ExpenseTags.CountAsync(),
            await db.Audit.CountAsync(a => a.SubjectUserId == userId));
    }
}

public sealed class ApplyAtomicityTestsOnSqlite : ApplyAtomicityTests
{
    protected override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class ApplyAtomicityTestsOnPostgres : ApplyAtomicityTests
{
    protected override TestProvider Provider => TestProvider.Postgres;
}

public sealed class ApplyAtomicityTestsOnMySql : ApplyAtomicityTests
{
    protected override TestProvider Provider => TestProvider.MySql;
}
