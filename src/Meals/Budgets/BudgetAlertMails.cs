using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Mail;

namespace Quartet.Meals.Budgets;

/// <summary>
/// The budget mail (issue 19 §5): when an expense write takes a budget of the current month past its warning line
/// (or its limit), one mail for that budget and month, written to the meals outbox inside the expense's transaction
/// (the outbox's unique dedupe key keeps it to one). Users turn it off with the <see cref="Topic"/> opt-out.
/// </summary>
public sealed class BudgetAlertMails(MealsDb db, MailPreferences preferences, MailLinks links, TimeProvider clock)
{
    public const string Topic = "meals.budget-alert";
    public const string TopicLabel = "Meals: a budget reached its warning line";

    private static readonly MailTemplate Template = new(
        "{budget} budget for {month}: {percent}% spent",
        "You have spent {spent} of your {limit} {budget} budget for {month} ({percent}%, warning line {warnAt}%).\n\n{remaining}",
        "See budgets");

    /// <summary>
    /// Call inside the transaction of an expense write, after the user's lock; flushes the write so the month's totals
    /// include it. Returns how many mails were written.
    /// </summary>
    public async Task<int> AfterExpenseWriteAsync(MealsUser user, DateTime now, CancellationToken ct)
    {
        if (!await db.Budgets.AnyAsync(b => b.UserId == user.Id, ct))
        {
            return 0;
        }

        await db.SaveChangesAsync(ct);
        var today = Zones.Today(clock, user.Settings.TimeZone);
        var first = new DateOnly(today.Year, today.Month, 1);
        var month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var written = 0;
        foreach (var budget in await BudgetRules.ForMonthAsync(db, user.Id, first, today, ct))
        {
            var key = $"{Topic}:{budget.Id}:{month}";
            if (budget.State == "ok" || await db.Set<OutboxMail>().AnyAsync(m => m.DedupeKey == key, ct))
            {
                continue;
            }

            var address = await preferences.AddressForAsync(user.Id, Topic, ct);
            if (address is null)
            {
                return written;
            }

            var values = new Dictionary<string, string>
            {
                ["budget"] = budget.CategoryName ?? "overall",
                ["month"] = month,
                ["percent"] = budget.Percent.ToString("0.#", CultureInfo.InvariantCulture),
                ["warnAt"] = budget.WarnAtPercent.ToString(CultureInfo.InvariantCulture),
                ["spent"] = Amount(budget.SpentMinor, budget.Currency),
                ["limit"] = Amount(budget.LimitMinor, budget.Currency),
                ["remaining"] = budget.RemainingMinor >= 0
                    ? $"{Amount(budget.RemainingMinor, budget.Currency)} is left for the rest of the month."
                    : $"You are {Amount(-budget.RemainingMinor, budget.Currency)} over the limit.",
            };
            MailOutbox.Add(db, Topic, address.Email, Template.Render(values, links.To("/meals/budgets")), now, key);
            written++;
        }

        return written;
    }

    private static string Amount(long minor, string currency) => $"{Currencies.FormatDecimal(minor, currency)} {currency}";
}
