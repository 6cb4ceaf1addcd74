using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;
using Quartet.Platform.Mail;

namespace Quartet.Platform.Accounts;

public sealed class ForgotPasswordRequest
{
    [Required, EmailAddress, MaxLength(UserAccount.MaxEmailLength)]
    public string Email { get; init; } = "";
}

/// <summary>
/// POST <c>/api/auth/password/forgot</c>: mails a single-use reset link valid 30 minutes. Always 202 after the same
/// minimum time, whether or not the address has an account, so neither the answer nor its timing tells. Limited
/// per client IP (the auth rate limit) and per address (a few links an hour; more are silently not sent).
/// </summary>
public static class ForgotPassword
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(30);

    /// <summary>Every answer takes at least this long: longer than the work for a known address.</summary>
    public static readonly TimeSpan MinimumResponseTime = TimeSpan.FromMilliseconds(400);

    public const int MaxLinksPerHour = 3;

    public static void Map(RouteGroupBuilder auth) =>
        auth.MapPost("/password/forgot", HandleAsync).RequireRateLimiting(AuthEndpoints.RateLimitPolicy);

    private static async Task<Results<Accepted, ProblemHttpResult>> HandleAsync(
        ForgotPasswordRequest request, PlatformDb db, MailLinks links, MailSignal signal, IOptions<QuartetOptions> options, TimeProvider clock,
        ILogger<ForgotPasswordRequest> logger, CancellationToken ct)
    {
        if (!options.Value.Auth.PasswordSignIn)
        {
            return Problems.Forbidden("PASSWORD_SIGN_IN_DISABLED", "Password sign-in is turned off; sign in with the company account.");
        }

        var started = Stopwatch.GetTimestamp();
        if (await WriteLinkAsync(request.Email, db, links, clock, ct))
        {
            signal.Wake();
        }
        else
        {
            logger.LogInformation("Password reset asked for an address without an active account, or too often");
        }

        var remaining = MinimumResponseTime - Stopwatch.GetElapsedTime(started);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, ct);
        }

        return TypedResults.Accepted((string?)null);
    }

    private static Task<bool> WriteLinkAsync(string email, PlatformDb db, MailLinks links, TimeProvider clock, CancellationToken ct) =>
        db.InTransactionAsync(async token =>
        {
            var normalized = UserAccount.Normalize(email);
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized && u.IsActive, token);
            var now = clock.GetUtcNow().UtcDateTime;
            if (user is null || await db.AccountTokens.CountAsync(t => t.UserId == user.Id && t.Purpose == AccountToken.PasswordReset && t.CreatedAt > now.AddHours(-1), token) >= MaxLinksPerHour)
            {
                return false;
            }

            var (secret, hash) = AccountToken.NewSecret();
            db.AccountTokens.Add(new AccountToken
            {
                Id = Guid.CreateVersion7(),
                UserId = user.Id,
                Purpose = AccountToken.PasswordReset,
                TokenHash = hash,
                CreatedAt = now,
                ExpiresAt = now + LinkLifetime,
            });
            var mail = AccountMails.PasswordReset.Render(
                new Dictionary<string, string> { ["name"] = user.DisplayName, ["email"] = user.Email },
                links.To("/reset-password?token=" + secret));
            MailOutbox.Add(db, AccountMails.PasswordResetTopic, user.Email, mail, now);
            return true;
        }, ct);
}
