using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Mail;

/// <summary>The databases holding an outbox (the platform's and any module's that sends mail).</summary>
public sealed class MailOutboxSources
{
    private readonly List<Type> contexts = [];

    public IReadOnlyList<Type> Contexts => contexts;

    internal void Add(Type context)
    {
        if (!contexts.Contains(context))
        {
            contexts.Add(context);
        }
    }
}

/// <summary>Wakes the sender at once after a transaction that wrote mail commits (otherwise it polls).</summary>
public sealed class MailSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake.
            }
        }
    }

    internal Task WaitAsync(TimeSpan timeout, CancellationToken ct) => signal.WaitAsync(timeout, ct);

    public void Dispose() => signal.Dispose();
}

/// <summary>
/// Sends due outbox mails with retries and doubling back-off. Each mail is leased with a guarded update (it must be
/// unsent and unleased, or its lease expired), so of several instances exactly one sends it; a failure releases the
/// lease and schedules the next try, and after <see cref="MailOptions.MaxAttempts"/> the mail is marked failed.
/// An SMTP outage therefore only delays mail; nothing is lost and no request fails.
/// </summary>
public sealed class MailSender(
    IServiceScopeFactory scopes, MailOutboxSources sources, IMailTransport transport, MailSignal signal, IOptions<QuartetOptions> options,
    TimeProvider clock, ILogger<MailSender> logger) : BackgroundService
{
    /// <summary>Longer than any one send can take (the SMTP client times out after 30 s).</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    private const int BatchSize = 20;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);
    private readonly string holder = HolderName();

    private MailOptions Mail => options.Value.Mail;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
                await signal.WaitAsync(Mail.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Mail outbox unavailable; trying again shortly");
                await Task.Delay(Mail.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Sends what is due in every outbox; returns how many mails were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var sent = 0;
        foreach (var context in sources.Contexts)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(context);
            sent += await SendDueAsync(db, ct);
        }

        return sent;
    }

    private async Task<int> SendDueAsync(DbContext db, CancellationToken ct)
    {
        // One connection for the whole batch instead of one per statement: on MySQL every pooled open costs a ping and a
        // change of database, which doubled the round trips of sending each mail.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var outbox = db.Set<OutboxMail>();
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await outbox.AsNoTracking()
                .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
                .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
            var sent = 0;
            foreach (var id in due)
            {
                if (await TryLeaseAsync(outbox, id, ct) && await SendOneAsync(outbox, id, ct))
                {
                    sent++;
                }
            }

            return sent;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<bool> TryLeaseAsync(DbSet<OutboxMail> outbox, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseUntil = now + LeaseDuration;
        var leased = await outbox
            .Where(m => m.Id == id && m.SentAt == null && m.FailedAt == null && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, leaseUntil).SetProperty(m => m.LeaseHolder, holder).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        return leased == 1;
    }

    private async Task<bool> SendOneAsync(DbSet<OutboxMail> outbox, Guid id, CancellationToken ct)
    {
        // The lease counted this try already, so a try cut short by a crash still counts towards MaxAttempts.
        var mail = await outbox.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        var attempts = mail.Attempts;
        try
        {
            await transport.SendAsync(ToMessage(mail), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var givenUp = attempts >= Mail.MaxAttempts;
            var next = now + RetryDelayAfter(attempts);
            var error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            await outbox.Where(m => m.Id == id && m.LeaseHolder == holder).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LeaseUntil, (DateTime?)null)
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.FailedAt, givenUp ? now : null)
                .SetProperty(m => m.LastError, error), CancellationToken.None);
            logger.LogWarning("Mail {MailId} ({Topic}) not sent, try {Attempt} of {MaxAttempts}: {Error}", id, mail.Topic, attempts, Mail.MaxAttempts, error);
            return false;
        }

        if (!await MarkSentAsync(outbox, id, attempts))
        {
            logger.LogError("Mail {MailId} ({Topic}) was accepted by the relay but could not be marked sent; it will be sent again (same Message-ID) when its lease ends", id, mail.Topic);
            return false;
        }

        logger.LogInformation("Mail {MailId} ({Topic}) sent", id, mail.Topic);
        return true;
    }

    /// <summary>
    /// Marks the mail sent and releases its lease in one update, retried a few times over several seconds (well within
    /// the lease), because a mail the relay accepted but the outbox does not know as sent is sent again by whichever
    /// instance next finds its lease expired.
    /// </summary>
    private async Task<bool> MarkSentAsync(DbSet<OutboxMail> outbox, Guid id, int attempts)
    {
        TimeSpan[] pauses = [TimeSpan.Zero, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];
        foreach (var pause in pauses)
        {
            await Task.Delay(pause, clock, CancellationToken.None);
            try
            {
                var sentAt = clock.GetUtcNow().UtcDateTime;
                await outbox.Where(m => m.Id == id && m.LeaseHolder == holder).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.SentAt, sentAt)
                    .SetProperty(m => m.LeaseUntil, (DateTime?)null)
                    .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
                return true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Mail {MailId}: marking it sent failed; trying again", id);
            }
        }

        return false;
    }

    /// <summary><see cref="MailOptions.RetryDelay"/> after the first failure, doubling after each further one, at most an hour.</summary>
    public TimeSpan RetryDelayAfter(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(Mail.RetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }

    private static string HolderName()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return name.Length > 200 ? name[^200..] : name;
    }

    /// <summary>
    /// The same for every try of one outbox row (and its Date header is the row's creation), so a mail sent twice
    /// (an instance died between the relay's accept and the mark) is the same message, which receivers and mail
    /// clients that de-duplicate by Message-ID show once.
    /// </summary>
    public static string MessageIdOf(Guid outboxId, MailboxAddress from)
    {
        var at = from.Address.LastIndexOf('@');
        var domain = at >= 0 && at < from.Address.Length - 1 ? from.Address[(at + 1)..] : "quartet.invalid";
        return $"outbox.{outboxId:N}@{domain}";
    }

    private MimeMessage ToMessage(OutboxMail mail)
    {
        var from = MailboxAddress.Parse(Mail.From);
        var message = new MimeMessage
        {
            MessageId = MessageIdOf(mail.Id, from),
            Date = new DateTimeOffset(DateTime.SpecifyKind(mail.CreatedAt, DateTimeKind.Utc)),
            Subject = mail.Subject,
            Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(mail.ToAddress));
        return message;
    }
}
