using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Mail;

/// <summary>
/// Absolute links for mails: under <see cref="MailOptions.PublicUrl"/>, or (development mailbox only, where no mail
/// leaves the machine) under the address of the request that causes the mail.
/// </summary>
public sealed class MailLinks(IOptions<QuartetOptions> options, IHttpContextAccessor http)
{
    public string To(string pathAndQuery)
    {
        var configured = options.Value.Mail.PublicUrl;
        var request = http.HttpContext?.Request;
        var origin = configured is not null ? configured.TrimEnd('/')
            : request is not null ? $"{request.Scheme}://{request.Host}"
            : "http://localhost:5000";
        return origin + pathAndQuery;
    }
}
