using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;

namespace Quartet.Live.Privacy;

/// <summary>
/// The live part of deleting an account: the participant data of every session the account hosted goes, as the
/// retention purge removes it (participants, their responses, votes, requestId records and participant-only changes); the
/// sessions keep their questions and anonymous results. Participants themselves never had accounts.
/// </summary>
public sealed class LiveAccountDeletion(LiveDb db) : IAccountDeletionHandler
{
    public async Task DeleteAccountDataAsync(DeletedAccount account, CancellationToken ct)
    {
        var hosted = await db.Sessions.Where(s => s.HostUserId == account.Id).Select(s => s.Id).ToListAsync(ct);
        foreach (var id in hosted)
        {
            await db.InTransactionAsync(async token =>
            {
                await db.QuestionVotes.Where(v => db.Questions.Any(q => q.Id == v.QuestionId && q.SessionId == id)).ExecuteDeleteAsync(token);
                await db.Responses.Where(r => r.SessionId == id).ExecuteDeleteAsync(token);
                await db.IdempotencyRecords.Where(r => db.Participants.Any(p => p.Id == r.UserId && p.SessionId == id)).ExecuteDeleteAsync(token);
                await db.Changes.Where(c => c.SessionId == id && c.Audience.StartsWith("participant:")).ExecuteDeleteAsync(token);
                await db.Participants.Where(p => p.SessionId == id).ExecuteDeleteAsync(token);
            }, ct);
        }
    }
}
