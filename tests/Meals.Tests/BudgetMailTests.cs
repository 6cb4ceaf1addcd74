using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Budgets;
using Quartet.Meals.Data;
using Quartet.Platform.Mail;

namespace Quartet.Meals.Tests;

/// <summary>A host whose mail goes to a real local SMTP server (tests/servers/smtp-server.mjs).</summary>
public sealed class MealsSmtpHost : IAsyncLifetime
{
    public LocalSmtp Smtp { get; private set; } = null!;

    public QuartetTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Smtp = await LocalSmtp.StartAsync();
        Host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, Smtp.Settings());
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>The budget mail (issue 19 §5): once per budget per month when a write crosses the warning line; opt-out honoured.</summary>
public sealed class BudgetMailTests(MealsSmtpHost fixture) : IClassFixture<MealsSmtpHost>
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Crossing_the_warning_line_mails_once_per_budget_and_month_through_smtp()
    {
        var user = await Host.CreateUserAsync();
        var restaurant = await user.Client.CreateRestaurantAsync("Threshold Bistro");
        var budget = await (await user.Client.PostAsJsonAsync("/api/meals/budgets", new { limitMinor = 10000, currency = "USD", warnAtPercent = 80 })).JsonAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        await user.Client.CreateExpenseAsync(restaurant, 5000, today, currency: "USD");
        (await OutboxRowsAsync(user.Email)).ShouldBeEmpty();

        await user.Client.CreateExpenseAsync(restaurant, 3500, today, currency: "USD");
        var mail = await fixture.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("budget", StringComparison.Ordinal));
        mail.Subject.ShouldBe($"overall budget for {DateTime.UtcNow:yyyy-MM}: 85% spent");
        (mail.TextBody ?? "").ShouldContain("You have spent 85.00 USD of your 100.00 USD overall budget");
        (mail.TextBody ?? "").ShouldContain("15.00 USD is left");
        (mail.HtmlBody ?? "").ShouldContain("http://quartet.test/meals/budgets");

        await user.Client.CreateExpenseAsync(restaurant, 5000, today, currency: "USD");
        var rows = await OutboxRowsAsync(user.Email);
        rows.ShouldHaveSingleItem().DedupeKey.ShouldBe($"{BudgetAlertMails.Topic}:{budget.GetProperty("id").GetGuid()}:{DateTime.UtcNow:yyyy-MM}");
        await Task.Delay(1000);
        fixture.Smtp.Received().Count(m => m.To.Mailboxes.Any(b => b.Address == user.Email)).ShouldBe(1);
    }

    [Fact]
    public async Task An_opted_out_user_gets_no_budget_mail_and_the_expense_is_still_written()
    {
        var user = await Host.CreateUserAsync();
        (await user.Client.PutAsJsonAsync("/api/auth/mail-preferences", new { language = "en", optedOut = new[] { BudgetAlertMails.Topic } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var restaurant = await user.Client.CreateRestaurantAsync("Quiet Canteen");
        (await user.Client.PostAsJsonAsync("/api/meals/budgets", new { limitMinor = 1000, currency = "USD" })).EnsureSuccessStatusCode();

        var expense = await user.Client.CreateExpenseAsync(restaurant, 2500, DateTime.UtcNow.ToString("yyyy-MM-dd"), currency: "USD");

        expense.GetProperty("amountMinor").GetInt64().ShouldBe(2500);
        (await OutboxRowsAsync(user.Email)).ShouldBeEmpty();
        var status = await (await user.Client.GetAsync("/api/meals/budgets/status")).JsonAsync();
        status.GetProperty("budgets")[0].GetProperty("state").GetString().ShouldBe("over");
    }

    private async Task<List<OutboxMail>> OutboxRowsAsync(string address)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        return await db.Set<OutboxMail>().AsNoTracking().Where(m => m.ToAddress == address).ToListAsync();
    }
}
