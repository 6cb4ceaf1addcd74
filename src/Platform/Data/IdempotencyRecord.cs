using Microsoft.EntityFrameworkCore;

namespace Quartet.Platform.Data;

/// <summary>
/// The stored answer to one <c>Idempotency-Key</c>: scoped to a user and an operation, with the fingerprint of the
/// request that first used the key. Each module keeps these in its own table (<see cref="IdempotencyRecords.MapIdempotencyRecords"/>)
/// and writes one in the same transaction as the business write it answers, so both commit or neither does.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int MaxOperationLength = 50;

    public const int MaxKeyLength = 100;

    public const int MaxLocationLength = 300;

    public Guid UserId { get; set; }

    /// <summary>What the key was used for, e.g. <c>orders.place</c>: the same key may be used once per operation.</summary>
    public string Operation { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>SHA-256 (hex) of the request's canonical form; a different one with the same key is a reused key.</summary>
    public string Fingerprint { get; set; } = "";

    public int Status { get; set; }

    public string? Location { get; set; }

    /// <summary>The JSON body sent the first time; null for records moved from a module's older key store, whose answer the module rebuilds from <see cref="ResourceId"/>.</summary>
    public string? Body { get; set; }

    /// <summary>The id of what the request created.</summary>
    public Guid? ResourceId { get; set; }

    public DateTime CreatedAt { get; set; }
}

public static class IdempotencyRecords
{
    /// <summary>How long a key is kept: a retry within this time replays; the purge deletes older records.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    public const string Table = "idempotency_records";

    /// <summary>Maps <see cref="IdempotencyRecord"/> onto the module's <c>idempotency_records</c> table, keyed by user, operation and key.</summary>
    public static ModelBuilder MapIdempotencyRecords(this ModelBuilder modelBuilder) =>
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable(Table);
            e.HasKey(r => new { r.UserId, r.Operation, r.Key }).HasName("pk_idempotency_records");
            e.Property(r => r.Operation).HasMaxLength(IdempotencyRecord.MaxOperationLength);
            e.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
            e.Property(r => r.Fingerprint).HasMaxLength(64);
            e.Property(r => r.Location).HasMaxLength(IdempotencyRecord.MaxLocationLength);
            e.HasIndex(r => r.CreatedAt).HasDatabaseName("ix_idempotency_records_created");
        });

    /// <summary>Deletes the records older than <see cref="KeptFor"/>; the module's purge job calls it.</summary>
    public static Task<int> PurgeExpiredAsync(this DbSet<IdempotencyRecord> records, DateTime now, CancellationToken ct)
    {
        var cutoff = now - KeptFor;
        return records.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
    }
}
