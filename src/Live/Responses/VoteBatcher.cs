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
/// after its batch committed. Upserts and the requestIds' idempotency records use ON CONFLICT, so duplicates inside or
/// across batches and instances count once; a duplicate's handler then reads the first answer's record (one lookup on
/// replays only, none on the first write).
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
                for (var i = 0; i < batch.Count; i++)
                {
                    results[i] = await WriteAsync(db, batch[i], token);
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

    private static async Task<VoteOutcome> WriteAsync(LiveDb db, VoteItem v, CancellationToken ct)
    {
        if (v.Record is { } record && await InsertRecordAsync(db, record, ct) == 0)
        {
            return VoteOutcome.Replayed;
        }

        var id = Guid.CreateVersion7();
        var moderation = nameof(EntryModeration.Visible);
        if (db.IsMySql)
        {
            return await WriteOnMySqlAsync(db, v, id, moderation, ct);
        }

        if (v.AllowChange)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO live_responses ("Id", "SessionId", "ActivityId", "ParticipantId", "QuestionIndex", "Slot", "Payload", "SubmittedAt", "Moderation")
                VALUES ({id}, {v.SessionId}, {v.ActivityId}, {v.ParticipantId}, 0, 0, {v.Payload}, {v.At}, {moderation})
                ON CONFLICT ("ActivityId", "QuestionIndex", "ParticipantId", "Slot") DO UPDATE SET "Payload" = excluded."Payload", "SubmittedAt" = excluded."SubmittedAt"
                """, ct);
            return VoteOutcome.Stored;
        }

        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO live_responses ("Id", "SessionId", "ActivityId", "ParticipantId", "QuestionIndex", "Slot", "Payload", "SubmittedAt", "Moderation")
            VALUES ({id}, {v.SessionId}, {v.ActivityId}, {v.ParticipantId}, 0, 0, {v.Payload}, {v.At}, {moderation})
            ON CONFLICT ("ActivityId", "QuestionIndex", "ParticipantId", "Slot") DO NOTHING
            """, ct);
        return await OutcomeOfInsertAsync(db, v, inserted, ct);
    }

    /// <summary>Stores the answer of the request id; 0 rows when one was already stored (a replay, or a reused requestId).</summary>
    private static Task<int> InsertRecordAsync(LiveDb db, IdempotencyRecord r, CancellationToken ct) =>
        db.IsMySql
            ? db.Database.ExecuteSqlAsync(
                $"""
                INSERT IGNORE INTO idempotency_records (`UserId`, `Operation`, `Key`, `Fingerprint`, `Status`, `Body`, `CreatedAt`)
                VALUES ({r.UserId}, {r.Operation}, {r.Key}, {r.Fingerprint}, {r.Status}, {r.Body}, {r.CreatedAt})
                """, ct)
            : db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO idempotency_records ("UserId", "Operation", "Key", "Fingerprint", "Status", "Body", "CreatedAt")
                VALUES ({r.UserId}, {r.Operation}, {r.Key}, {r.Fingerprint}, {r.Status}, {r.Body}, {r.CreatedAt}) ON CONFLICT DO NOTHING
                """, ct);

    /// <summary>
    /// MySQL has no <c>ON CONFLICT</c>: <c>INSERT IGNORE</c> skips an existing answer (0 rows) and <c>ON DUPLICATE KEY
    /// UPDATE</c> replaces it. <c>VALUES(col)</c> is deprecated in MySQL 8.0.20 but the row alias that replaces it is not
    /// accepted by MariaDB.
    /// </summary>
    private static async Task<VoteOutcome> WriteOnMySqlAsync(LiveDb db, VoteItem v, Guid id, string moderation, CancellationToken ct)
    {
        if (v.AllowChange)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO live_responses (`Id`, `SessionId`, `ActivityId`, `ParticipantId`, `QuestionIndex`, `Slot`, `Payload`, `SubmittedAt`, `Moderation`)
                VALUES ({id}, {v.SessionId}, {v.ActivityId}, {v.ParticipantId}, 0, 0, {v.Payload}, {v.At}, {moderation})
                ON DUPLICATE KEY UPDATE `Payload` = VALUES(`Payload`), `SubmittedAt` = VALUES(`SubmittedAt`)
                """, ct);
            return VoteOutcome.Stored;
        }

        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT IGNORE INTO live_responses (`Id`, `SessionId`, `ActivityId`, `ParticipantId`, `QuestionIndex`, `Slot`, `Payload`, `SubmittedAt`, `Moderation`)
            VALUES ({id}, {v.SessionId}, {v.ActivityId}, {v.ParticipantId}, 0, 0, {v.Payload}, {v.At}, {moderation})
            """, ct);
        return await OutcomeOfInsertAsync(db, v, inserted, ct);
    }

    private static async Task<VoteOutcome> OutcomeOfInsertAsync(LiveDb db, VoteItem v, int inserted, CancellationToken ct)
    {
        if (inserted == 1)
        {
            return VoteOutcome.Stored;
        }

        if (v.Record is { } record)
        {
            await db.IdempotencyRecords.Where(r => r.UserId == record.UserId && r.Operation == record.Operation && r.Key == record.Key).ExecuteDeleteAsync(ct);
        }

        return VoteOutcome.AlreadyAnswered;
    }
}
