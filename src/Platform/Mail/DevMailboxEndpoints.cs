using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Accounts;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;

namespace Quartet.Platform.Mail;

/// <summary>A mail of an outbox. The bodies are shown only by the development mailbox (no SMTP configured).</summary>
public sealed record OutboxMailView(
    Guid Id, string Topic, string To, string Subject, DateTime CreatedAt, DateTime? SentAt, DateTime? FailedAt, int Attempts, string? LastError,
    string? TextBody, string? HtmlBody);

public sealed record MailboxView(bool DevelopmentMailbox, IReadOnlyList<OutboxMailView> Mails);

/// <summary>
/// <c>/api/admin/mail</c>: the newest mails of every outbox for platform admins. Without SMTP this is the development
/// mailbox, bodies included; with SMTP it shows delivery status only, since bodies hold sign-in links.
/// </summary>
public static class DevMailboxEndpoints
{
    public const int MaxMails = 100;

    public static void MapAdminMail(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/admin/mail", ApiGroups.PlatformDocument).WithTag("Admin", AdminEndpoints.AdminTag)
            .RequireAuthorization(p => p.RequireRole(PlatformRoles.Admin))
            .MapGet("", ListAsync);
    }

    private static async Task<Results<Ok<MailboxView>, ValidationProblem>> ListAsync(
        string? to, int? take, MailOutboxSources sources, IServiceProvider services, IOptions<QuartetOptions> options, CancellationToken ct)
    {
        var count = take ?? 50;
        if (count is < 1 or > MaxMails)
        {
            return Problems.Validation("take", $"Take between 1 and {MaxMails} mails.");
        }

        if (to is { Length: > OutboxMail.MaxAddressLength })
        {
            return Problems.Validation("to", $"An address has at most {OutboxMail.MaxAddressLength} characters.");
        }

        var development = !options.Value.Mail.UsesSmtp;
        var mails = new List<OutboxMailView>();
        foreach (var context in sources.Contexts)
        {
            var db = (DbContext)services.GetRequiredService(context);
            var query = db.Set<OutboxMail>().AsNoTracking();
            if (!string.IsNullOrWhiteSpace(to))
            {
                var address = to.Trim();
                query = query.Where(m => m.ToAddress == address);
            }

            mails.AddRange(await query.OrderByDescending(m => m.CreatedAt).Take(count)
                .Select(m => new OutboxMailView(m.Id, m.Topic, m.ToAddress, m.Subject, m.CreatedAt, m.SentAt, m.FailedAt, m.Attempts, m.LastError,
                    development ? m.TextBody : null, development ? m.HtmlBody : null))
                .ToListAsync(ct));
        }

        return TypedResults.Ok(new MailboxView(development, [.. mails.OrderByDescending(m => m.CreatedAt).Take(count)]));
    }
}
