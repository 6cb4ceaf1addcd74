using Microsoft.EntityFrameworkCore;

namespace Quartet.Platform.Mail;

/// <summary>
/// Puts mails into a database's outbox. Call inside the transaction of the change that causes the mail (before its
/// save), so the mail exists exactly when the change does; the background sender delivers it later.
/// </summary>
public static class MailOutbox
{
    public static OutboxMail Add(DbContext db, string topic, string toAddress, RenderedMail mail, DateTime now, string? dedupeKey = null)
    {
        var row = new OutboxMail
        {
            Id = Guid.CreateVersion7(),
            Topic = topic,
            ToAddress = toAddress,
            Subject = mail.Subject.Length > OutboxMail.MaxSubjectLength ? mail.Subject[..OutboxMail.MaxSubjectLength] : mail.Subject,
            TextBody = mail.TextBody,
            HtmlBody = mail.HtmlBody,
            CreatedAt = now,
            NextAttemptAt = now,
            DedupeKey = dedupeKey,
        };
        db.Set<OutboxMail>().Add(row);
        return row;
    }
}
