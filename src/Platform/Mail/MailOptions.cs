using MimeKit;

namespace Quartet.Platform.Mail;

/// <summary>
/// <c>Quartet__Mail__*</c>: the SMTP relay (Amazon SES's SMTP interface or any other). With no <see cref="SmtpHost"/>,
/// mails go to the log and to the development mailbox (<c>/admin/mail</c>).
/// </summary>
public sealed class MailOptions
{
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary>Upgrade the connection with STARTTLS (required by SES); off only for a relay on a trusted network.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Sender, e.g. <c>Quartet &lt;no-reply@example.com&gt;</c>.</summary>
    public string From { get; set; } = "Quartet <no-reply@quartet.invalid>";

    /// <summary>
    /// The site's public address, used in links inside mails (<c>https://quartet.example.com</c>). Required with SMTP,
    /// so a forged Host header can never put someone else's site into a password-reset link.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Accounts must confirm their address by mail; default on outside Development.</summary>
    public bool? RequireVerification { get; set; }

    /// <summary>Tries per mail before it is given up (the row stays, marked failed).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the second try; doubles with each further try, up to an hour.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the background sender looks for mails due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Sent mails older than this are removed by <c>quartet mail purge</c>.</summary>
    public int KeepSentDays { get; set; } = 14;

    /// <summary>Mails given up (failed) are kept this long for the development mailbox and the logs, then removed.</summary>
    public int KeepFailedDays { get; set; } = 30;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(SmtpHost);

    /// <summary>Stops start-up on a setting that cannot work, naming it.</summary>
    public void Validate()
    {
        if (!MailboxAddress.TryParse(From, out _))
        {
            throw Invalid("From", $"'{From}' is not a mail address (e.g. Quartet <no-reply@example.com>)");
        }

        if (MaxAttempts < 1)
        {
            throw Invalid("MaxAttempts", "must be at least 1");
        }

        if (RetryDelay <= TimeSpan.Zero || PollInterval <= TimeSpan.Zero)
        {
            throw Invalid(RetryDelay <= TimeSpan.Zero ? "RetryDelay" : "PollInterval", "must be positive");
        }

        if (KeepSentDays < 1 || KeepFailedDays < 1)
        {
            throw Invalid(KeepSentDays < 1 ? "KeepSentDays" : "KeepFailedDays", "must be at least 1 day");
        }

        if (PublicUrl is not null && !IsSiteUrl(PublicUrl))
        {
            throw Invalid("PublicUrl", $"'{PublicUrl}' is not an absolute http(s) URL");
        }

        if (!UsesSmtp)
        {
            return;
        }

        if (Uri.CheckHostName(SmtpHost!.Trim()) == UriHostNameType.Unknown)
        {
            throw Invalid("SmtpHost", $"'{SmtpHost}' is not a host name or address");
        }

        if (SmtpPort is < 1 or > 65535)
        {
            throw Invalid("SmtpPort", $"{SmtpPort} is not a TCP port");
        }

        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(Password))
        {
            throw Invalid(string.IsNullOrEmpty(Username) ? "Username" : "Password", "is required together with the other SMTP credential");
        }

        if (PublicUrl is null)
        {
            throw Invalid("PublicUrl", "is required when SMTP is configured (links in mails point to it)");
        }
    }

    private static bool IsSiteUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static InvalidOperationException Invalid(string setting, string problem) =>
        new($"Mail setting Quartet__Mail__{setting} {problem}.");
}
