using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Platform.Data;

/// <summary>
/// The migrations history table on MySQL, with a migration lock MariaDB honours too: the Oracle provider waits with
/// <c>GET_LOCK(…, -1)</c>, which MariaDB answers with NULL; a bounded wait means the same on MySQL 8 and MariaDB.
/// The lock name carries the database, so modules (one database each) migrate independently.
/// </summary>
public sealed class MySqlHistoryRepository(HistoryRepositoryDependencies dependencies) : HistoryRepository(dependencies)
{
    private const int WaitSeconds = 600;

    private const string LockName = "CONCAT('__EFMigrationsLock_', DATABASE())";

    public override LockReleaseBehavior LockReleaseBehavior => LockReleaseBehavior.Connection;

    protected override string ExistsSql =>
        "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = " +
        Dependencies.TypeMappingSource.FindMapping(typeof(string))!.GenerateSqlLiteral(TableName) + ";";

    protected override bool InterpretExistsResult(object? value) => value is not null and not DBNull;

    public override string GetCreateIfNotExistsScript() =>
        GetCreateScript().Replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", StringComparison.Ordinal);

    public override string GetBeginIfNotExistsScript(string migrationId) =>
        throw new NotSupportedException("Idempotent scripts are not generated for MySQL; script a range (dotnet ef migrations script FROM TO).");

    public override string GetBeginIfExistsScript(string migrationId) => GetBeginIfNotExistsScript(migrationId);

    public override string GetEndIfScript() => GetBeginIfNotExistsScript("");

    public override IMigrationsDatabaseLock AcquireDatabaseLock()
    {
        var connection = Dependencies.Connection.DbConnection;
        using var command = Command(connection, $"SELECT GET_LOCK({LockName}, {WaitSeconds})");
        return Locked(command.ExecuteScalar(), connection);
    }

    public override async Task<IMigrationsDatabaseLock> AcquireDatabaseLockAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dependencies.Connection.DbConnection;
        await using var command = Command(connection, $"SELECT GET_LOCK({LockName}, {WaitSeconds})");
        return Locked(await command.ExecuteScalarAsync(cancellationToken), connection);
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        if (connection.State != ConnectionState.Open)
        {
            throw new InvalidOperationException("The migration lock is taken on an open connection.");
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private MigrationLock Locked(object? acquired, DbConnection connection) =>
        acquired is not null and not DBNull && Convert.ToInt64(acquired, CultureInfo.InvariantCulture) == 1
            ? new MigrationLock(this, connection)
            : throw new TimeoutException($"Another process held the migration lock of this MySQL database for {WaitSeconds} s.");

    /// <summary>A session lock: it lives as long as the connection, and is taken again when EF reopens the connection.</summary>
    private sealed class MigrationLock(MySqlHistoryRepository repository, DbConnection connection) : IMigrationsDatabaseLock
    {
        public IHistoryRepository HistoryRepository => repository;

        public void ReacquireIfNeeded(bool connectionReopened, bool? transactionRestarted)
        {
            if (connectionReopened)
            {
                repository.AcquireDatabaseLock();
            }
        }

        public async Task ReacquireIfNeededAsync(bool connectionReopened, bool? transactionRestarted, CancellationToken cancellationToken = default)
        {
            if (connectionReopened)
            {
                await repository.AcquireDatabaseLockAsync(cancellationToken);
            }
        }

        public void Dispose()
        {
            if (connection.State == ConnectionState.Open)
            {
                using var command = Command(connection, $"SELECT RELEASE_LOCK({LockName})");
                command.ExecuteScalar();
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (connection.State == ConnectionState.Open)
            {
                await using var command = Command(connection, $"SELECT RELEASE_LOCK({LockName})");
                await command.ExecuteScalarAsync();
            }
        }
    }
}
