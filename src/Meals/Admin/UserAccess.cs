using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Admin;

/// <summary>A user's meal access after an admin switched it.</summary>
public sealed record UserAccessView(Guid UserId, string Status);

/// <summary>meals.admin switches a user's meal access off or on (never their own off); audited.</summary>
public static class UserAccess
{
    public static async Task<Ok<UserAccessView>> SetAsync(Guid userId, bool deactivate, HttpContext http, MealsDb db, PlatformDb platform, MealsOptions options, TimeProvider clock, CancellationToken ct)
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
        return TypedResults.Ok(new UserAccessView(userId, deactivate ? "deactivated" : "active"));
    }
}
