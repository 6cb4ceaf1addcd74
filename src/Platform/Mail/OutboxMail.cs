using Microsoft.EntityFrameworkCore;

namespace Quartet.Platform.Mail;

/// <summary>
/// One mail waiting to be sent, or sent. Written in the same transaction as the change that causes it; the
/// background sender leases it (<see cref="LeaseUntil"/>) so one instance at a time tries to send it.
/// </summary>
public sealed class OutboxMail
{
    public const int MaxAddressLength = 254;
    public const int MaxSubjectLength = 300;

    public Guid Id { get; set; }

    /// <summary>What the mail is about, e.g. <c>password-reset</c> or <c>shop.order-placed</c>.</summary>
    public required string Topic { get; set; }

    public required string ToAddress { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public required string HtmlBody { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? LeaseUntil { get; set; }

    public string? LeaseHolder { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Set when the last allowed try failed; the mail is not tried again.</summary>
    public DateTime? FailedAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set for a mail that must exist at most once (e.g. one warning per points lot); unique.</summary>
    public string? DedupeKey { get; set; }

    public static void Map(ModelBuilder modelBuilder) => modelBuilder.Entity<OutboxMail>(e =>
    {
        e.ToTable("mail_outbox");
        e.HasKey(m => m.Id);
        e.Property(m => m.Topic).HasMaxLength(64);
        e.Property(m => m.ToAddress).HasMaxLength(MaxAddressLength);
        e.Property(m => m.Subject).HasMaxLength(MaxSubjectLength);
        e.Property(m => m.LeaseHolder).HasMaxLength(200);
        e.Property(m => m.LastError).HasMaxLength(1000);
        e.HasIndex(m => new { m.SentAt, m.NextAttemptAt }).HasDatabaseName("ix_mail_outbox_due");
        e.Property(m => m.DedupeKey).HasMaxLength(200);
        e.HasIndex(m => m.ToAddress).HasDatabaseName("ix_mail_outbox_to");
        e.HasIndex(m => m.DedupeKey).IsUnique().HasDatabaseName("ix_mail_outbox_dedupe");
    });
}
