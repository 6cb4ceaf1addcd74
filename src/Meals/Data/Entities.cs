namespace Quartet.Meals.Data;

public sealed class MealSettings
{
    public Guid UserId { get; set; }

    public string HomeCurrency { get; set; } = "USD";

    public string TimeZone { get; set; } = "UTC";

    public bool Deactivated { get; set; }

    public long DataVersion { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public sealed class Restaurant
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string Name { get; set; } = "";

    public string NormalizedName { get; set; } = "";

    public string NormalizedCity { get; set; } = "";

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    public string? CountryCode { get; set; }

    public string? Cuisine { get; set; }

    public int? PriceLevel { get; set; }

    public int? Rating { get; set; }

    public string? Website { get; set; }

    public string? Phone { get; set; }

    public string? Notes { get; set; }

    public string? PlaceRef { get; set; }

    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public sealed class Expense
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid RestaurantId { get; set; }

    public long AmountMinor { get; set; }

    public string Currency { get; set; } = "";

    public DateOnly LocalDate { get; set; }

    public TimeOnly? LocalTime { get; set; }

    public string TimeZone { get; set; } = "";

    public DateTime OccurredAt { get; set; }

    public DateOnly? PostedDate { get; set; }

    public Guid? CategoryId { get; set; }

    public string? MealType { get; set; }

    public string? OrderType { get; set; }

    public int PartySize { get; set; } = 1;

    public string? Notes { get; set; }

    public string Source { get; set; } = "manual";

    public Guid? ImportId { get; set; }

    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<ExpenseTag> Tags { get; set; } = [];
}

public sealed class ExpenseTag
{
    public Guid ExpenseId { get; set; }

    public Guid TagId { get; set; }

    public int Position { get; set; }
}

public sealed class Category
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string Name { get; set; } = "";

    public string NormalizedName { get; set; } = "";

    public string Colour { get; set; } = "#6b7280";

    public int SortOrder { get; set; }

    public bool IsDefault { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public sealed class Tag
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string Name { get; set; } = "";

    public string NormalizedName { get; set; } = "";

    public string Colour { get; set; } = "#6b7280";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public sealed class Budget
{
    public const string OverallScope = "overall";

    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid? CategoryId { get; set; }

    /// <summary>The category id as text, or <see cref="OverallScope"/>: a non-null key so the unique index holds for the overall budget too.</summary>
    public string Scope { get; set; } = OverallScope;

    public string Currency { get; set; } = "";

    public long LimitMinor { get; set; }

    public int WarnAtPercent { get; set; } = 80;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public sealed class Receipt
{
    public Guid ExpenseId { get; set; }

    public Guid UserId { get; set; }

    public string BlobKey { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    public string Sha256 { get; set; } = "";

    public string OriginalName { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// One accepted receipt upload, kept for an hour to enforce the per-user hourly limit. A separate row, so replacing or
/// removing the receipt (which deletes its <see cref="Receipt"/> row) does not give the upload back.
/// </summary>
public sealed class ReceiptUpload
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTime At { get; set; }
}

public sealed class ImportBatch
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string FileName { get; set; } = "";

    public string Format { get; set; } = "csv";

    public string Status { get; set; } = ImportStatus.Reviewing;

    public string DateOrder { get; set; } = "MDY";

    public string SignConvention { get; set; } = "spendPositive";

    public string DefaultCurrency { get; set; } = "USD";

    public int RowCount { get; set; }

    /// <summary>File-level facts kept for re-parsing: headers, warnings, and the category/tag colours of a JSON export.</summary>
    public string FileInfoJson { get; set; } = "{}";

    public string? ResultJson { get; set; }

    public DateTime LastTouchedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public static class ImportStatus
{
    public const string Reviewing = "reviewing";
    public const string Applied = "applied";
    public const string Discarded = "discarded";
    public const string Expired = "expired";
}

public sealed class ImportRow
{
    public Guid Id { get; set; }

    public Guid BatchId { get; set; }

    public int RowNumber { get; set; }

    public string RawJson { get; set; } = "{}";

    public string? ParsedJson { get; set; }

    public string ErrorsJson { get; set; } = "[]";

    public string WarningsJson { get; set; } = "[]";

    public string RestaurantCandidatesJson { get; set; } = "[]";

    public string DuplicateCandidatesJson { get; set; } = "[]";

    public string? RestaurantAction { get; set; }

    public Guid? RestaurantId { get; set; }

    public string? ExpenseAction { get; set; }

    public Guid? TargetExpenseId { get; set; }

    public int? TargetVersion { get; set; }

    public bool HasErrors { get; set; }

    public bool PossibleDuplicate { get; set; }
}

public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTime At { get; set; }

    public Guid ActorId { get; set; }

    public Guid SubjectUserId { get; set; }

    public string Action { get; set; } = "";

    /// <summary>Counts and ids only; never amounts, notes or receipt content.</summary>
    public string DetailJson { get; set; } = "{}";
}

public sealed class DataExport
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string Status { get; set; } = DataExportStatus.Pending;

    public string? BlobKey { get; set; }

    public long? SizeBytes { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public string? Error { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public static class DataExportStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Ready = "ready";
    public const string Failed = "failed";
    public const string Expired = "expired";
}

/// <summary>
/// The user's expenses of one currency and local month with one category and meal type, summed; kept exact by
/// <see cref="Reports.MonthTotals"/> in the transaction of every expense write. Keys are never null, so one row
/// stands for each group on every engine: <see cref="Guid.Empty"/> is "uncategorised" and "" is "no meal type".
/// </summary>
public sealed class ExpenseMonthTotal
{
    public Guid UserId { get; set; }

    public string Currency { get; set; } = "";

    /// <summary>The first day of the local month.</summary>
    public DateOnly Month { get; set; }

    public Guid CategoryKey { get; set; }

    public string MealTypeKey { get; set; } = "";

    public int Count { get; set; }

    public long TotalMinor { get; set; }

    /// <summary>Expenses with a positive amount (refunds are not meals).</summary>
    public int Meals { get; set; }

    /// <summary>The sum of the positive amounts.</summary>
    public long SpendMinor { get; set; }

    /// <summary>The party sizes of the positive amounts.</summary>
    public long People { get; set; }
}

/// <summary>The user's expenses of one currency and local month at one restaurant, summed; kept like <see cref="ExpenseMonthTotal"/>.</summary>
public sealed class ExpenseMonthRestaurant
{
    public Guid UserId { get; set; }

    public string Currency { get; set; } = "";

    public DateOnly Month { get; set; }

    public Guid RestaurantId { get; set; }

    public int Count { get; set; }

    public long TotalMinor { get; set; }

    public int Meals { get; set; }
}
