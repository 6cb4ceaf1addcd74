using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Platform.Accounts;
using Quartet.Platform.Mail;

namespace Quartet.Meals.Privacy;

/// <summary>The meals part of deleting an account: everything of the user goes, exactly as <see cref="DeleteMyData"/> does.</summary>
public sealed class MealsAccountDeletion(MealsDb db, ReceiptBlobs blobs, TimeProvider clock) : IAccountDeletionHandler
{
    public async Task DeleteAccountDataAsync(DeletedAccount account, CancellationToken ct)
    {
        await DeleteMyData.RemoveAllAsync(db, account.Id, account.Id, blobs, clock, ct);
        var address = account.Email;
        await db.Set<OutboxMail>().Where(m => m.ToAddress == address).ExecuteDeleteAsync(ct);
    }
}
