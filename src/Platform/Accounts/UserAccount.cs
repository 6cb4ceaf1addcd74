namespace Quartet.Platform.Accounts;

public sealed class UserAccount
{
    public const int MaxEmailLength = 254;
    public const int MaxDisplayNameLength = 100;

    public Guid Id { get; set; }

    public required string Email { get; set; }

    public required string NormalizedEmail { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>Null for accounts that only sign in through the external issuer.</summary>
    public string? PasswordHash { get; set; }

    public bool IsActive { get; set; } = true;

    public int FailedLogins { get; set; }

    public DateTime? LockoutUntil { get; set; }

    /// <summary>Changes on password change and deactivation; sessions and tokens carrying an older stamp stop working.</summary>
    public required string SecurityStamp { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastLoginAt { get; set; }

    /// <summary><c>issuer|subject</c> of an external identity linked to this account.</summary>
    public string? ExternalSubject { get; set; }

    /// <summary>When the address was set without being confirmed yet; null once confirmed (or when verification was off).</summary>
    public DateTime? EmailUnverifiedSince { get; set; }

    public List<UserRole> Roles { get; set; } = [];

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}

public sealed class UserRole
{
    public Guid UserId { get; set; }

    public required string Role { get; set; }

    public DateTime GrantedAt { get; set; }
}
