using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Mail;

/// <summary>
/// The outbox clean-up (<c>quartet mail purge</c>, daily): in every outbox, sent mails older than
/// <see cref="MailOptions.KeepSentDays"/> and mails given up more than <see cref="MailOptions.KeepFailedDays"/> ago
/// are deleted. Mails waiting or being retried are never touched. A sent mail with a dedupe key is what stops a repeat
/// (one budget mail per month, one warning per points lot, one mail per parks incident), so it is kept at least
/// <see cref="DedupeKeyDays"/>, longer than any period such a key guards.
/// </summary>
public sealed class MailOutboxPurge(IServiceScopeFactory scopes, MailOutboxSources sources, IOptions<QuartetOptions> options, TimeProvider clock)
{
    public const int DedupeKeyDays = 62;

    public sealed record Result(int Sent, int Failed)
    {
        public override string ToString() => $"removed {Sent} sent and {Failed} failed mails";
    }

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sentBefore = now.AddDays(-options.Value.Mail.KeepSentDays);
        var keyedSentBefore = now.AddDays(-Math.Max(options.Value.Mail.KeepSentDays, DedupeKeyDays));
        var failedBefore = now.AddDays(-options.Value.Mail.KeepFailedDays);
        int sent = 0, failed = 0;
        foreach (var context in sources.Contexts)
        {
            await using var scope = scopes.CreateAsyncScope();
            var outbox = ((DbContext)scope.ServiceProvider.GetRequiredService(context)).Set<OutboxMail>();
            sent += await outbox.Where(m => m.SentAt != null && m.SentAt < (m.DedupeKey == null ? sentBefore : keyedSentBefore)).ExecuteDeleteAsync(ct);
            failed += await outbox.Where(m => m.SentAt == null && m.FailedAt != null && m.FailedAt < failedBefore).ExecuteDeleteAsync(ct);
        }

        return new Result(sent, failed);
    }
}
