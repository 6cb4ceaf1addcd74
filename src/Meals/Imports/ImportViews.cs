using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Imports;

public sealed record ImportFileInfo(List<string> Fields, List<string> Warnings, Dictionary<string, string> CategoryColours, Dictionary<string, string> TagColours);

public sealed record ImportCounts(
    int Rows, int Ready, int Undecided, int Errors, int PossibleDuplicates, int NewRestaurants, int NewCategories, int NewTags,
    int ToCreate, int ToUpdate, int ToSkip);

public sealed record ImportResult(int Created, int Updated, int Skipped, int RestaurantsCreated, int CategoriesCreated, int TagsCreated);

public sealed record ImportSummary(
    Guid Id, string FileName, string Format, string Status, ImportOptions Options, int RowCount, ImportCounts? Counts,
    IReadOnlyList<string> Warnings, ImportResult? Result, DateTime CreatedAt, DateTime LastTouchedAt);

public sealed record ImportDecision(string? RestaurantAction, Guid? RestaurantId, string? ExpenseAction, Guid? TargetExpenseId);

public sealed record ImportRowView(
    int RowNumber, string Status, Dictionary<string, string?> Raw, ParsedRow? Parsed, List<string> Errors, List<string> Warnings,
    List<RestaurantCandidate> RestaurantCandidates, List<DuplicateCandidate> DuplicateCandidates, bool PossibleDuplicate, ImportDecision Decision);

public static class ImportViews
{
    public static bool IsUndecided(ImportRow r) =>
        !r.HasErrors && (r.ExpenseAction is null || (r.ExpenseAction != "skip" && r.RestaurantAction is null)
            || (r.ExpenseAction == "update" && r.TargetExpenseId is null) || (r.RestaurantAction == "match" && r.RestaurantId is null && r.ExpenseAction != "skip"));

    public static string StatusOf(ImportRow r) =>
        r.HasErrors ? "error" : IsUndecided(r) ? "undecided" : r.PossibleDuplicate ? "duplicate"
            : r.RestaurantAction == "create" && r.ExpenseAction != "skip" ? "newRestaurant" : "ready";

    public static ImportOptions OptionsOf(ImportBatch b) => new(b.DateOrder, b.SignConvention, b.DefaultCurrency);

    public static async Task<ImportSummary> SummaryAsync(MealsDb db, ImportBatch batch, CancellationToken ct)
    {
        var info = JsonSerializer.Deserialize<ImportFileInfo>(batch.FileInfoJson, JsonSerializerOptions.Web);
        ImportCounts? counts = null;
        if (batch.Status == ImportStatus.Reviewing)
        {
            var rows = await db.ImportRows.AsNoTracking().Where(r => r.BatchId == batch.Id).ToListAsync(ct);
            var active = rows.Where(r => !r.HasErrors && r.ExpenseAction is "create" or "update").ToList();
            var parsed = active.Select(r => (Row: r, Parsed: JsonSerializer.Deserialize<ParsedRow>(r.ParsedJson!, JsonSerializerOptions.Web)!)).ToList();
            var categoryNames = (await db.Categories.Where(c => c.UserId == batch.UserId).Select(c => c.NormalizedName).ToListAsync(ct)).ToHashSet();
            var tagNames = (await db.Tags.Where(t => t.UserId == batch.UserId).Select(t => t.NormalizedName).ToListAsync(ct)).ToHashSet();
            counts = new ImportCounts(
                rows.Count,
                rows.Count(r => !r.HasErrors && !IsUndecided(r)),
                rows.Count(IsUndecided),
                rows.Count(r => r.HasErrors),
                rows.Count(r => r.PossibleDuplicate),
                parsed.Where(p => p.Row.RestaurantAction == "create").Select(p => (Text.NormalizeKey(p.Parsed.Restaurant.Name), Text.NormalizeKey(p.Parsed.Restaurant.City))).Distinct().Count(),
                parsed.Select(p => p.Parsed.Category).OfType<string>().Select(c => ImportCategories.Resolve(c, categoryNames)).Where(c => c.IsNew).Select(c => c.Key).Distinct().Count(),
                parsed.SelectMany(p => p.Parsed.Tags).Select(t => t.ToLowerInvariant()).Where(t => !tagNames.Contains(t)).Distinct().Count(),
                rows.Count(r => !r.HasErrors && r.ExpenseAction == "create"),
                rows.Count(r => !r.HasErrors && r.ExpenseAction == "update"),
                rows.Count(r => r.HasErrors || r.ExpenseAction == "skip"));
        }

        var result = batch.ResultJson is null ? null : JsonSerializer.Deserialize<ImportResult>(batch.ResultJson, JsonSerializerOptions.Web);
        return new ImportSummary(batch.Id, batch.FileName, batch.Format, batch.Status, OptionsOf(batch), batch.RowCount, counts,
            info?.Warnings ?? [], result, batch.CreatedAt, batch.LastTouchedAt);
    }

    public static ImportRowView RowView(ImportRow r) => new(
        r.RowNumber, StatusOf(r), ImportAnalyzer.Raw(r),
        r.ParsedJson is null ? null : JsonSerializer.Deserialize<ParsedRow>(r.ParsedJson, JsonSerializerOptions.Web),
        JsonSerializer.Deserialize<List<string>>(r.ErrorsJson) ?? [],
        JsonSerializer.Deserialize<List<string>>(r.WarningsJson) ?? [],
        JsonSerializer.Deserialize<List<RestaurantCandidate>>(r.RestaurantCandidatesJson, JsonSerializerOptions.Web) ?? [],
        JsonSerializer.Deserialize<List<DuplicateCandidate>>(r.DuplicateCandidatesJson, JsonSerializerOptions.Web) ?? [],
        r.PossibleDuplicate,
        new ImportDecision(r.RestaurantAction, r.RestaurantId, r.ExpenseAction, r.TargetExpenseId));
}

/// <summary>Category values match ignoring case; <c>Parent:Child</c> tries the child, then the parent; unknown names are new.</summary>
public static class ImportCategories
{
    public static (string Key, string Name, bool IsNew) Resolve(string value, ISet<string> existingKeys)
    {
        var parts = value.Contains(':', StringComparison.Ordinal)
            ? value.Split(':', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Reverse().ToArray()
            : [value.Trim()];
        foreach (var part in parts)
        {
            var key = Text.NormalizeKey(part);
            if (existingKeys.Contains(key))
            {
                return (key, part, false);
            }
        }

        var name = parts.Length == 0 ? value.Trim() : parts[0];
        if (Text.Length(name) > 50)
        {
            name = new string(name.EnumerateRunes().Take(50).SelectMany(r => r.ToString()).ToArray()).Trim();
        }

        return (Text.NormalizeKey(name), name, true);
    }
}
