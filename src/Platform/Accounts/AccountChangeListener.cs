using System.Globalization;
using Microsoft.Extensions.Logging;
using MySql.Data.MySqlClient;
using Quartet.Platform.Data;

namespace Quartet.Platform.Accounts;

/// <summary>
/// Keeps this instance's <see cref="AccountCache"/> in step with account changes made by other instances (the cache
/// is bypassed when the signal's confirmations stop). PostgreSQL: each changing transaction notifies the changed
/// account's id; SQLite: any commit clears the cache, since it does not say what changed. MySQL: each change bumps
/// <see cref="AccountChangeVersion"/> rows in its transaction, and the listener drops the accounts changed since its
/// last poll.
/// </summary>
public sealed class AccountChangeListener(AccountCache cache, IServiceProvider services, ILogger<AccountChangeListener> logger)
    : DatabaseChangeListener(logger)
{
    private const string Signal = "platform_accounts";
    private long seen;

    /// <summary>Tells every instance that the account changed; call inside the transaction that changes it.</summary>
    public static Task AnnounceAsync(PlatformDb db, Guid userId, CancellationToken ct) =>
        db.IsMySql ? AccountChangeVersion.BumpAsync(db, userId, ct) : NotifyAsync(db, Signal, userId.ToString(), ct);

    protected override DatabaseTarget Target => services.TargetOf<PlatformDb>();

    protected override string Channel => Signal;

    protected override void Changed(string? payload)
    {
        if (Guid.TryParse(payload, out var id))
        {
            cache.Invalidate(id);
        }
        else
        {
            cache.Clear();
        }
    }

    protected override void Confirmed() => cache.Confirm();

    protected override void Lost() => cache.StopTrusting();

    protected override async Task PollAsync(MySqlConnection connection, bool first, CancellationToken ct)
    {
        if (first)
        {
            await using var latest = new MySqlCommand("SELECT COALESCE(MAX(Version), 0) FROM account_change_versions", connection);
            seen = Convert.ToInt64(await latest.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            return;
        }

        await using var changed = new MySqlCommand("SELECT UserId, Version FROM account_change_versions WHERE Version > @seen", connection);
        changed.Parameters.AddWithValue("@seen", seen);
        await using var reader = await changed.ExecuteReaderAsync(ct);
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
}
