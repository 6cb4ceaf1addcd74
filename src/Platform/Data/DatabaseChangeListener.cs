using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MySql.Data.MySqlClient;
using Npgsql;

namespace Quartet.Platform.Data;

/// <summary>
/// A change signal between instances (and processes) sharing one database, for an in-memory copy of data that must
/// follow writes made elsewhere: it reports changes and confirms four times a second that it is listening, so the
/// copy can be bypassed when confirmations stop.
/// PostgreSQL: LISTEN on <see cref="Channel"/>, notified by <see cref="NotifyAsync"/>. SQLite (instances share one file
/// on one machine): the file's <c>data_version</c>, which moves on every commit of another connection; any move is a
/// change of unknown scope. MySQL has neither: the subclass polls its own version rows in <see cref="PollAsync"/>.
/// </summary>
public abstract class DatabaseChangeListener(ILogger logger) : BackgroundService
{
    private static readonly TimeSpan ConfirmInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>How long after the listener last confirmed its signal an in-memory copy may still be used.</summary>
    public static readonly TimeSpan TrustWindow = TimeSpan.FromSeconds(1.5);

    /// <summary>Tells every instance's listener on <paramref name="channel"/>; inside a transaction it is delivered on commit.</summary>
    public static Task NotifyAsync(DbContext db, string channel, string payload, CancellationToken ct) =>
        db.Database.IsNpgsql() ? db.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, {1})", [channel, payload], ct) : Task.CompletedTask;

    /// <summary>The database watched.</summary>
    protected abstract DatabaseTarget Target { get; }

    /// <summary>The PostgreSQL notification channel.</summary>
    protected abstract string Channel { get; }

    /// <summary>Something changed: <paramref name="payload"/> says what (a notification's payload), or null when unknown.</summary>
    protected abstract void Changed(string? payload);

    /// <summary>Every change committed before this moment has been reported.</summary>
    protected abstract void Confirmed();

    /// <summary>The signal broke: changes may go unreported until it is back.</summary>
    protected abstract void Lost();

    /// <summary>
    /// MySQL: reports the changes since the last poll through <see cref="Changed"/>. <paramref name="first"/> on a new
    /// connection: only take note of where the versions stand (everything is then reported changed once).
    /// </summary>
    protected abstract Task PollAsync(MySqlConnection connection, bool first, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var target = Target;
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
                Lost();
                logger.LogWarning(e, "Change signal {Channel} lost; reading from the database until it is back", Channel);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        connection.Notification += (_, e) => Changed(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        // Whatever changed while nobody listened.
        Changed(null);
        await using var ping = new NpgsqlCommand("SELECT 1", connection);
        while (!ct.IsCancellationRequested)
        {
            // A round trip after the wait: every notification committed before it has been delivered by its answer.
            await ping.ExecuteScalarAsync(ct);
            Confirmed();
            await connection.WaitAsync(ConfirmInterval, ct);
        }
    }

    private async Task PollVersionsAsync(string connectionString, CancellationToken ct)
    {
        // Outside the driver's pool: a connection held for the process's life would shrink the pool the gate counts on.
        await using var connection = new MySqlConnection(new MySqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await PollAsync(connection, first: true, ct);

        // Whatever changed while nobody polled.
        Changed(null);
        while (!ct.IsCancellationRequested)
        {
            await PollAsync(connection, first: false, ct);
            Confirmed();
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
                Changed(null);
                seen = version;
            }

            Confirmed();
            await Task.Delay(ConfirmInterval, ct);
        }
    }
}
