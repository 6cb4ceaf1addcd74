using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Meals.Data;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Common;

/// <summary>The signed-in user's meal settings for this request, created with the default categories on first use.</summary>
public sealed class MealsUser
{
    private MealSettings? settings;

    public Guid Id => Settings.UserId;

    public MealSettings Settings => settings ?? throw new InvalidOperationException("Meals access has not been checked for this request.");

    internal void Set(MealSettings value) => settings = value;
}

public static class MealsAccess
{
    public static readonly (string Name, string Colour)[] DefaultCategories =
    [
        ("Restaurants", "#2563eb"), ("Fast Food", "#ea580c"), ("Coffee & Drinks", "#92400e"), ("Groceries", "#16a34a"),
        ("Business Meals", "#7c3aed"), ("Snacks", "#db2777"), ("Other", "#6b7280"),
    ];

    /// <summary>Resolves the caller's settings and refuses deactivated users before any handler of the group runs.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var userId = http.User.UserId();
        var services = http.RequestServices;
        var settings = await EnsureSettingsAsync(services.GetRequiredService<MealsDb>(), userId,
            services.GetRequiredService<IOptions<MealsOptions>>().Value, services.GetRequiredService<TimeProvider>(), http.RequestAborted);
        if (settings.Deactivated)
        {
            return Problems.Forbidden("MEALS_ACCESS_DEACTIVATED", "Your access to the meal tracker has been switched off by an administrator.");
        }

        services.GetRequiredService<MealsUser>().Set(settings);
        return await next(context);
    }

    public static async Task<MealSettings> EnsureSettingsAsync(MealsDb db, Guid userId, MealsOptions options, TimeProvider clock, CancellationToken ct)
    {
        var existing = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, ct);
        if (existing is not null)
        {
            return existing;
        }

        try
        {
            await db.InTransactionAsync(async token =>
            {
                if (await db.Settings.AnyAsync(s => s.UserId == userId, token))
                {
                    return;
                }

                var now = clock.GetUtcNow().UtcDateTime;
                db.Settings.Add(new MealSettings
                {
                    UserId = userId,
                    HomeCurrency = Currencies.Normalize(options.DefaultCurrency) ?? "USD",
                    TimeZone = "UTC",
                    CreatedAt = now,
                    UpdatedAt = now,
                });

                // The settings row first, on its own: a parallel first request then waits on its unique key and fails
                // cleanly, instead of inserting the default categories in another order and deadlocking (PostgreSQL).
                await db.SaveChangesAsync(token);
                AddMissingDefaults(db, userId, [], now);
            }, ct);
        }
        catch (DbUpdateException)
        {
            // A parallel first request created the settings and defaults; use those.
        }

        db.ChangeTracker.Clear();
        return await db.Settings.AsNoTracking().FirstAsync(s => s.UserId == userId, ct);
    }

    public static int AddMissingDefaults(MealsDb db, Guid userId, ICollection<string> existingNormalizedNames, DateTime now)
    {
        var added = 0;
        for (var i = 0; i < DefaultCategories.Length; i++)
        {
            var (name, colour) = DefaultCategories[i];
            var normalized = Text.NormalizeKey(name);
            if (existingNormalizedNames.Contains(normalized))
            {
                continue;
            }

            db.Categories.Add(new Category
            {
                Id = Guid.CreateVersion7(),
                UserId = userId,
                Name = name,
                NormalizedName = normalized,
                Colour = colour,
                SortOrder = i,
                IsDefault = true,
                CreatedAt = now,
                UpdatedAt = now,
            });
            added++;
        }

        return added;
    }

    /// <summary>
    /// Marks a write to the user's data: raises <c>dataVersion</c>. Called first inside every write transaction, it also
    /// takes the user's settings row lock on PostgreSQL, so one user's writes run one after another.
    /// </summary>
    public static async Task LockUserAsync(this MealsDb db, Guid userId, DateTime now, CancellationToken ct) =>
        await db.Settings.Where(s => s.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DataVersion, x => x.DataVersion + 1).SetProperty(x => x.UpdatedAt, now), ct);
}

public static class AuditLog
{
    public static void Add(MealsDb db, Guid actorId, Guid subjectUserId, string action, object detail, DateTime now) =>
        db.Audit.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            At = now,
            ActorId = actorId,
            SubjectUserId = subjectUserId,
            Action = action,
            DetailJson = System.Text.Json.JsonSerializer.Serialize(detail, System.Text.Json.JsonSerializerOptions.Web),
        });
}

public static class MealsProblems
{
    public static ProblemException NotFound(string what = "item") =>
        new(StatusCodes.Status404NotFound, "NOT_FOUND", $"No such {what}.");

    public static ProblemException Field(string code, string field, string message, int status = StatusCodes.Status400BadRequest) =>
        new(status, code, message, new Dictionary<string, string[]> { [field] = [message] });
}
