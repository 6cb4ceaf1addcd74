using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Accounts;

namespace Quartet.Meals.Admin;

public static class ResetPassword
{
    public sealed record TemporaryPassword(string Password);

    public static void Map(RouteGroupBuilder admin) => admin.MapPost("/users/{userId:guid}/reset-password", HandleAsync);

    private static async Task<Ok<TemporaryPassword>> HandleAsync(Guid userId, HttpContext http, AccountService accounts, MealsDb db, TimeProvider clock, CancellationToken ct)
    {
        var user = await accounts.FindAsync(userId, ct) ?? throw MealsProblems.NotFound("user");
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var password = new string(Enumerable.Range(0, 16).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray());
        await accounts.SetPasswordAsync(user, password, ct);
        AuditLog.Add(db, http.User.UserId(), userId, "admin.reset-password", new { userId }, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new TemporaryPassword(password));
    }
}
