using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;

namespace Quartet.Platform.Accounts;

public sealed class ResetPasswordRequest : IValidatableObject
{
    public const int MaxTokenLength = 100;

    [Required, MaxLength(MaxTokenLength)]
    public string Token { get; init; } = "";

    [Required]
    public string Password { get; init; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PasswordPolicy.Problem(Password) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(Password)]);
        }
    }
}

/// <summary>
/// POST <c>/api/auth/password/reset</c>: a reset link's token and a new password. Uses the token up, sets the password
/// and a new security stamp (every other session and token of the account ends; all its other reset links too),
/// confirms the address (the mail reached it) and signs this browser in. A used, expired or unknown token is a 400.
/// </summary>
public static class ResetPassword
{
    public static void Map(RouteGroupBuilder auth) =>
        auth.MapPost("/password/reset", HandleAsync).RequireRateLimiting(AuthEndpoints.RateLimitPolicy);

    private static async Task<Results<Ok<UserView>, ProblemHttpResult>> HandleAsync(
        ResetPasswordRequest request, PlatformDb db, AccountService accounts, IPasswordHasher<UserAccount> hasher, IOptions<QuartetOptions> options,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (!options.Value.Auth.PasswordSignIn)
        {
            return Problems.Forbidden("PASSWORD_SIGN_IN_DISABLED", "Password sign-in is turned off; sign in with the company account.");
        }

        var hash = AccountToken.HashOf(request.Token.Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await db.AccountTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == AccountToken.PasswordReset, ct);
        var user = link is null ? null : await accounts.FindAsync(link.UserId, ct);
        if (link is null || user is null || !user.IsActive)
        {
            return Problems.BadRequest("RESET_TOKEN_INVALID", "This reset link is not valid. Ask for a new one.");
        }

        if (link.UsedAt is not null)
        {
            return Used();
        }

        if (link.ExpiresAt <= now)
        {
            return Problems.BadRequest("RESET_TOKEN_EXPIRED", "This reset link has expired (links work for 30 minutes). Ask for a new one.");
        }

        var passwordHash = hasher.HashPassword(user, request.Password);
        var stamp = AccountService.NewStamp();
        var consumed = false;
        await accounts.ChangeAccountAsync(user.Id, async token =>
        {
            consumed = await db.AccountTokens.Where(t => t.Id == link.Id && t.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), token) == 1;
            if (!consumed)
            {
                return;
            }

            await db.AccountTokens.Where(t => t.UserId == user.Id && t.Purpose == AccountToken.PasswordReset && t.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), token);
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.PasswordHash, passwordHash)
                .SetProperty(u => u.SecurityStamp, stamp)
                .SetProperty(u => u.FailedLogins, 0)
                .SetProperty(u => u.LockoutUntil, (DateTime?)null)
                .SetProperty(u => u.EmailUnverifiedSince, (DateTime?)null), token);
        }, ct);
        if (!consumed)
        {
            return Used();
        }

        user.PasswordHash = passwordHash;
        user.SecurityStamp = stamp;
        return TypedResults.Ok(await AuthEndpoints.SignInAsync(http, user, persistent: false));
    }

    private static ProblemHttpResult Used() =>
        Problems.BadRequest("RESET_TOKEN_USED", "This reset link has already been used. Ask for a new one if you need to.");
}
