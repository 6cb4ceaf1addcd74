using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Mail;
using Quartet.Shop.Data;

namespace Quartet.Shop.Privacy;

/// <summary>
/// The shop's part of deleting an account: points, ledger and order rows stay (the audit and the reconcile need every
/// point), but nothing identifying does. The employee number and department go; wherever the account's rows (its
/// ledger and orders, audit entries by or about it) repeat its e-mail, name or employee number in free text, that
/// text becomes "deleted user"; the request origin (IP, browser) of its own actions is dropped.
/// </summary>
public sealed class ShopAccountDeletion(ShopDb db) : IAccountDeletionHandler
{
    public const string Tombstone = "deleted user";

    public async Task DeleteAccountDataAsync(DeletedAccount account, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            var points = await db.Accounts.FirstOrDefaultAsync(a => a.UserId == account.Id, token);
            var identifiers = new[] { account.Email, account.DisplayName, points?.EmployeeNumber }
                .Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
            if (points is not null)
            {
                points.EmployeeNumber = null;
                points.Department = null;
            }

            var subject = account.Id.ToString();
            foreach (var entry in await db.Audit.Where(e => e.ActorId == account.Id || e.EntityId == subject).ToListAsync(token))
            {
                entry.Before = Scrub(entry.Before, identifiers);
                entry.After = Scrub(entry.After, identifiers);
                entry.Reason = Scrub(entry.Reason, identifiers);
                if (entry.ActorId == account.Id)
                {
                    entry.Ip = null;
                    entry.UserAgent = null;
                }
            }

            foreach (var entry in await db.Ledger.Where(e => e.UserId == account.Id).ToListAsync(token))
            {
                entry.Reason = Scrub(entry.Reason, identifiers)!;
            }

            var address = account.Email;
            await db.Set<OutboxMail>().Where(m => m.ToAddress == address).ExecuteDeleteAsync(token);
            foreach (var order in await db.Orders.Where(o => o.UserId == account.Id).ToListAsync(token))
            {
                order.FulfilmentNote = Scrub(order.FulfilmentNote, identifiers);
                order.CancelReason = Scrub(order.CancelReason, identifiers);
            }
        }, ct);
    }

    private static string? Scrub(string? text, IReadOnlyList<string> identifiers) =>
        text is null ? null : identifiers.Aggregate(text, (current, value) => current.Replace(value, Tombstone, StringComparison.OrdinalIgnoreCase));
}
