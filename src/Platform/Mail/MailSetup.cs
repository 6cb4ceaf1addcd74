using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Data;

namespace Quartet.Platform.Mail;

public static class MailSetup
{
    /// <summary>The outbox, the background sender, and SMTP or the development mailbox as <paramref name="mail"/> says.</summary>
    public static IServiceCollection AddQuartetMail(this IServiceCollection services, MailOptions mail)
    {
        mail.Validate();
        services.AddSingleton<MailSignal>();
        services.AddScoped<MailPreferences>();
        services.AddSingleton<MailTopicCatalog>();
        services.AddScoped<MailLinks>();
        if (mail.UsesSmtp)
        {
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, LogMailTransport>();
        }

        services.AddSingleton<MailSender>();
        services.AddSingleton<MailOutboxPurge>();
        services.AddHostedService(sp => sp.GetRequiredService<MailSender>());
        services.AddMailOutbox<PlatformDb>();
        return services;
    }

    /// <summary>A notification users can turn off on their account page.</summary>
    public static IServiceCollection AddMailTopic(this IServiceCollection services, string key, string label) =>
        services.AddSingleton(new MailTopic(key, label));

    /// <summary>
    /// Sends the mails in <typeparamref name="TContext"/>'s outbox; its model must map <see cref="OutboxMail"/>
    /// (<see cref="OutboxMail.Map"/>), and its migrations create the table.
    /// </summary>
    public static IServiceCollection AddMailOutbox<TContext>(this IServiceCollection services) where TContext : DbContext
    {
        var sources = services.Select(d => d.ImplementationInstance).OfType<MailOutboxSources>().FirstOrDefault();
        if (sources is null)
        {
            sources = new MailOutboxSources();
            services.AddSingleton(sources);
        }

        sources.Add(typeof(TContext));
        return services;
    }
}
