using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Admin;

/// <summary>meals.admin: meal users with counts (never amounts), access switch, password reset, audit log.</summary>
public static class AdminEndpoints
{
    public sealed record UserRow(Guid UserId, string Email, string Name, string Status, int Expenses, int Restaurants, DateTime LastActivity);

    public sealed record TemporaryPassword(string Password);

    public sealed record AuditView(Guid Id, DateTime At, Guid ActorId, Guid SubjectUserId, string Action, string Detail);

    public static void Map(RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").RequireAuthorization(p => p.RequireRole(MealsModule.AdminRole));
        admin.MapGet("/users", ListAsync);
        admin.MapPost("/users/{userId:guid}/deactivate", (Guid userId, HttpContext http, MealsDb db, PlatformDb platform, IOptions<MealsOptions> o, TimeProvider clock, CancellationToken ct)
            => SetAccessAsync(userId, true, http, db, platform, o.Value, clock, ct));
        admin.MapPost("/users/{userId:guid}/reactivate", (Guid userId, HttpContext http, MealsDb db, PlatformDb platform, IOptions<MealsOptions> o, TimeProvider clock, CancellationToken ct)
            => SetAccessAsync(userId, false, http, db, platform, o.Value, clock, ct));
        admin.MapPost("/users/{userId:guid}/reset-password", ResetPasswordAsync);
        admin.MapGet("/audit", AuditAsync);
    }

    private static async Task<IResult> ListAsync(MealsDb db, PlatformDb platform, PageRequest page, CancellationToken ct, string? q = null, string? status = null)
    {
        var settings = db.Settings.AsNoTracking();
        if (status is "active" or "deactivated")
        {
            var deactivated = status == "deactivated";
            settings = settings.Where(s => s.Deactivated == deactivated);
        }

        var all = await settings.Select(s => new { s.UserId, s.Deactivated, s.UpdatedAt }).ToListAsync(ct);
        var ids = all.Select(s => s.UserId).ToList();
        var accounts = await platform.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var rows = all.Where(s => accounts.ContainsKey(s.UserId)).Select(s => (s, a: accounts[s.UserId]))
            .Where(x => string.IsNullOrWhiteSpace(q) || x.a.Email.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase) || x.a.DisplayName.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.a.Email, StringComparer.OrdinalIgnoreCase).ToList();
        var pageIds = rows.Skip(page.Skip).Take(page.PageSize).Select(x => x.s.UserId).ToList();
        var expenseCounts = await db.Expenses.Where(e => pageIds.Contains(e.UserId)).GroupBy(e => e.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var restaurantCounts = await db.Restaurants.Where(r => pageIds.Contains(r.UserId)).GroupBy(r => r.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var items = rows.Skip(page.Skip).Take(page.PageSize).Select(x => new UserRow(x.s.UserId, x.a.Email, x.a.DisplayName, x.s.Deactivated ? "deactivated" : "active",
            expenseCounts.GetValueOrDefault(x.s.UserId), restaurantCounts.GetValueOrDefault(x.s.UserId), x.s.UpdatedAt)).ToList();
        return TypedResults.Ok(new PagedList<UserRow>(items, page.Page, page.PageSize, rows.Count));
    }

    private static async Task<IResult> SetAccessAsync(Guid userId, bool deactivate, HttpContext http, MealsDb db, PlatformDb platform, MealsOptions options, TimeProvider clock, CancellationToken ct)
    {
        var actor = http.User.UserId();
        if (deactivate && actor == userId)
        {
            throw new ProblemException(422, "CANNOT_DEACTIVATE_SELF", "You cannot switch off your own meal access.");
        }

        if (!await platform.Users.AnyAsync(u => u.Id == userId, ct))
        {
            throw MealsProblems.NotFound("user");
        }

        await MealsAccess.EnsureSettingsAsync(db, userId, options, clock, ct);
        await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Settings.Where(s => s.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Deactivated, deactivate), token);
            AuditLog.Add(db, actor, userId, deactivate ? "admin.deactivate" : "admin.reactivate", new { userId }, now);
        }, ct);
        return TypedResults.Ok(new { userId, status = deactivate ? "deactivated" : "active" });
    }

    /// <summary>Sets a random 16-character temporary password, shown once. The platform has no "must change at next sign-in" flag yet.</summary>
    private static async Task<IResult> ResetPasswordAsync(Guid userId, HttpContext http, AccountService accounts, MealsDb db, TimeProvider clock, CancellationToken ct)
    {
        var user = await accounts.FindAsync(userId, ct) ?? throw MealsProblems.NotFound("user");
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var password = new string(Enumerable.Range(0, 16).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray());
        await accounts.SetPasswordAsync(user, password, ct);
        AuditLog.Add(db, http.User.UserId(), userId, "admin.reset-password", new { userId }, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new TemporaryPassword(password));
    }

    private static async Task<IResult> AuditAsync(MealsDb db, PageRequest page, CancellationToken ct)
    {
        var result = await db.Audit.AsNoTracking().OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new AuditView(a.Id, a.At, a.ActorId, a.SubjectUserId, a.Action, a.DetailJson)).ToPageAsync(page, ct);
        return TypedResults.Ok(result);
    }
}
