using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Accounts;
using Quartet.Platform.Jobs;
using Quartet.Platform.Mail;

namespace Quartet.Platform.Data;

/// <summary>The platform's own data: accounts and roles, job leases and run records, shared data-protection keys.</summary>
public class PlatformDb : ModuleDbContext
{
    public PlatformDb(DbContextOptions<PlatformDb> options)
        : base(options)
    {
    }

    /// <summary>For the engine subclasses, which carry the migrations.</summary>
    protected PlatformDb(DbContextOptions options)
        : base(options)
    {
    }

    public const string Key = "platform";

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<UserRole> UserRoles => Set<UserRole>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    public DbSet<OutboxMail> MailOutbox => Set<OutboxMail>();

    public DbSet<MailSettings> MailSettings => Set<MailSettings>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserAccount>(e =>
        {
            e.ToTable("users");
            e.HasKey(u => u.Id);
            e.Property(u => u.Email).HasMaxLength(UserAccount.MaxEmailLength);
            e.Property(u => u.NormalizedEmail).HasMaxLength(UserAccount.MaxEmailLength);
            e.Property(u => u.DisplayName).HasMaxLength(UserAccount.MaxDisplayNameLength);
            e.Property(u => u.SecurityStamp).HasMaxLength(64);
            e.Property(u => u.ExternalSubject).HasMaxLength(300);
            e.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName("ix_users_normalized_email");
            e.HasIndex(u => u.ExternalSubject).IsUnique().HasDatabaseName("ix_users_external_subject");
            e.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<UserRole>(e =>
        {
            e.ToTable("user_roles");
            e.HasKey(r => new { r.UserId, r.Role });
            e.Property(r => r.Role).HasMaxLength(64);
            e.HasIndex(r => r.Role).HasDatabaseName("ix_user_roles_role");
        });
        modelBuilder.Entity<JobLease>(e =>
        {
            e.ToTable("job_leases");
            e.HasKey(l => l.Name);
            e.Property(l => l.Name).HasMaxLength(100);
            e.Property(l => l.Holder).HasMaxLength(200);
        });
        modelBuilder.Entity<JobRun>(e =>
        {
            e.ToTable("job_runs");
            e.HasKey(r => r.Id);
            e.Property(r => r.Job).HasMaxLength(100);
            e.Property(r => r.Holder).HasMaxLength(200);
            e.Property(r => r.Status).HasMaxLength(20);
            e.HasIndex(r => new { r.Job, r.StartedAt }).HasDatabaseName("ix_job_runs_job_started");
        });
        modelBuilder.Entity<DataProtectionKeyRow>(e =>
        {
            e.ToTable("data_protection_keys");
            e.HasKey(k => k.FriendlyName);
            e.Property(k => k.FriendlyName).HasMaxLength(200);
        });
        OutboxMail.Map(modelBuilder);
        modelBuilder.Entity<MailSettings>(e =>
        {
            e.ToTable("mail_settings");
            e.HasKey(s => s.UserId);
            e.Property(s => s.Language).HasMaxLength(10);
            e.Property(s => s.OptedOut).HasMaxLength(Mail.MailSettings.MaxOptOutsLength);
            e.Ignore(s => s.OptedOutTopics);
            e.HasOne<UserAccount>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        AccountToken.Map(modelBuilder);
        AccountChangeVersion.Map(modelBuilder);
    }
}

public sealed class DataProtectionKeyRow
{
    public required string FriendlyName { get; set; }

    public required string Xml { get; set; }
}
