using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Quartet.Platform.Accounts;

/// <summary>
/// A single-use secret sent by mail (password reset, address verification). Only its SHA-256 is stored, so the
/// table cannot be used to take over accounts.
/// </summary>
public sealed class AccountToken
{
    public const string PasswordReset = "password-reset";
    public const string EmailVerification = "email-verification";

    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string Purpose { get; set; }

    public required string TokenHash { get; set; }

    /// <summary>For verification: the address the token confirms (the account's address may have changed since).</summary>
    public string? Email { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }

    /// <summary>A new random token and the hash to store.</summary>
    public static (string Token, string Hash) NewSecret()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, HashOf(token));
    }

    public static string HashOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static void Map(ModelBuilder modelBuilder) => modelBuilder.Entity<AccountToken>(e =>
    {
        e.ToTable("account_tokens");
        e.HasKey(t => t.Id);
        e.Property(t => t.Purpose).HasMaxLength(32);
        e.Property(t => t.TokenHash).HasMaxLength(64);
        e.Property(t => t.Email).HasMaxLength(UserAccount.MaxEmailLength);
        e.HasIndex(t => t.TokenHash).IsUnique().HasDatabaseName("ix_account_tokens_hash");
        e.HasIndex(t => new { t.UserId, t.Purpose, t.CreatedAt }).HasDatabaseName("ix_account_tokens_user");
        e.HasOne<UserAccount>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    });
}
