using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;
using Quartet.Platform.Mail;

namespace Quartet.Platform.Accounts;

public sealed record EmailStatusView(string Email, bool Verified, bool VerificationRequired);

public sealed class VerifyEmailRequest
{
    [Required, MaxLength(ResetPasswordRequest.MaxTokenLength)]
    public string Token { get; init; } = "";
}

/// <summary>
/// Address verification (<c>Quartet__Mail__RequireVerification</c>, on by default outside Development): a mail with a
/// 7-day link at registration; unverified accounts sign in as usual, and a module can require a confirmed address
/// with <see cref="IsVerifiedAsync"/> (meals data export does).
/// </summary>
public sealed class EmailVerification(PlatformDb db, MailLinks links, IOptions<QuartetOptions> options, IWebHostEnvironment environment, TimeProvider clock)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);
    public const int MaxMailsPerHour = 3;

    public bool Required => options.Value.Mail.RequireVerification ?? !environment.IsDevelopment();

    /// <summary>Marks a new account unverified and adds the verification mail to the same save (registration).</summary>
    public void PrepareNewAccount(UserAccount user)
    {
        if (!Required)
        {
            return;
        }

        user.EmailUnverifiedSince = clock.GetUtcNow().UtcDateTime;
        AddMail(user, user.EmailUnverifiedSince.Value);
    }

    /// <summary>False only while verification is required and the account's current address is unconfirmed.</summary>
    public async Task<bool> IsVerifiedAsync(Guid userId, CancellationToken ct) =>
        !Required || await db.Users.AnyAsync(u => u.Id == userId && u.EmailUnverifiedSince == null, ct);

    private void AddMail(UserAccount user, DateTime now)
    {
        var (secret, hash) = AccountToken.NewSecret();
        db.AccountTokens.Add(new AccountToken
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            Purpose = AccountToken.EmailVerification,
            TokenHash = hash,
            Email = user.NormalizedEmail,
            CreatedAt = now,
            ExpiresAt = now + LinkLifetime,
        });
        var mail = AccountMails.Verification.Render(new Dictionary<string, string> { ["name"] = user.DisplayName, ["email"] = user.Email },
            links.To("/verify-email?token=" + secret));
        MailOutbox.Add(db, AccountMails.VerificationTopic, user.Email, mail, now);
    }

    /// <summary>Sends another link to the signed-in account; false when the address is confirmed already or too many were sent.</summary>
    public Task<bool> ResendAsync(Guid userId, CancellationToken ct) =>
        db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var user = await db.Users.FirstAsync(u => u.Id == userId, token);
            if (user.EmailUnverifiedSince is null
                || await db.AccountTokens.CountAsync(t => t.UserId == userId && t.Purpose == AccountToken.EmailVerification && t.CreatedAt > now.AddHours(-1), token) >= MaxMailsPerHour)
            {
                return false;
            }

            AddMail(user, now);
            return true;
        }, ct);

    /// <summary>Confirms the address the token was sent to, if it is still the account's address.</summary>
    public Task<bool> ConfirmAsync(string token, CancellationToken ct) =>
        db.InTransactionAsync(async t =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var hash = AccountToken.HashOf(token.Trim());
            var link = await db.AccountTokens.FirstOrDefaultAsync(x => x.TokenHash == hash && x.Purpose == AccountToken.EmailVerification && x.UsedAt == null && x.ExpiresAt > now, t);
            var user = link is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == link.UserId && u.NormalizedEmail == link.Email, t);
            if (link is null || user is null)
            {
                return false;
            }

            link.UsedAt = now;
            user.EmailUnverifiedSince = null;
            return true;
        }, ct);
}

/// <summary><c>/api/auth/email</c>: verification status, resending the link, confirming with the link's token.</summary>
public static class EmailVerificationEndpoints
{
    public static void Map(RouteGroupBuilder auth)
    {
        auth.MapGet("/email", StatusAsync).RequireAuthorization();
        auth.MapPost("/email/verification", ResendAsync).WithSummary("Resend the verification email").ProducesProblem(StatusCodes.Status409Conflict).RequireAuthorization().RequireRateLimiting(AuthEndpoints.RateLimitPolicy);
        auth.MapPost("/email/verify", VerifyAsync).RequireRateLimiting(AuthEndpoints.RateLimitPolicy);
    }

    private static async Task<Ok<EmailStatusView>> StatusAsync(ClaimsPrincipal principal, EmailVerification verification, CancellationToken ct) =>
        TypedResults.Ok(new EmailStatusView(principal.FindFirst(QuartetClaims.Email)?.Value ?? "", await verification.IsVerifiedAsync(principal.UserId(), ct), verification.Required));

    private static async Task<Results<Accepted, ProblemHttpResult>> ResendAsync(ClaimsPrincipal principal, EmailVerification verification, MailSignal signal, CancellationToken ct)
    {
        if (!await verification.ResendAsync(principal.UserId(), ct))
        {
            return Problems.Conflict("VERIFICATION_NOT_SENT", "The address is confirmed already, or several links were sent in the last hour; use the newest.");
        }

        signal.Wake();
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> VerifyAsync(VerifyEmailRequest request, EmailVerification verification, CancellationToken ct) =>
        await verification.ConfirmAsync(request.Token, ct)
            ? TypedResults.NoContent()
            : Problems.BadRequest("VERIFICATION_TOKEN_INVALID", "This confirmation link is not valid any more (used, expired, or for an older address). Ask for a new one on your account page.");
}
