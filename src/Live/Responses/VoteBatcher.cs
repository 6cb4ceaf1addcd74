using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Live.Sync;
using Quartet.Platform.Data;

namespace Quartet.Live.Responses;

public enum VoteOutcome
{
    Stored,
    Replayed,
    AlreadyAnswered,
}

/// <summary>One poll or rating answer; <paramref name="Record"/> is its stored answer when the participant sent a requestId.</summary>
public sealed record VoteItem(Guid SessionId, Guid ActivityId, Guid ParticipantId, IdempotencyRecord? Record, string Payload, bool AllowChange, DateTime At)
{
    public TaskCompletionSource<VoteOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Group commit of poll and rating answers (M3): up to 200 answers or 20 ms per transaction, each acknowledged only
/// after its batch committed. Upserts and the requestIds' idempotency records use ON CONFLICT (INSERT IGNORE / ON
/// DUPLICATE KEY on MySQL), so duplicates inside or across batches and instances count once; a duplicate's handler then
/// reads the first answer's record (one lookup on replays only, none on the first write). The batch runs each statement
/// as one reused command (<see cref="VoteStatements"/>).
/// </summary>
public sealed class VoteBatcher(IServiceScopeFactory scopes, WriteSignals signals) : GroupCommitter<VoteItem>(200, TimeSpan.FromMilliseconds(20))
{
    public async Task<VoteOutcome> SubmitAsync(VoteItem item, CancellationToken ct)
    {
        await EnqueueAsync(item, ct);
        return await item.Done.Task.WaitAsync(ct);
    }

    protected override async Task CommitAsync(List<VoteItem> batch, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
            var strategy = db.Database.CreateExecutionStrategy();
            var outcomes = await db.WriteExclusivelyAsync(() => strategy.ExecuteAsync(async token =>
            {
                var results = new VoteOutcome[batch.Count];
                await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, token);
                await using (var statements = new VoteStatements(db))
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        results[i] = await WriteAsync(statements, batch[i], token);
                    }
                }

                await transaction.CommitAsync(token);
                return results;
            }, ct), ct);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(outcomes[i]);
            }

            foreach (var session in batch.Select(b => b.SessionId).Distinct())
            {
                signals.MarkLocal(session);
            }
        }
        catch (Exception e)
        {
            foreach (var item in batch)
            {
                item.Done.TrySetException(e);
            }
        }
    }

    private static async Task<VoteOutcome> WriteAsync(VoteStatements statements, VoteItem v, CancellationToken ct)
    {
        if (v.Record is { } record && await statements.InsertRecordAsync(record, ct) == 0)
        {
            return VoteOutcome.Replayed;
        }

        if (v.AllowChange)
        {
            await statements.UpsertResponseAsync(v, ct);
            return VoteOutcome.Stored;
        }

        if (await statements.InsertResponseAsync(v, ct) == 1)
        {
            return VoteOutcome.Stored;
        }

        if (v.Record is { } unanswered)
        {
            await statements.DeleteRecordAsync(unanswered, ct);
        }

        return VoteOutcome.AlreadyAnswered;
    }
}
