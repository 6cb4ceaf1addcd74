using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Tags;

public static class TagResolver
{
    public const int MaxTagsPerUser = 500;
    public const int MaxTagsPerExpense = 20;
    public const string DefaultColour = "#6b7280";

    /// <summary>Normalises tag names (dropping repeats, keeping first-use order); 400 TAG_NAME_INVALID for names that normalise to nothing.</summary>
    public static List<string> NormalizeNames(IEnumerable<string>? names)
    {
        var result = new List<string>();
        foreach (var raw in names ?? [])
        {
            var name = Text.NormalizeTag(raw);
            if (name is null || name.Length > 30)
            {
                throw MealsProblems.Field("TAG_NAME_INVALID", "tags", $"'{raw}' is not a valid tag name (1–30 letters, digits, '-' or '_').");
            }

            if (!result.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(name);
            }
        }

        return result;
    }

    /// <summary>The user's tags with these names, creating the missing ones (422 TAG_LIMIT past 500).</summary>
    public static async Task<List<Tag>> ResolveAsync(MealsDb db, Guid userId, IReadOnlyList<string> names, DateTime now, CancellationToken ct,
        IReadOnlyDictionary<string, string>? colours = null)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var keys = names.Select(n => n.ToLowerInvariant()).ToList();
        var existing = await db.Tags.Where(t => t.UserId == userId && keys.Contains(t.NormalizedName)).ToListAsync(ct);
        var tracked = db.ChangeTracker.Entries<Tag>().Select(e => e.Entity).Where(t => t.UserId == userId && keys.Contains(t.NormalizedName));
        var known = existing.Concat(tracked).DistinctBy(t => t.NormalizedName).ToDictionary(t => t.NormalizedName);
        var missing = names.Where(n => !known.ContainsKey(n.ToLowerInvariant())).ToList();
        if (missing.Count > 0)
        {
            var count = await db.Tags.CountAsync(t => t.UserId == userId, ct) + db.ChangeTracker.Entries<Tag>().Count(e => e.State == EntityState.Added);
            if (count + missing.Count > MaxTagsPerUser)
            {
                throw new ProblemException(422, "TAG_LIMIT", $"A user can have at most {MaxTagsPerUser} tags.");
            }

            foreach (var name in missing)
            {
                var tag = new Tag
                {
                    Id = Guid.CreateVersion7(),
                    UserId = userId,
                    Name = name,
                    NormalizedName = name.ToLowerInvariant(),
                    Colour = colours?.GetValueOrDefault(name.ToLowerInvariant()) ?? DefaultColour,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.Tags.Add(tag);
                known[tag.NormalizedName] = tag;
            }
        }

        return keys.Select(k => known[k]).ToList();
    }
}
