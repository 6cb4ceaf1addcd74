namespace Quartet.Shop.Data;

public enum LedgerType
{
    Grant,
    Deduct,
    Redeem,
    Refund,
    Expire,
}

public enum LedgerSource
{
    Manual,
    Batch,
    Monthly,
    Onboarding,
    Order,
    Expiry,
}

public enum ActorKind
{
    Employee,
    Admin,
    System,
}

public enum BatchKind
{
    Grant,
    Deduct,
}

/// <summary>One employee's points. <see cref="Balance"/> always equals the sum of the ledger and of the lots' remaining points.</summary>
public sealed class PointsAccount
{
    public Guid UserId { get; set; }

    public string? EmployeeNumber { get; set; }

    public string? Department { get; set; }

    public int Balance { get; set; }

    /// <summary>Null: the default monthly amount; 0: excluded from the allocation.</summary>
    public int? AllocationOverride { get; set; }

    public DateTime? OnboardingGrantedAt { get; set; }

    public DateTime? LastActivityAt { get; set; }

    /// <summary>Number of ledger entries so far; the next entry gets this plus one as its sequence.</summary>
    public int EntryCount { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>A parcel of credited points, consumed oldest first.</summary>
public sealed class PointsLot
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid SourceEntryId { get; set; }

    public int Amount { get; set; }

    public int Remaining { get; set; }

    public DateTime GrantedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? ExpiredAt { get; set; }
}

/// <summary>Append-only record of every points movement.</summary>
public sealed class LedgerEntry
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>Position in the account's history (1, 2, …); unique per account, so the order of entries is exact.</summary>
    public int Sequence { get; set; }

    public LedgerType Type { get; set; }

    public LedgerSource Source { get; set; }

    public int Amount { get; set; }

    public int BalanceAfter { get; set; }

    public required string Reason { get; set; }

    public Guid? OperatorId { get; set; }

    public ActorKind OperatorKind { get; set; }

    public Guid? OrderId { get; set; }

    public Guid? BatchId { get; set; }

    public Guid? LotId { get; set; }

    /// <summary>The allocation month (YYYY-MM) of a monthly entry, so the UI can label it.</summary>
    public string? Period { get; set; }

    public DateTime CreatedAt { get; set; }
}

public sealed class LotConsumption
{
    public Guid EntryId { get; set; }

    public Guid LotId { get; set; }

    public int Points { get; set; }
}

public sealed class MonthlyAllocation
{
    public Guid UserId { get; set; }

    public required string Period { get; set; }

    public int Amount { get; set; }

    public Guid? EntryId { get; set; }

    public string? SkipReason { get; set; }

    public DateTime CreatedAt { get; set; }
}

public sealed class PointsBatch
{
    public Guid Id { get; set; }

    public BatchKind Kind { get; set; }

    public required string Reason { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public int RowCount { get; set; }

    public int TotalPoints { get; set; }

    public Guid OperatorId { get; set; }

    public DateTime CreatedAt { get; set; }
}
