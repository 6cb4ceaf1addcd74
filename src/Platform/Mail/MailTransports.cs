using System.Text.RegularExpressions;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Mail;

/// <summary>Hands one message to whatever delivers mail; throws when it could not.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Delivers through the configured SMTP relay (MailKit), one connection per batch of the sender.</summary>
public sealed class SmtpMailTransport(IOptions<QuartetOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var mail = options.Value.Mail;
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(mail.SmtpHost!.Trim(), mail.SmtpPort, mail.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(mail.Username))
        {
            await client.AuthenticateAsync(mail.Username, mail.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>
/// No SMTP configured: the mail is written to the log (links' tokens masked, the full mail is on <c>/admin/mail</c>)
/// and stays readable in the development mailbox.
/// </summary>
public sealed partial class LogMailTransport(ILogger<LogMailTransport> logger) : IMailTransport
{
    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var text = TokenInLink().Replace(message.TextBody ?? "", "token=…");
        logger.LogInformation("Mail (development mailbox, /admin/mail) to {To}: {Subject}\n{Body}", message.To.ToString(), message.Subject, text);
        return Task.CompletedTask;
    }

    [GeneratedRegex("token=[^\\s&]+")]
    private static partial Regex TokenInLink();
}
