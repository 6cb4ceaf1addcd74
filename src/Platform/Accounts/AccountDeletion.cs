using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Platform.Accounts;

/// <summary>Who is being deleted, as the modules need to find and scrub them.</summary>
public sealed record DeletedAccount(Guid Id, string Email, string DisplayName);

/// <summary>
/// A module's part of deleting an account ("account deleting"): remove or anonymise everything of the account in the
/// module's own data. Runs before the account row goes; must be idempotent, since a deletion that fails half-way
/// (one module's database down) is simply asked again.
/// </summary>
public interface IAccountDeletionHandler
{
    Task DeleteAccountDataAsync(DeletedAccount account, CancellationToken ct);
}

public sealed class DeleteMyAccountRequest
{
    [Required, MaxLength(PasswordPolicy.MaxLength)]
    public string Password { get; init; } = "";
}

/// <summary>
/// Deletes an account: every enabled module's <see cref="IAccountDeletionHandler"/>, then (in one platform transaction)
/// the account's mails, tokens, settings, roles and the account row itself, announced so every instance drops it at
/// once. The last active platform admin cannot be deleted.
/// </summary>
public sealed class AccountDeletion(
    PlatformDb db, AccountService accounts, IEnumerable<IAccountDeletionHandler> handlers, ILogger<AccountDeletion> logger)
{
    public async Task DeleteAsync(Guid userId, Guid actorId, CancellationToken ct)
    {
        var user = await accounts.FindAsync(userId, ct) ?? throw new ProblemException(404, "USER_NOT_FOUND", "No such user.");
        if (user.Roles.Any(r => r.Role == PlatformRoles.Admin))
        {
            await accounts.EnsureAnotherAdminAsync(userId, ct);
        }

        var account = new DeletedAccount(user.Id, user.Email, user.DisplayName);
        foreach (var handler in handlers)
        {
            await handler.DeleteAccountDataAsync(account, ct);
        }

        var addresses = await AddressesOfAsync(user.Email, ct);
        await accounts.ChangeAccountAsync(userId, async token =>
        {
            await db.MailOutbox.Where(m => addresses.Contains(m.ToAddress)).ExecuteDeleteAsync(token);
            await db.AccountTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(token);
            await db.MailSettings.Where(s => s.UserId == userId).ExecuteDeleteAsync(token);
            await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(token);
            await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(token);
        }, ct);
        logger.LogInformation("Account {UserId} deleted by {ActorId}", userId, actorId);
    }

    /// <summary>
    /// The account's address and every earlier one: an e-mail change mails the new address (naming the old) and notifies
    /// the old one (naming the new), so following those mails finds each address the outbox still holds for the account.
    /// </summary>
    private async Task<List<string>> AddressesOfAsync(string current, CancellationToken ct)
    {
        string[] changeTopics = [EmailChange.ConfirmTopic, EmailChange.NoticeTopic];
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { current };
        var frontier = new List<string> { current };
        while (frontier.Count > 0)
        {
            var next = new List<string>();
            foreach (var address in frontier)
            {
                next.AddRange(await db.MailOutbox.AsNoTracking()
                    .Where(m => changeTopics.Contains(m.Topic) && (m.ToAddress == address || m.TextBody.Contains(address)))
                    .Select(m => m.ToAddress).ToListAsync(ct));
            }

            frontier = next.Where(found.Add).ToList();
        }

        return [.. found];
    }
}

/// <summary><c>DELETE /api/auth/me</c> (own account, password re-entered) and <c>DELETE /api/admin/users/{id}</c> (platform admin).</summary>
public static class AccountDeletionEndpoints
{
    public static void MapAccountDeletion(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/auth", ApiGroups.PlatformDocument).WithTag("Auth", AuthEndpoints.Tag)
            .MapDelete("/me", DeleteMineAsync).WithSummary("Delete own account").RequireAuthorization().RequireRateLimiting(AuthEndpoints.RateLimitPolicy);
        app.MapApiGroup("/api/admin", ApiGroups.PlatformDocument).WithTag("Admin", AdminEndpoints.AdminTag)
            .RequireAuthorization(p => p.RequireRole(PlatformRoles.Admin))
            .MapDelete("/users/{id:guid}", DeleteAnyAsync).WithSummary("Delete a user's account");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteMineAsync(
        [FromBody] DeleteMyAccountRequest request, ClaimsPrincipal principal, AccountService accounts, AccountDeletion deletion, HttpContext http, CancellationToken ct)
    {
        var user = await accounts.FindAsync(principal.UserId(), ct);
        if (user is null)
        {
            return Problems.NotFound("USER_NOT_FOUND", "No such user.");
        }

        if (user.PasswordHash is null)
        {
            return Problems.Conflict("NO_PASSWORD", "This account signs in through the company account and has no password; ask an administrator to delete it.");
        }

        if (!await accounts.PasswordMatchesAsync(user, request.Password))
        {
            return Problems.Validation("password", "The password is incorrect.");
        }

        await deletion.DeleteAsync(user.Id, user.Id, ct);
        await http.SignOutAsync(AuthSchemes.Cookie);
        http.User = new ClaimsPrincipal(new ClaimsIdentity());
        AntiforgerySetup.IssueToken(http);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAnyAsync(Guid id, ClaimsPrincipal caller, AccountDeletion deletion, CancellationToken ct)
    {
        if (id == caller.UserId())
        {
            return Problems.Conflict("CANNOT_DELETE_SELF", "Delete your own account from your account page.");
        }

        await deletion.DeleteAsync(id, caller.UserId(), ct);
        return TypedResults.NoContent();
    }
}
