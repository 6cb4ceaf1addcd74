using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;

namespace Quartet.Platform.Accounts;

public enum LoginResult
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
}

/// <summary>Account rules: registration, password checks with lockout, roles, deactivation.</summary>
public sealed class AccountService(
    PlatformDb db, IPasswordHasher<UserAccount> hasher, IOptions<QuartetOptions> options, RoleCatalog roles, AccountCache cache, TimeProvider clock,
    AuthMetrics metrics)
{
    private static readonly UserAccount HashTimingDummy = new() { Email = "", NormalizedEmail = "", DisplayName = "", SecurityStamp = "" };
    private AuthOptions Auth => options.Value.Auth;

    /// <param name="beforeSave">Adds what must be saved with the new account (e.g. its verification mail) to the same save.</param>
    public async Task<UserAccount> CreateAsync(
        string email, string password, string? displayName, IEnumerable<string> extraRoles, CancellationToken ct, Action<UserAccount>? beforeSave = null)
    {
        var trimmedEmail = email.Trim();
        var normalized = UserAccount.Normalize(trimmedEmail);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
        {
            throw new ProblemException(409, "EMAIL_TAKEN", "An account with this e-mail already exists.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            Email = trimmedEmail,
            NormalizedEmail = normalized,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? trimmedEmail.Split('@')[0] : displayName.Trim(),
            SecurityStamp = NewStamp(),
            CreatedAt = now,
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        foreach (var role in Auth.DefaultRoles.Concat(extraRoles).Distinct(StringComparer.Ordinal))
        {
            EnsureKnownRole(role);
            user.Roles.Add(new UserRole { UserId = user.Id, Role = role, GrantedAt = now });
        }

        db.Users.Add(user);
        beforeSave?.Invoke(user);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ProblemException(409, "EMAIL_TAKEN", "An account with this e-mail already exists.");
        }

        return user;
    }

    public async Task<(LoginResult Result, UserAccount? User)> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var outcome = await VerifyPasswordAsync(email, password, ct);
        metrics.SignIn("password", outcome.Result switch
        {
            LoginResult.Succeeded => "success",
            LoginResult.LockedOut => "locked_out",
            _ => "invalid_credentials",
        });
        return outcome;
    }

    private async Task<(LoginResult Result, UserAccount? User)> VerifyPasswordAsync(string email, string password, CancellationToken ct)
    {
        var normalized = UserAccount.Normalize(email);
        var user = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (user is null || user.PasswordHash is null || !user.IsActive)
        {
            // Same work as a real check, so response time does not reveal which e-mails exist.
            hasher.VerifyHashedPassword(HashTimingDummy, DummyHash.Value, password);
            return (LoginResult.InvalidCredentials, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (user.LockoutUntil > now)
        {
            return (LoginResult.LockedOut, null);
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            await RecordFailureAsync(user.Id, now, ct);
            return (LoginResult.InvalidCredentials, null);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        user.FailedLogins = 0;
        user.LockoutUntil = null;
        user.LastLoginAt = now;
        await db.SaveChangesAsync(ct);
        return (LoginResult.Succeeded, user);
    }

    private async Task RecordFailureAsync(Guid userId, DateTime now, CancellationToken ct)
    {
        // Atomic increments, so concurrent wrong guesses through several instances all count.
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedLogins, u => u.FailedLogins + 1), ct);
        var lockUntil = now + Auth.LockoutDuration;
        await db.Users.Where(u => u.Id == userId && u.FailedLogins >= Auth.MaxFailedLogins)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutUntil, lockUntil).SetProperty(u => u.FailedLogins, 0), ct);
    }

    public async Task<bool> ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, ct);
        if (user.PasswordHash is null || hasher.VerifyHashedPassword(user, user.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            return false;
        }

        await ReplacePasswordAsync(user, hasher.HashPassword(user, newPassword), ct);
        return true;
    }

    public Task<bool> PasswordMatchesAsync(UserAccount user, string password) =>
        Task.FromResult(user.PasswordHash is not null && hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed);

    public Task SetPasswordAsync(UserAccount user, string password, CancellationToken ct) =>
        ReplacePasswordAsync(user, hasher.HashPassword(user, password), ct);

    /// <summary>A new password and security stamp, which ends every session and token issued before.</summary>
    private async Task ReplacePasswordAsync(UserAccount user, string hash, CancellationToken ct)
    {
        var stamp = NewStamp();
        await ChangeAccountAsync(user.Id, token => db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, hash).SetProperty(u => u.SecurityStamp, stamp), token), ct);
        user.PasswordHash = hash;
        user.SecurityStamp = stamp;
    }

    public Task<UserAccount?> FindAsync(Guid id, CancellationToken ct) =>
        db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == id, ct);

    public Task<UserAccount?> FindByEmailAsync(string email, CancellationToken ct)
    {
        var normalized = UserAccount.Normalize(email);
        return db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
    }

    public async Task GrantRoleAsync(Guid userId, string role, CancellationToken ct)
    {
        EnsureKnownRole(role);
        var user = await FindAsync(userId, ct) ?? throw new ProblemException(404, "USER_NOT_FOUND", "No such user.");
        if (user.Roles.Any(r => r.Role == role))
        {
            return;
        }

        var grant = new UserRole { UserId = userId, Role = role, GrantedAt = clock.GetUtcNow().UtcDateTime };
        try
        {
            await ChangeAccountAsync(userId, _ =>
            {
                db.UserRoles.Add(grant);
                return Task.CompletedTask;
            }, ct);
        }
        catch (DbUpdateException)
        {
            // Granted concurrently by someone else: the outcome is the same.
        }
    }

    public async Task RevokeRoleAsync(Guid userId, string role, CancellationToken ct)
    {
        var user = await FindAsync(userId, ct) ?? throw new ProblemException(404, "USER_NOT_FOUND", "No such user.");
        if (role == PlatformRoles.Admin && user.Roles.Any(r => r.Role == role))
        {
            await EnsureAnotherAdminAsync(userId, ct);
        }

        await ChangeAccountAsync(userId, token => db.UserRoles.Where(r => r.UserId == userId && r.Role == role).ExecuteDeleteAsync(token), ct);
    }

    public async Task SetActiveAsync(Guid userId, bool active, CancellationToken ct)
    {
        var user = await FindAsync(userId, ct) ?? throw new ProblemException(404, "USER_NOT_FOUND", "No such user.");
        if (!active && user.Roles.Any(r => r.Role == PlatformRoles.Admin))
        {
            await EnsureAnotherAdminAsync(userId, ct);
        }

        var stamp = NewStamp();
        await ChangeAccountAsync(userId, token => db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, active).SetProperty(u => u.SecurityStamp, stamp), token), ct);
    }

    /// <summary>
    /// Commits a change to what authentication sees of an account (stamp, active, roles) and announces it in the same
    /// transaction, so no instance keeps serving the old account from its cache. <paramref name="change"/> may run
    /// again on a transient failure.
    /// </summary>
    internal async Task ChangeAccountAsync(Guid userId, Func<CancellationToken, Task> change, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            await change(token);
            await AccountChangeListener.AnnounceAsync(db, userId, token);
        }, ct);
        cache.Invalidate(userId);
    }

    internal async Task EnsureAnotherAdminAsync(Guid userId, CancellationToken ct)
    {
        var others = await db.UserRoles.CountAsync(r => r.Role == PlatformRoles.Admin && r.UserId != userId
            && db.Users.Any(u => u.Id == r.UserId && u.IsActive), ct);
        if (others == 0)
        {
            throw new ProblemException(409, "LAST_ADMIN", "This is the last active platform admin; grant admin to someone else first.");
        }
    }

    /// <summary>Finds or creates the local account behind an external identity (issuer + subject).</summary>
    public async Task<UserAccount> LinkExternalAsync(string externalSubject, string? email, bool emailVerified, CancellationToken ct)
    {
        var user = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.ExternalSubject == externalSubject, ct);
        if (user is not null)
        {
            return user;
        }

        if (email is not null && emailVerified)
        {
            user = await FindByEmailAsync(email, ct);
            if (user is not null && user.ExternalSubject is null)
            {
                user.ExternalSubject = externalSubject;
                await db.SaveChangesAsync(ct);
                return user;
            }
        }

        var address = email;
        if (address is null || await db.Users.AnyAsync(u => u.NormalizedEmail == UserAccount.Normalize(address), ct))
        {
            // No e-mail, or one that belongs to an unlinked local account: a separate account under a stable placeholder address.
            var digest = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(externalSubject)))[..16].ToLowerInvariant();
            address = $"{digest}@external.invalid";
        }

        user = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            Email = address,
            NormalizedEmail = UserAccount.Normalize(address),
            DisplayName = address.Split('@')[0],
            SecurityStamp = NewStamp(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ExternalSubject = externalSubject,
        };
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.Users.Include(u => u.Roles).FirstAsync(u => u.ExternalSubject == externalSubject, ct);
        }

        return user;
    }

    private void EnsureKnownRole(string role)
    {
        if (!roles.IsKnown(role))
        {
            throw new ProblemException(400, "UNKNOWN_ROLE", $"Unknown role '{role}'. Known roles: {string.Join(", ", roles.All)}.");
        }
    }

    public static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<UserAccount>().HashPassword(HashTimingDummy, "not-a-real-password-1"));

    public static ClaimsPrincipal PrincipalFor(UserAccount user, IEnumerable<string> roles, string authenticationType) =>
        AccountSnapshot.Of(user, roles).ToPrincipal(authenticationType);
}
