using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Quartet.Platform.Data;

/// <summary>
/// WAL journal (readers never block the writer), foreign keys on, fsync at checkpoints only. Applied once per
/// physical connection: EF opens a pooled connection for every query, and the pragmas stay set on it.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
    private static readonly ConditionalWeakTable<object, object> Initialized = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A new physical connection that may write: EF checks that a database exists on a read-only connection, where
    /// switching a database to WAL would fail. A handle seen before is answered first: parsing the connection string on
    /// every open was a measurable part of every SQLite query.
    /// </summary>
    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } sqlite
        || (!Initialized.TryGetValue(handle, out _)
            && new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode != SqliteOpenMode.ReadOnly && Initialized.TryAdd(handle, handle));
}
