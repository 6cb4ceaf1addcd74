using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Accounts;

namespace Quartet.Parks.Privacy;

/// <summary>The parks part of deleting an account: admin audit rows stay, with the actor shown as "deleted user".</summary>
public sealed class ParksAccountDeletion(ParksDb db) : IAccountDeletionHandler
{
    public const string DeletedActor = "deleted user";

    public Task DeleteAccountDataAsync(DeletedAccount account, CancellationToken ct)
    {
        var id = account.Id.ToString();
        return db.AuditEntries.Where(a => a.Actor == account.Email || a.Actor == id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Actor, DeletedActor), ct);
    }
}
