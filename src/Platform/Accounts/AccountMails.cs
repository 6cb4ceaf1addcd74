using Quartet.Platform.Mail;

namespace Quartet.Platform.Accounts;

/// <summary>The platform's own mails: security mails, always sent, never subject to opt-outs.</summary>
public static class AccountMails
{
    public const string PasswordResetTopic = "account.password-reset";
    public const string VerificationTopic = "account.email-verification";

    public static readonly MailTemplate PasswordReset = new(
        "Reset your Quartet password",
        """
        Hello {name},

        Someone (hopefully you) asked to reset the password of your Quartet account {email}.

        The link below works once and for 30 minutes. If you did not ask for it, ignore this mail: your password stays as it is.
        """,
        "Choose a new password");

    public static readonly MailTemplate Verification = new(
        "Confirm your e-mail address for Quartet",
        """
        Hello {name},

        Please confirm that {email} is your address, so Quartet can send you mail and the apps that need a confirmed address work for you.

        The link works for 7 days.
        """,
        "Confirm my address");
}
