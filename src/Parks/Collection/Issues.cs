using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;

namespace Quartet.Parks.Collection;

/// <summary>Raises and auto-resolves data-quality issues: one open issue per (type, source, park, ride, external id).</summary>
public static class Issues
{
    public const string Stale = "STALE_DATA";
    public const string InvalidStatus = "INVALID_STATUS";
    public const string InvalidWait = "INVALID_WAIT";
    public const string Unmapped = "UNMAPPED_ENTITY";
    public const string MissingSchedule = "MISSING_SCHEDULE";
    public const string SourceFailure = "SOURCE_FAILURE";
    public const string FallbackUsed = "FALLBACK_USED";
    public const string Inconsistent = "INCONSISTENT_DATA";

    public static readonly IReadOnlyList<string> Types = [Stale, InvalidStatus, InvalidWait, Unmapped, MissingSchedule, SourceFailure, FallbackUsed, Inconsistent];

    public static string Key(string type, string source, Guid? parkId, Guid? rideId, string? externalId) =>
        $"{type}|{source}|{parkId:N}|{rideId:N}|{externalId}";

    /// <summary>Adds or bumps the open issue (tracked, saved by the caller). Returns true when a new issue was opened.</summary>
    public static async Task<bool> RaiseAsync(ParksDb db, DateTime now, string type, string source, Guid? parkId, Guid? rideId, string? externalId,
        object? details, int? ageMinutes, CancellationToken ct)
    {
        var key = Key(type, source, parkId, rideId, externalId);
        var open = db.Issues.Local.FirstOrDefault(i => i.OpenKey == key) ?? await db.Issues.FirstOrDefaultAsync(i => i.OpenKey == key, ct);
        var json = details is null ? null : JsonSerializer.Serialize(details);
        if (json is { Length: > 4096 })
        {
            json = json[..4096];
        }

        if (open is not null)
        {
            open.LastSeenAt = now;
            open.Occurrences++;
            open.MaxAgeMinutes = Max(open.MaxAgeMinutes, ageMinutes);
            open.Details = json ?? open.Details;
            return false;
        }

        db.Issues.Add(new DataQualityIssue
        {
            Id = Guid.CreateVersion7(),
            Type = type,
            Source = source,
            ParkId = parkId,
            RideId = rideId,
            ExternalId = externalId,
            OpenKey = key,
            FirstSeenAt = now,
            LastSeenAt = now,
            Occurrences = 1,
            MaxAgeMinutes = ageMinutes,
            Details = json,
        });
        return true;
    }

    public static Task ResolveAsync(ParksDb db, DateTime now, IReadOnlyCollection<string> keys, CancellationToken ct) =>
        keys.Count == 0
            ? Task.CompletedTask
            : db.Issues.Where(i => i.OpenKey != null && keys.Contains(i.OpenKey))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ResolvedAt, now).SetProperty(i => i.ResolvedBy, "auto").SetProperty(i => i.OpenKey, (string?)null), ct);

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
