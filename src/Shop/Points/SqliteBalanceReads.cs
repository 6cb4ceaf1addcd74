using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Quartet.Platform.Data;
using Quartet.Shop.Data;

namespace Quartet.Shop.Points;

/// <summary>
/// The balance read on SQLite, the most frequently polled query of the shop, on open connections with the statement
/// prepared once per connection. Through EF every read opened a pooled connection (re-registering EF's SQL functions on
/// it), prepared the statement again and ran EF's command pipeline: together most of the request's CPU time (see
/// bench/RESULTS.md, issue 18). The rows read are the same ones EF reads, so the database stays the one truth: a
/// statement outside a transaction sees every commit before it (WAL).
/// </summary>
public sealed class SqliteBalanceReads(IServiceProvider services) : IDisposable
{
    // The same values and comparisons as MyPoints' EF query: GUIDs and times are stored as EF's SQLite mapping writes them.
    private const string Sql = """
        SELECT a."Balance", s."Expiring", s."Earliest"
        FROM "points_accounts" AS a,
            (SELECT SUM(l."Remaining") AS "Expiring", MIN(l."ExpiresAt") AS "Earliest" FROM "points_lots" AS l
             WHERE l."UserId" = $user AND l."Remaining" > 0 AND l."ExpiresAt" > $now AND l."ExpiresAt" <= $horizon) AS s
        WHERE a."UserId" = $user
        """;

    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    /// <summary>More than the cores can use at once; a reader beyond it is closed after its read.</summary>
    private const int KeptConnections = 16;

    private readonly DatabaseTarget target = services.TargetOf<ShopDb>();
    private readonly ConcurrentBag<PreparedRead> pool = [];
    private bool disposed;

    /// <summary>True when the shop's database is SQLite; other engines read through EF.</summary>
    public bool Applies => target.Provider == DatabaseProvider.Sqlite;

    public async Task<MyPoints.BalanceRowView?> ReadAsync(Guid userId, DateTime now, DateTime horizon, CancellationToken ct)
    {
        var read = pool.TryTake(out var kept) ? kept : PreparedRead.Open(target.ConnectionString);
        var reusable = false;
        try
        {
            var row = await read.RunAsync(userId, now, horizon, ct);
            reusable = true;
            return row;
        }
        finally
        {
            if (reusable && !Volatile.Read(ref disposed) && pool.Count < KeptConnections)
            {
                pool.Add(read);
            }
            else
            {
                read.Dispose();
            }
        }
    }

    public void Dispose()
    {
        Volatile.Write(ref disposed, true);
        while (pool.TryTake(out var read))
        {
            read.Dispose();
        }
    }

    private sealed class PreparedRead : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly SqliteCommand command;
        private readonly SqliteParameter user;
        private readonly SqliteParameter now;
        private readonly SqliteParameter horizon;

        private PreparedRead(string connectionString)
        {
            // Its own physical connection: closing it returns nothing to the shared pool EF uses.
            connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString());
            connection.Open();
            command = connection.CreateCommand();
            command.CommandText = Sql;
            user = command.Parameters.Add("$user", SqliteType.Text);
            now = command.Parameters.Add("$now", SqliteType.Text);
            horizon = command.Parameters.Add("$horizon", SqliteType.Text);
            command.Prepare();
        }

        public static PreparedRead Open(string connectionString) => new(connectionString);

        public async Task<MyPoints.BalanceRowView?> RunAsync(Guid userId, DateTime at, DateTime until, CancellationToken ct)
        {
            user.Value = userId.ToString().ToUpperInvariant();
            now.Value = at.ToString(TimeFormat, CultureInfo.InvariantCulture);
            horizon.Value = until.ToString(TimeFormat, CultureInfo.InvariantCulture);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }

            return new MyPoints.BalanceRowView(
                reader.GetInt32(0),
                reader.IsDBNull(1) ? null : reader.GetInt32(1),
                reader.IsDBNull(2) ? null : DateTime.SpecifyKind(DateTime.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Utc));
        }

        public void Dispose()
        {
            command.Dispose();
            connection.Dispose();
        }
    }
}
