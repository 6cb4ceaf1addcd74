using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;

namespace Quartet.Platform.Accounts;

/// <summary>
/// MySQL's account change signal (it has no LISTEN/NOTIFY): a counter row (<see cref="CounterId"/>) bumped by every
/// account change, and one row per changed account holding the counter value of its last change. Every change locks
/// the counter row until it commits, so changes commit in counter order and an instance that has seen version N has
/// seen every change up to N: polling <c>Version &gt; N</c> names exactly the accounts changed since.
/// </summary>
public sealed class AccountChangeVersion
{
    /// <summary>The counter row's key; no account has the empty id.</summary>
    public static readonly Guid CounterId = Guid.Empty;

    public Guid UserId { get; set; }

    public long Version { get; set; }

    public static void Map(ModelBuilder modelBuilder) => modelBuilder.Entity<AccountChangeVersion>(e =>
    {
        e.ToTable("account_change_versions");
        e.HasKey(v => v.UserId);
        e.HasIndex(v => v.Version).HasDatabaseName("ix_account_change_versions_version");
    });

    /// <summary>Bumps the counter and stamps the account with it; call inside the transaction that changes the account.</summary>
    public static async Task BumpAsync(PlatformDb db, Guid userId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO account_change_versions (UserId, Version) VALUES ({0}, LAST_INSERT_ID(1)) "
            + "ON DUPLICATE KEY UPDATE Version = LAST_INSERT_ID(Version + 1)", [CounterId], ct);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO account_change_versions (UserId, Version) VALUES ({0}, LAST_INSERT_ID()) "
            + "ON DUPLICATE KEY UPDATE Version = LAST_INSERT_ID()", [userId], ct);
    }
}
