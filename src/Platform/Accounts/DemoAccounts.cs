using Microsoft.Extensions.DependencyInjection;

namespace Quartet.Platform.Accounts;

/// <summary>Idempotent account creation for seeders and the <c>users create</c> command.</summary>
public static class DemoAccounts
{
    public const string AdminEmail = "admin@demo.quartet";
    public const string AdminPassword = "quartet-admin-1";

    public static async Task<bool> ExistsAsync(IServiceProvider services, string email, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountService>().FindByEmailAsync(email, ct) is not null;
    }

    /// <summary>Creates the account if needed, grants the roles it lacks, and sets the password when one is given.</summary>
    public static async Task<UserView> EnsureAsync(IServiceProvider services, string email, string? password, string? displayName, IEnumerable<string> roles, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var user = await accounts.FindByEmailAsync(email, ct);
        if (user is null)
        {
            user = await accounts.CreateAsync(email, password ?? throw new ArgumentNullException(nameof(password)), displayName, roles, ct);
            return AuthEndpoints.ViewOf(user);
        }

        foreach (var role in roles)
        {
            await accounts.GrantRoleAsync(user.Id, role, ct);
        }

        if (password is not null && !await accounts.PasswordMatchesAsync(user, password))
        {
            await accounts.SetPasswordAsync(user, password, ct);
        }

        return AuthEndpoints.ViewOf((await accounts.FindAsync(user.Id, ct))!);
    }
}
