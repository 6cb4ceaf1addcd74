using System.Linq.Expressions;
using Quartet.Parks.Data;

namespace Quartet.Parks.Admin;

/// <summary>An admin's decision about one upstream id (source tpw or qt, entity park or ride, action map, ignore or create).</summary>
public sealed record OverrideView(
    Guid Id, string Source, string EntityType, string ExternalId, string Action, Guid? TargetId, string Reason, string CreatedBy, DateTime CreatedAt)
{
    public static readonly Expression<Func<SourceOverride, OverrideView>> Project = o =>
        new OverrideView(o.Id, o.Source, o.EntityType, o.ExternalId, o.Action, o.TargetId, o.Reason, o.CreatedBy, o.CreatedAt);

    private static readonly Func<SourceOverride, OverrideView> Compiled = Project.Compile();

    public static OverrideView From(SourceOverride row) => Compiled(row);
}

/// <summary>A collection or aggregation run with its counts (status running, ok, partial or failed).</summary>
public sealed record RunView(
    Guid Id, string Kind, string Trigger, DateTime? SlotAt, DateTime StartedAt, DateTime? FinishedAt, string Status, int ParksOk, int ParksFallback,
    int ParksFailed, int ParksSkipped, int RidesSeen, int SnapshotsWritten, int IssuesRaised, string? ErrorSummary)
{
    public static readonly Expression<Func<CollectionRun, RunView>> Project = r => new RunView(r.Id, r.Kind, r.Trigger, r.SlotAt, r.StartedAt, r.FinishedAt,
        r.Status, r.ParksOk, r.ParksFallback, r.ParksFailed, r.ParksSkipped, r.RidesSeen, r.SnapshotsWritten, r.IssuesRaised, r.ErrorSummary);

    private static readonly Func<CollectionRun, RunView> Compiled = Project.Compile();

    public static RunView From(CollectionRun row) => Compiled(row);
}

/// <summary>An unresolved data-quality issue: what, where, since when and how often.</summary>
public sealed record OpenIssueView(
    Guid Id, string Type, string Source, Guid? ParkId, Guid? RideId, string? ExternalId, DateTime FirstSeenAt, DateTime LastSeenAt, int Occurrences,
    int? MaxAgeMinutes, string? Details)
{
    public static readonly Expression<Func<DataQualityIssue, OpenIssueView>> Project = i => new OpenIssueView(i.Id, i.Type, i.Source, i.ParkId, i.RideId,
        i.ExternalId, i.FirstSeenAt, i.LastSeenAt, i.Occurrences, i.MaxAgeMinutes, i.Details);
}

/// <summary>One admin write: who changed which entity, with the values before and after (JSON text).</summary>
public sealed record AuditLogEntry(Guid Id, DateTime At, string Actor, string Action, string EntityType, string EntityId, string? Before, string? After)
{
    public static readonly Expression<Func<AdminAuditEntry, AuditLogEntry>> Project = a =>
        new AuditLogEntry(a.Id, a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.Before, a.After);
}
