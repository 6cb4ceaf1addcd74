namespace Quartet.Parks.Data;

/// <summary>An admin's decision about one upstream id; always wins over automatic matching.</summary>
public sealed class SourceOverride
{
    public Guid Id { get; set; }

    /// <summary>tpw or qt.</summary>
    public required string Source { get; set; }

    /// <summary>park or ride.</summary>
    public required string EntityType { get; set; }

    public required string ExternalId { get; set; }

    /// <summary>map, ignore or create.</summary>
    public required string Action { get; set; }

    /// <summary>The park or ride the id is linked to (map only).</summary>
    public Guid? TargetId { get; set; }

    public required string Reason { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>An upstream entity discovery could not link on its own (ambiguous best match); an admin accepts or dismisses it.</summary>
public sealed class MatchCandidate
{
    public Guid Id { get; set; }

    public required string Source { get; set; }

    public required string EntityType { get; set; }

    public required string ExternalId { get; set; }

    public required string ExternalName { get; set; }

    public Guid? ParkId { get; set; }

    public Guid? BestTargetId { get; set; }

    public double Score { get; set; }

    /// <summary>pending, accepted or dismissed.</summary>
    public required string Status { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>One admin write: who changed which entity, with the values before and after (JSON).</summary>
public sealed class AdminAuditEntry
{
    public Guid Id { get; set; }

    public DateTime At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}

/// <summary>Append-only history of an entity's upstream ids: relinked by discovery or moved by an admin's override.</summary>
public sealed class ExternalIdChange
{
    public Guid Id { get; set; }

    public required string EntityType { get; set; }

    public Guid EntityId { get; set; }

    public required string Source { get; set; }

    public string? OldId { get; set; }

    public string? NewId { get; set; }

    public DateTime ChangedAt { get; set; }

    /// <summary>discovery or override.</summary>
    public required string Reason { get; set; }
}
