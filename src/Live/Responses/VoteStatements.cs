using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Quartet.Live.Data;
using Quartet.Platform.Data;

namespace Quartet.Live.Responses;

/// <summary>
/// The statements of one <see cref="VoteBatcher"/> transaction. Each is one command on the transaction's connection,
/// reused for every vote of the batch with that vote's values: EF's <c>ExecuteSqlAsync</c> built, logged and (on SQLite)
/// re-prepared a new command per statement, twice per vote, in the single writer's transaction. The values become
/// parameters through EF's type mappings, as <c>ExecuteSqlAsync</c> made them, so keys and times are stored and matched
/// in the same form as the rest of the module's rows.
/// <para>
/// MySQL has no <c>ON CONFLICT</c>: <c>INSERT IGNORE</c> skips an existing row (0 rows) and <c>ON DUPLICATE KEY
/// UPDATE</c> replaces it. <c>VALUES(col)</c> is deprecated in MySQL 8.0.20 but the row alias that replaces it is not
/// accepted by MariaDB.
/// </para>
/// </summary>
internal sealed class VoteStatements(LiveDb db) : IAsyncDisposable
{
    private const string ResponseColumns = """("Id", "SessionId", "ActivityId", "ParticipantId", "QuestionIndex", "Slot", "Payload", "SubmittedAt", "Moderation")""";

    private const string ResponseValues = "(@p0, @p1, @p2, @p3, 0, 0, @p4, @p5, @p6)";

    private const string RecordColumns = """("UserId", "Operation", "Key", "Fingerprint", "Status", "Body", "CreatedAt")""";

    private const string RecordValues = "(@p0, @p1, @p2, @p3, @p4, @p5, @p6)";

    private static readonly string Visible = nameof(EntryModeration.Visible);

    private readonly bool mySql = db.IsMySql;
    private readonly IRelationalTypeMappingSource mappings = db.GetService<IRelationalTypeMappingSource>();
    private readonly Dictionary<Statement, DbCommand> commands = [];

    private enum Statement
    {
        InsertRecord,
        DeleteRecord,
        UpsertResponse,
        InsertResponse,
    }

    /// <summary>Stores the answer of a request id; 0 rows when one was already stored (a replay, or a reused requestId).</summary>
    public Task<int> InsertRecordAsync(IdempotencyRecord r, CancellationToken ct) =>
        RunAsync(Statement.InsertRecord, ct, r.UserId, r.Operation, r.Key, r.Fingerprint, r.Status, r.Body, r.CreatedAt);

    public Task<int> DeleteRecordAsync(IdempotencyRecord r, CancellationToken ct) =>
        RunAsync(Statement.DeleteRecord, ct, r.UserId, r.Operation, r.Key);

    /// <summary>Stores the vote, replacing the participant's earlier answer to the activity.</summary>
    public Task<int> UpsertResponseAsync(VoteItem v, CancellationToken ct) =>
        RunAsync(Statement.UpsertResponse, ct, Guid.CreateVersion7(), v.SessionId, v.ActivityId, v.ParticipantId, v.Payload, v.At, Visible);

    /// <summary>Stores the vote unless the participant already answered the activity (0 rows).</summary>
    public Task<int> InsertResponseAsync(VoteItem v, CancellationToken ct) =>
        RunAsync(Statement.InsertResponse, ct, Guid.CreateVersion7(), v.SessionId, v.ActivityId, v.ParticipantId, v.Payload, v.At, Visible);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }
    }

    private async Task<int> RunAsync(Statement statement, CancellationToken ct, params object?[] values)
    {
        if (!commands.TryGetValue(statement, out var command))
        {
            command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("Votes are written inside the batch's transaction.");
            command.CommandText = SqlOf(statement);
            commands.Add(statement, command);
        }

        command.Parameters.Clear();
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.Add(mappings.GetMappingForValue(values[i], db.Model).CreateParameter(command, $"p{i}", values[i], nullable: values[i] is null));
        }

        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The statement in the engine's SQL, written with PostgreSQL/SQLite quotes.</summary>
    private string SqlOf(Statement statement)
    {
        const string conflict = """("ActivityId", "QuestionIndex", "ParticipantId", "Slot")""";
        var sql = (statement, mySql) switch
        {
            (Statement.InsertRecord, false) => $"INSERT INTO idempotency_records {RecordColumns} VALUES {RecordValues} ON CONFLICT DO NOTHING",
            (Statement.InsertRecord, true) => $"INSERT IGNORE INTO idempotency_records {RecordColumns} VALUES {RecordValues}",
            (Statement.DeleteRecord, _) => """DELETE FROM idempotency_records WHERE "UserId" = @p0 AND "Operation" = @p1 AND "Key" = @p2""",
            (Statement.UpsertResponse, false) => $"""
                INSERT INTO live_responses {ResponseColumns} VALUES {ResponseValues}
                ON CONFLICT {conflict} DO UPDATE SET "Payload" = excluded."Payload", "SubmittedAt" = excluded."SubmittedAt"
                """,
            (Statement.UpsertResponse, true) => $"""
                INSERT INTO live_responses {ResponseColumns} VALUES {ResponseValues}
                ON DUPLICATE KEY UPDATE "Payload" = VALUES("Payload"), "SubmittedAt" = VALUES("SubmittedAt")
                """,
            (Statement.InsertResponse, false) => $"INSERT INTO live_responses {ResponseColumns} VALUES {ResponseValues} ON CONFLICT {conflict} DO NOTHING",
            (Statement.InsertResponse, true) => $"INSERT IGNORE INTO live_responses {ResponseColumns} VALUES {ResponseValues}",
            _ => throw new ArgumentOutOfRangeException(nameof(statement)),
        };
        return mySql ? sql.Replace('"', '`') : sql;
    }
}
