using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Expenses;

namespace Quartet.Meals.Imports;

public sealed record RestaurantCandidate(Guid Id, string Name, string? City, int Score);

public sealed record FieldDifference(string Field, string? Imported, string? Existing);

public sealed record DuplicateCandidate(
    Guid ExpenseId, string LocalDate, long AmountMinor, string Currency, string RestaurantName, bool SameRestaurant, bool IsTarget,
    IReadOnlyList<FieldDifference> Differences);

/// <summary>
/// Reads every row with the batch options, then suggests restaurants (name/city scores) and finds duplicate candidates
/// (same currency and absolute amount within the duplicate window), and pre-selects the decisions.
/// </summary>
public sealed class ImportAnalyzer(MealsDb db, Guid userId, string userZone, DateOnly today, int windowDays)
{
    private sealed record Known(Guid Id, string Name, string? City, string NameKey, string CityKey);

    private sealed record Snapshot(
        Guid Id, Guid RestaurantId, string RestaurantName, long AmountMinor, string Currency, DateOnly LocalDate, TimeOnly? LocalTime,
        string TimeZone, string? CategoryName, string? MealType, string? OrderType, int PartySize, string? Notes, List<string> Tags,
        DateOnly? PostedDate, int Version);

    public async Task AnalyzeAsync(ImportOptions options, IReadOnlyList<ImportRow> rows, bool keepDecisions, CancellationToken ct)
    {
        var outcomes = rows.Select(r => RowParser.Parse(Raw(r), options, userZone, today)).ToList();
        var restaurants = (await db.Restaurants.AsNoTracking().Where(r => r.UserId == userId)
            .Select(r => new { r.Id, r.Name, r.City }).ToListAsync(ct))
            .Select(r => new Known(r.Id, r.Name, r.City, Text.MatchKey(r.Name), Text.MatchKey(r.City))).ToList();
        var restaurantIds = restaurants.Select(r => r.Id).ToHashSet();
        var candidatesByKey = new Dictionary<(string, string), List<RestaurantCandidate>>();

        var parsedRows = outcomes.Select(o => o.Parsed).OfType<ParsedRow>().ToList();
        var light = new List<(Guid Id, Guid RestaurantId, long Amount, string Currency, DateOnly Date)>();
        if (parsedRows.Count > 0)
        {
            var from = parsedRows.Min(p => DateOnly.Parse(p.LocalDate, System.Globalization.CultureInfo.InvariantCulture)).AddDays(-windowDays);
            var to = parsedRows.Max(p => DateOnly.Parse(p.LocalDate, System.Globalization.CultureInfo.InvariantCulture)).AddDays(windowDays);
            light = (await db.Expenses.AsNoTracking().Where(e => e.UserId == userId && e.LocalDate >= from && e.LocalDate <= to)
                .Select(e => new { e.Id, e.RestaurantId, e.AmountMinor, e.Currency, e.LocalDate }).ToListAsync(ct))
                .Select(e => (e.Id, e.RestaurantId, e.AmountMinor, e.Currency, e.LocalDate)).ToList();
        }

        var byAmount = light.ToLookup(e => (e.Currency, Math.Abs(e.Amount)));
        var rowCandidates = new List<List<Guid>>();
        var rowMatches = new List<List<RestaurantCandidate>>();
        foreach (var parsed in outcomes.Select(o => o.Parsed))
        {
            if (parsed is null)
            {
                rowCandidates.Add([]);
                rowMatches.Add([]);
                continue;
            }

            var key = (Text.MatchKey(parsed.Restaurant.Name), Text.MatchKey(parsed.Restaurant.City));
            if (!candidatesByKey.TryGetValue(key, out var matches))
            {
                matches = Match(restaurants, key.Item1, key.Item2);
                candidatesByKey[key] = matches;
            }

            rowMatches.Add(matches);
            var date = DateOnly.Parse(parsed.LocalDate, System.Globalization.CultureInfo.InvariantCulture);
            var preferred = matches.FirstOrDefault(m => m.Score >= 80)?.Id;
            rowCandidates.Add(byAmount[(parsed.Currency, Math.Abs(parsed.AmountMinor))]
                .Where(e => Math.Abs(e.Date.DayNumber - date.DayNumber) <= windowDays)
                .OrderByDescending(e => e.RestaurantId == preferred).ThenBy(e => Math.Abs(e.Date.DayNumber - date.DayNumber)).ThenBy(e => e.Id)
                .Select(e => e.Id).Take(5).ToList());
        }

        var targetIds = parsedRows.Select(p => p.Id).OfType<Guid>().ToList();
        var snapshots = await LoadSnapshotsAsync(rowCandidates.SelectMany(c => c).Concat(targetIds).Distinct().ToList(), ct);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var outcome = outcomes[i];
            var parsed = outcome.Parsed;
            row.ParsedJson = parsed is null ? null : JsonSerializer.Serialize(parsed, JsonSerializerOptions.Web);
            row.ErrorsJson = JsonSerializer.Serialize(outcome.Errors);
            row.WarningsJson = JsonSerializer.Serialize(outcome.Warnings);
            row.HasErrors = parsed is null;
            row.RestaurantCandidatesJson = JsonSerializer.Serialize(rowMatches[i], JsonSerializerOptions.Web);
            var previous = (row.RestaurantAction, row.RestaurantId, row.ExpenseAction, row.TargetExpenseId);
            if (parsed is null)
            {
                row.DuplicateCandidatesJson = "[]";
                row.PossibleDuplicate = false;
                row.RestaurantAction = null;
                row.RestaurantId = null;
                row.ExpenseAction = "skip";
                row.TargetExpenseId = null;
                row.TargetVersion = null;
                continue;
            }

            var target = parsed.Id is { } id && snapshots.TryGetValue(id, out var t) ? t : null;
            var matches = rowMatches[i];
            var perfect = matches.Where(m => m.Score == 100).ToList();
            var strong = matches.Where(m => m.Score >= 80).ToList();
            var restaurantId = target is not null && matches.Any(m => m.Id == target.RestaurantId) ? target.RestaurantId
                : perfect.Count == 1 ? perfect[0].Id : strong.Count == 1 ? strong[0].Id : (Guid?)null;
            var candidates = rowCandidates[i].Where(snapshots.ContainsKey).Select(c => snapshots[c]).ToList();
            if (target is not null && candidates.All(c => c.Id != target.Id))
            {
                candidates.Insert(0, target);
            }

            var duplicateViews = candidates.Take(5).Select(c => new DuplicateCandidate(c.Id, ExpenseRules.FormatDate(c.LocalDate), c.AmountMinor, c.Currency,
                c.RestaurantName, c.RestaurantId == restaurantId, c.Id == target?.Id, Differences(parsed, c))).ToList();
            row.DuplicateCandidatesJson = JsonSerializer.Serialize(duplicateViews, JsonSerializerOptions.Web);
            row.PossibleDuplicate = target is null && duplicateViews.Count > 0;

            row.RestaurantAction = restaurantId is not null ? "match" : matches.Count == 0 ? "create" : null;
            row.RestaurantId = restaurantId;
            if (target is not null)
            {
                row.ExpenseAction = duplicateViews.First(d => d.IsTarget).Differences.Count > 0 ? "update" : "skip";
                row.TargetExpenseId = target.Id;
                row.TargetVersion = target.Version;
            }
            else
            {
                row.ExpenseAction = duplicateViews.Count > 0 ? "skip" : "create";
                row.TargetExpenseId = null;
                row.TargetVersion = null;
            }

            if (keepDecisions)
            {
                if (previous.RestaurantAction == "create" || (previous.RestaurantAction == "match" && previous.RestaurantId is { } kept && restaurantIds.Contains(kept)))
                {
                    row.RestaurantAction = previous.RestaurantAction;
                    row.RestaurantId = previous.RestaurantId;
                }

                if (previous.ExpenseAction is "create" or "skip" || (previous.ExpenseAction == "update" && previous.TargetExpenseId is { } keptTarget && snapshots.ContainsKey(keptTarget)))
                {
                    row.ExpenseAction = previous.ExpenseAction;
                    row.TargetExpenseId = previous.TargetExpenseId;
                    row.TargetVersion = previous.TargetExpenseId is { } v && snapshots.TryGetValue(v, out var s) ? s.Version : null;
                }
            }
        }
    }

    public static Dictionary<string, string?> Raw(ImportRow row) =>
        JsonSerializer.Deserialize<Dictionary<string, string?>>(row.RawJson) ?? [];

    private static List<RestaurantCandidate> Match(List<Known> restaurants, string nameKey, string cityKey)
    {
        if (nameKey.Length == 0)
        {
            return [];
        }

        return restaurants.Select(r =>
            {
                var score = r.NameKey == nameKey ? (r.CityKey == cityKey ? 100 : 80)
                    : r.NameKey.Length > 0 && (r.NameKey.StartsWith(nameKey, StringComparison.Ordinal) || nameKey.StartsWith(r.NameKey, StringComparison.Ordinal)
                        || r.NameKey.Contains(nameKey, StringComparison.Ordinal) || nameKey.Contains(r.NameKey, StringComparison.Ordinal)) ? 60 : 0;
                return new RestaurantCandidate(r.Id, r.Name, r.City, score);
            })
            .Where(c => c.Score > 0).OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id).Take(5).ToList();
    }

    private async Task<Dictionary<Guid, Snapshot>> LoadSnapshotsAsync(List<Guid> ids, CancellationToken ct)
    {
        var result = new Dictionary<Guid, Snapshot>();
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await (
                from e in db.Expenses.AsNoTracking()
                where e.UserId == userId && chunk.Contains(e.Id)
                join r in db.Restaurants on e.RestaurantId equals r.Id
                join c in db.Categories on e.CategoryId equals c.Id into cats
                from c in cats.DefaultIfEmpty()
                select new { e, RestaurantName = r.Name, CategoryName = c == null ? null : c.Name }).ToListAsync(ct);
            var tags = (await (
                from et in db.ExpenseTags
                join t in db.Tags on et.TagId equals t.Id
                where chunk.Contains(et.ExpenseId)
                select new { et.ExpenseId, et.Position, t.Name }).ToListAsync(ct)).ToLookup(t => t.ExpenseId);
            foreach (var x in rows)
            {
                var e = x.e;
                result[e.Id] = new Snapshot(e.Id, e.RestaurantId, x.RestaurantName, e.AmountMinor, e.Currency, e.LocalDate, e.LocalTime, e.TimeZone,
                    x.CategoryName, e.MealType, e.OrderType, e.PartySize, e.Notes, tags[e.Id].OrderBy(t => t.Position).Select(t => t.Name).ToList(),
                    e.PostedDate, e.Version);
            }
        }

        return result;
    }

    private static List<FieldDifference> Differences(ParsedRow row, Snapshot existing)
    {
        var diffs = new List<FieldDifference>();
        void Compare(string field, string? imported, string? current, bool ignoreCase = false)
        {
            if (!string.Equals(imported ?? "", current ?? "", ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                diffs.Add(new FieldDifference(field, imported, current));
            }
        }

        Compare("amount", Currencies.FormatDecimal(row.AmountMinor, row.Currency), Currencies.FormatDecimal(existing.AmountMinor, existing.Currency));
        Compare("currency", row.Currency, existing.Currency);
        Compare("date", row.LocalDate, ExpenseRules.FormatDate(existing.LocalDate));
        Compare("time", row.LocalTime, ExpenseRules.FormatTime(existing.LocalTime));
        Compare("timeZone", row.TimeZone, existing.TimeZone);
        Compare("restaurant", Text.NormalizeKey(row.Restaurant.Name), Text.NormalizeKey(existing.RestaurantName));
        Compare("category", CategoryLeaf(row.Category, existing.CategoryName), existing.CategoryName, ignoreCase: true);
        Compare("mealType", row.MealType, existing.MealType);
        Compare("orderType", row.OrderType, existing.OrderType);
        Compare("partySize", row.PartySize.ToString(System.Globalization.CultureInfo.InvariantCulture), existing.PartySize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Compare("notes", row.Notes, existing.Notes);
        Compare("tags", string.Join(';', row.Tags), string.Join(';', existing.Tags), ignoreCase: true);
        Compare("postedDate", row.PostedDate, existing.PostedDate is { } p ? ExpenseRules.FormatDate(p) : null);
        return diffs;
    }

    /// <summary>For <c>Parent:Child</c>, the part that names the existing category (child first), else the whole value.</summary>
    private static string? CategoryLeaf(string? value, string? existing)
    {
        if (value is null || !value.Contains(':', StringComparison.Ordinal) || existing is null)
        {
            return value;
        }

        var parts = value.Split(':', 2, StringSplitOptions.TrimEntries);
        return parts.FirstOrDefault(p => p.Equals(existing, StringComparison.OrdinalIgnoreCase)) ?? value;
    }
}
