using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MySql.Data.MySqlClient;
using Npgsql;
using Quartet.Platform.Data;

namespace Quartet.Platform.Accounts;

/// <summary>
/// Keeps this instance's <see cref="AccountCache"/> in step with account changes made by other instances, and
/// confirms twice a second that it is listening (the cache is bypassed when confirmations stop).
/// PostgreSQL: LISTEN <c>platform_accounts</c>, notified by <see cref="AnnounceAsync"/> inside each changing
/// transaction. SQLite (instances share one file on one machine): the file's <c>data_version</c>, which moves on
/// every commit of another connection; any move clears the cache, since it does not say what changed.
/// MySQL has neither: each change bumps <see cref="AccountChangeVersion"/> rows in its transaction, and the listener
/// polls them every 250 ms, dropping the accounts changed since its last poll.
/// </summary>
public sealed class AccountChangeListener(AccountCache cache, IServiceProvider services, ILogger<AccountChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan ConfirmInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Tells every instance that the account changed; call inside the transaction that changes it.</summary>
    public static Task AnnounceAsync(PlatformDb db, Guid userId, CancellationToken ct) =>
        db.Database.IsNpgsql() ? db.Database.ExecuteSqlRawAsync("SELECT pg_notify('platform_accounts', {0})", [userId.ToString()], ct)
        : db.IsMySql ? AccountChangeVersion.BumpAsync(db, userId, ct)
        : Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var target = services.TargetOf<PlatformDb>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await (target.Provider switch
                {
                    DatabaseProvider.Postgres => ListenAsync(target.ConnectionString, stoppingToken),
                    DatabaseProvider.MySql => PollVersionsAsync(target.ConnectionString, stoppingToken),
                    _ => WatchDataVersionAsync(target.ConnectionString, stoppingToken),
                });
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                cache.StopTrusting();
                logger.LogWarning(e, "Account change signal lost; authenticating from the database until it is back");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        connection.Notification += (_, e) =>
        {
            if (Guid.TryParse(e.Payload, out var id))
            {
                cache.Invalidate(id);
            }
            else
            {
                cache.Clear();
            }
        };
        await using (var listen = new NpgsqlCommand("LISTEN platform_accounts", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        // Whatever changed while nobody listened.
        cache.Clear();
        await using var ping = new NpgsqlCommand("SELECT 1", connection);
        while (!ct.IsCancellationRequested)
        {
            // A round trip after the wait: every notification committed before it has been delivered by its answer.
            await ping.ExecuteScalarAsync(ct);
            cache.Confirm();
            await connection.WaitAsync(ConfirmInterval, ct);
        }
    }

    private async Task PollVersionsAsync(string connectionString, CancellationToken ct)
    {
        // Outside the driver's pool: a connection held for the process's life would shrink the pool the gate counts on.
        await using var connection = new MySqlConnection(new MySqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        long seen;
        await using (var latest = new MySqlCommand("SELECT COALESCE(MAX(Version), 0) FROM account_change_versions", connection))
        {
            seen = Convert.ToInt64(await latest.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        // Whatever changed while nobody polled.
        cache.Clear();
        await using var changed = new MySqlCommand("SELECT UserId, Version FROM account_change_versions WHERE Version > @seen", connection);
        var since = changed.Parameters.Add("@seen", MySqlDbType.Int64);
        while (!ct.IsCancellationRequested)
        {
            since.Value = seen;
            await using (var reader = await changed.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var userId = reader.GetGuid(0);
                    if (userId != AccountChangeVersion.CounterId)
                    {
                        cache.Invalidate(userId);
                    }

                    seen = Math.Max(seen, reader.GetInt64(1));
                }
            }

            cache.Confirm();
            await Task.Delay(ConfirmInterval, ct);
        }
    }

    private async Task WatchDataVersionAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA data_version";
        long? seen = null;
        while (!ct.IsCancellationRequested)
        {
            var version = (long)(await read.ExecuteScalarAsync(ct))!;
            if (version != seen)
            {
                cache.Clear();
                seen = version;
            }

            cache.Confirm();
            await Task.Delay(ConfirmInterval, ct);
        }
    }
}
