namespace Quartet.Shop.Data;

public enum StockMovementKind
{
    Initial,
    Adjust,
    Redeem,
    Cancel,
}

public enum OrderStatus
{
    Placed,
    Fulfilled,
    Cancelled,
}

public sealed class Product
{
    public const string ActiveFilter = "\"IsActive\"";

    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2_000;
    public const int MaxUsageNotesLength = 1_000;
    public const int MaxCategoryLength = 50;

    public Guid Id { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public string UsageNotes { get; set; } = "";

    public required string Category { get; set; }

    /// <summary>Lower-cased category, so categories group case-insensitively.</summary>
    public required string CategoryKey { get; set; }

    /// <summary>Lower-cased name, category and description for substring search on both providers.</summary>
    public required string SearchText { get; set; }

    public int PointsCost { get; set; }

    public int Stock { get; set; }

    public bool IsActive { get; set; }

    public int? MaxPerEmployeePerMonth { get; set; }

    public string? ImageKey { get; set; }

    public string? ImageContentType { get; set; }

    public int? ImageBytes { get; set; }

    public int? ImageWidth { get; set; }

    public int? ImageHeight { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public bool Available => IsActive && Stock > 0;

    public void Describe(string name, string description, string usageNotes, string category)
    {
        Name = name;
        Description = description;
        UsageNotes = usageNotes;
        Category = category;
        CategoryKey = category.ToLowerInvariant();
        SearchText = $"{name}\n{category}\n{description}".ToLowerInvariant();
    }
}

public sealed class StockMovement
{
    public Guid Id { get; set; }

    public Guid ProductId { get; set; }

    public int Delta { get; set; }

    public int StockAfter { get; set; }

    public StockMovementKind Kind { get; set; }

    public Guid? OrderId { get; set; }

    public string? Reason { get; set; }

    public Guid? OperatorId { get; set; }

    public DateTime CreatedAt { get; set; }
}

public sealed class Order
{
    public Guid Id { get; set; }

    public required string OrderNumber { get; set; }

    public Guid UserId { get; set; }

    public Guid ProductId { get; set; }

    public required string ProductName { get; set; }

    public int UnitCost { get; set; }

    public int Quantity { get; set; }

    public int TotalCost { get; set; }

    public OrderStatus Status { get; set; }

    public DateTime PlacedAt { get; set; }

    public DateTime? FulfilledAt { get; set; }

    public Guid? FulfilledBy { get; set; }

    public string? FulfilmentNote { get; set; }

    public DateTime? CancelledAt { get; set; }

    public Guid? CancelledBy { get; set; }

    public ActorKind? CancelledByKind { get; set; }

    public string? CancelReason { get; set; }

    public bool Restocked { get; set; }
}

/// <summary>Append-only trail of every admin write, redemption, cancellation and job run.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTime At { get; set; }

    public Guid? ActorId { get; set; }

    public ActorKind ActorKind { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public string? Reason { get; set; }

    public string? RequestId { get; set; }

    public string? Ip { get; set; }

    public string? UserAgent { get; set; }
}
