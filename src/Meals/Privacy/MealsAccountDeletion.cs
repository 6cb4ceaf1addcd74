using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Platform.Accounts;

namespace Quartet.Meals.Privacy;

/// <summary>The meals part of deleting an account: everything of the user goes, exactly as <see cref="DeleteMyData"/> does.</summary>
public sealed class MealsAccountDeletion(MealsDb db, ReceiptBlobs blobs, TimeProvider clock) : IAccountDeletionHandler
{
    public Task DeleteAccountDataAsync(DeletedAccount account, CancellationToken ct) =>
        DeleteMyData.RemoveAllAsync(db, account.Id, account.Id, blobs, clock, ct);
}
