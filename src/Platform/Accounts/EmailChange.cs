using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Platform.Mail;

namespace Quartet.Platform.Accounts;

public sealed class ChangeEmailRequest
{
    [Required, EmailAddress, MaxLength(UserAccount.MaxEmailLength)]
    public string NewEmail { get; init; } = "";

    [Required, MaxLength(PasswordPolicy.MaxLength)]
    public string Password { get; init; } = "";
}

public sealed class ConfirmEmailChangeRequest
{
    [Required, MaxLength(ResetPasswordRequest.MaxTokenLength)]
    public string Token { get; init; } = "";
}

/// <summary>A change waiting for its confirmation link: the new address and until when the link works.</summary>
public sealed record EmailChangeRequestedView(string PendingEmail, DateTime ExpiresAt);

/// <summary>
/// Changing the sign-in address (issue 19 §3). <c>POST /api/auth/email/change</c> (password required) mails a
/// single-use link, valid <see cref="LinkLifetime"/>, to the NEW address and changes nothing else; a newer request
/// voids the older link. <c>POST /api/auth/email/change/confirm</c> with the link's token switches the address, marks
/// it confirmed (the link reached it), announces the change so every instance's account cache drops the old
/// address, and sends a notice to the OLD address. An address another account holds is a 409 at either step.
/// </summary>
public static class EmailChange
{
    public const string TokenPurpose = "email-change";
    public const string ConfirmTopic = "account.email-change";
    public const string NoticeTopic = "account.email-changed";
    public const int MaxMailsPerHour = 3;

    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    public static readonly MailTemplate ConfirmMail = new(
        "Confirm your new e-mail address for Quartet",
        """
        Hello {name},

        Someone (hopefully you) asked to change the address of your Quartet account from {old} to {email}.

        Follow the link below to make the change. It works once and for 24 hours; until then your address stays {old}. If you did not ask for this, ignore this mail.
        """,
        "Confirm my new address");

    public static readonly MailTemplate NoticeMail = new(
        "Your Quartet address was changed",
        """
        Hello {name},

        The address of your Quartet account was changed from {old} to {email}. Quartet will write to the new address from now on.

        If you did not make this change, tell an administrator at once: someone else may know your password.
        """);

    public static void Map(RouteGroupBuilder auth)
    {
        auth.MapPost("/email/change", RequestAsync).RequireAuthorization().RequireRateLimiting(AuthEndpoints.RateLimitPolicy);
        auth.MapPost("/email/change/confirm", ConfirmAsync).RequireRateLimiting(AuthEndpoints.RateLimitPolicy);
    }

    private static async Task<Results<Accepted<EmailChangeRequestedView>, ValidationProblem, ProblemHttpResult>> RequestAsync(
        ChangeEmailRequest request, ClaimsPrincipal principal, PlatformDb db, IPasswordHasher<UserAccount> hasher, MailLinks links, MailSignal signal,
        TimeProvider clock, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == principal.UserId(), ct);
        if (user.PasswordHash is null)
        {
            return Problems.Forbidden("EMAIL_CHANGE_UNAVAILABLE", "This account signs in with the company account; its address comes from there.");
        }

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            return Problems.Validation("password", "The password is incorrect.");
        }

        var newEmail = request.NewEmail.Trim();
        var normalized = UserAccount.Normalize(newEmail);
        if (normalized == user.NormalizedEmail)
        {
            return Problems.Validation("newEmail", "This is the account's address already.");
        }

        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
        {
            return Taken();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var expiresAt = now + LinkLifetime;
        var written = await db.InTransactionAsync(async token =>
        {
            if (await db.AccountTokens.CountAsync(t => t.UserId == user.Id && t.Purpose == TokenPurpose && t.CreatedAt > now.AddHours(-1), token) >= MaxMailsPerHour)
            {
                return false;
            }

            await db.AccountTokens.Where(t => t.UserId == user.Id && t.Purpose == TokenPurpose && t.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), token);
            var (secret, hash) = AccountToken.NewSecret();
            db.AccountTokens.Add(new AccountToken
            {
                Id = Guid.CreateVersion7(),
                UserId = user.Id,
                Purpose = TokenPurpose,
                TokenHash = hash,
                Email = newEmail,
                CreatedAt = now,
                ExpiresAt = expiresAt,
            });
            var mail = ConfirmMail.Render(new Dictionary<string, string> { ["name"] = user.DisplayName, ["old"] = user.Email, ["email"] = newEmail },
                links.To("/confirm-email-change?token=" + secret));
            MailOutbox.Add(db, ConfirmTopic, newEmail, mail, now);
            return true;
        }, ct);
        if (!written)
        {
            return Problems.Create(StatusCodes.Status429TooManyRequests, "EMAIL_CHANGE_TOO_OFTEN",
                $"At most {MaxMailsPerHour} address changes can be asked for in an hour; use the newest link.");
        }

        signal.Wake();
        return TypedResults.Accepted((string?)null, new EmailChangeRequestedView(newEmail, expiresAt));
    }

    private static async Task<Results<Ok<EmailStatusView>, ProblemHttpResult>> ConfirmAsync(
        ConfirmEmailChangeRequest request, PlatformDb db, AccountService accounts, EmailVerification verification, MailSignal signal,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = AccountToken.HashOf(request.Token.Trim());
        var link = await db.AccountTokens.AsNoTracking()
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == TokenPurpose && t.UsedAt == null && t.ExpiresAt > now, ct);
        var user = link?.Email is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == link.UserId && u.IsActive, ct);
        if (link?.Email is not { } newEmail || user is null)
        {
            return Problems.BadRequest("EMAIL_CHANGE_TOKEN_INVALID",
                "This confirmation link is not valid any more (used, expired, or replaced by a newer one). Ask for the change again on your account page.");
        }

        var normalized = UserAccount.Normalize(newEmail);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized && u.Id != user.Id, ct))
        {
            return Taken();
        }

        var consumed = false;
        try
        {
            await accounts.ChangeAccountAsync(user.Id, async token =>
            {
                consumed = await db.AccountTokens.Where(t => t.Id == link.Id && t.UsedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), token) == 1;
                if (!consumed)
                {
                    return;
                }

                await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(u => u.Email, newEmail)
                    .SetProperty(u => u.NormalizedEmail, normalized)
                    .SetProperty(u => u.EmailUnverifiedSince, (DateTime?)null), token);
                var notice = NoticeMail.Render(new Dictionary<string, string> { ["name"] = user.DisplayName, ["old"] = user.Email, ["email"] = newEmail });
                MailOutbox.Add(db, NoticeTopic, user.Email, notice, now);
            }, ct);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            return Taken();
        }

        if (!consumed)
        {
            return Problems.BadRequest("EMAIL_CHANGE_TOKEN_INVALID", "This confirmation link has been used already.");
        }

        signal.Wake();
        return TypedResults.Ok(new EmailStatusView(newEmail, Verified: true, verification.Required));
    }

    private static ProblemHttpResult Taken() =>
        Problems.Conflict("EMAIL_TAKEN", "Another account uses this address.");
}
