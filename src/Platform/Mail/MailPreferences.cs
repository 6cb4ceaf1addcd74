using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;

namespace Quartet.Platform.Mail;

/// <summary>A user's choices about mail: the language of app mails that have translations, and the notifications turned off.</summary>
public sealed class MailSettings
{
    public const int MaxOptOutsLength = 1000;

    public Guid UserId { get; set; }

    public string Language { get; set; } = MailLanguages.English;

    /// <summary>Comma-separated notification topics the user does not want.</summary>
    public string OptedOut { get; set; } = "";

    public IReadOnlySet<string> OptedOutTopics =>
        OptedOut.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}

public static class MailLanguages
{
    public const string English = "en";
    public const string Chinese = "zh-CN";

    public static readonly IReadOnlyList<string> All = [English, Chinese];
}

/// <summary>A notification a user may turn off (security mails are not topics: they are always sent).</summary>
public sealed record MailTopic(string Key, string Label);

/// <summary>The notification topics of the enabled modules, for the account page.</summary>
public sealed class MailTopicCatalog(IEnumerable<MailTopic> topics)
{
    public IReadOnlyList<MailTopic> All { get; } = [.. topics.DistinctBy(t => t.Key).OrderBy(t => t.Key, StringComparer.Ordinal)];

    public bool IsKnown(string key) => All.Any(t => t.Key == key);
}

/// <summary>Reads and writes <see cref="MailSettings"/>; modules ask it before writing a notification.</summary>
public sealed class MailPreferences(PlatformDb db)
{
    public async Task<MailSettings> GetAsync(Guid userId, CancellationToken ct) =>
        await db.MailSettings.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, ct) ?? new MailSettings { UserId = userId };

    /// <summary>The address and language to notify the user about <paramref name="topic"/>; null when opted out or gone.</summary>
    /// <remarks>
    /// One query for the account and its settings: it runs inside the caller's write transaction (an order, a grant),
    /// where every round trip to the platform database counts (on MySQL each also opens a pooled connection).
    /// </remarks>
    public async Task<NotificationAddress?> AddressForAsync(Guid userId, string topic, CancellationToken ct)
    {
        var user = await (
            from u in db.Users.AsNoTracking()
            where u.Id == userId && u.IsActive
            from s in db.MailSettings.AsNoTracking().Where(s => s.UserId == u.Id).DefaultIfEmpty()
            select new { u.Email, Language = s == null ? null : s.Language, OptedOut = s == null ? null : s.OptedOut }).FirstOrDefaultAsync(ct);
        if (user is null || user.Email.EndsWith("@external.invalid", StringComparison.Ordinal))
        {
            return null;
        }

        var settings = new MailSettings { UserId = userId, Language = user.Language ?? MailLanguages.English, OptedOut = user.OptedOut ?? "" };
        return settings.OptedOutTopics.Contains(topic) ? null : new NotificationAddress(user.Email, settings.Language);
    }

    public async Task SaveAsync(Guid userId, string language, IEnumerable<string> optedOut, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            var settings = await db.MailSettings.FirstOrDefaultAsync(s => s.UserId == userId, token);
            if (settings is null)
            {
                settings = new MailSettings { UserId = userId };
                db.MailSettings.Add(settings);
            }

            settings.Language = language;
            settings.OptedOut = string.Join(',', optedOut.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        }, ct);
    }
}

public sealed record NotificationAddress(string Email, string Language);
