using System.Net;
using System.Text;

namespace Quartet.Platform.Mail;

/// <summary>A mail ready for the outbox: subject, plain text and HTML.</summary>
public sealed record RenderedMail(string Subject, string TextBody, string HtmlBody);

/// <summary>
/// A mail template: a subject and paragraphs with <c>{name}</c> placeholders, and optionally one button-like link.
/// Renders the same words as plain text and as HTML (values HTML-encoded), so the two bodies never disagree.
/// </summary>
public sealed record MailTemplate(string Subject, string Body, string? ActionLabel = null)
{
    public RenderedMail Render(IReadOnlyDictionary<string, string> values, string? actionUrl = null)
    {
        var subject = Fill(Subject, values, encode: false);
        var paragraphs = Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = new StringBuilder();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(subject))
            .Append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;color:#1e293b\">");
        foreach (var paragraph in paragraphs)
        {
            text.Append(Fill(paragraph, values, encode: false)).Append("\n\n");
            html.Append("<p>").Append(Fill(paragraph, values, encode: true).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        if (ActionLabel is not null && actionUrl is not null)
        {
            var label = Fill(ActionLabel, values, encode: false);
            text.Append(label).Append(": ").Append(actionUrl).Append('\n');
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(actionUrl))
                .Append("\" style=\"background:#4338ca;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none\">")
                .Append(WebUtility.HtmlEncode(label)).Append("</a></p><p style=\"font-size:12px;color:#64748b\">")
                .Append(WebUtility.HtmlEncode(actionUrl)).Append("</p>");
        }

        html.Append("</body></html>");
        return new RenderedMail(subject, text.ToString().TrimEnd() + "\n", html.ToString());
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, bool encode)
    {
        var result = new StringBuilder(template.Length);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                result.Append(encode ? WebUtility.HtmlEncode(template[position..]) : template[position..]);
                break;
            }

            var literal = template[position..open];
            result.Append(encode ? WebUtility.HtmlEncode(literal) : literal);
            var name = template[(open + 1)..close];
            var value = values.TryGetValue(name, out var found) ? found : throw new InvalidOperationException($"Mail template value '{name}' is missing.");
            result.Append(encode ? WebUtility.HtmlEncode(value) : value);
            position = close + 1;
        }

        return result.ToString();
    }
}
