using System.Text.RegularExpressions;
using Quartet.Platform.Hosting;

namespace Quartet.Parks.Common;

/// <summary>
/// Who may frame <c>/embed/parks</c>. One source of truth: the platform's <c>Quartet:Security:Framing</c> rule for this path,
/// which sends the CSP <c>frame-ancestors</c> header; the page reads the same list (via /meta) to decide whether it may post
/// its height to its parent. Without a configured rule the module adds the spec's default ('self' and Shopify stores).
/// </summary>
public static partial class EmbedSettings
{
    public const string EmbedPath = "/embed/parks";

    public const string Self = "'self'";

    public static readonly IReadOnlyList<string> DefaultAncestors = [Self, "https://*.myshopify.com"];

    /// <summary>'self', an https origin, https://*.host, or (for development and tests) an http loopback origin.</summary>
    public static bool IsValidAncestor(string value) => value == Self || AncestorPattern().IsMatch(value) || LoopbackPattern().IsMatch(value);

    public static FramingRule? Rule(QuartetOptions options) =>
        options.Security.Framing.FirstOrDefault(rule => string.Equals(rule.Path.TrimEnd('/'), EmbedPath, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the default rule for the embed path when the platform configuration has none.</summary>
    public static void AddDefaultRule(QuartetOptions options)
    {
        if (Rule(options) is null)
        {
            options.Security.Framing.Add(new FramingRule { Path = EmbedPath, Origins = [.. DefaultAncestors] });
        }
    }

    /// <summary>The other sites allowed to frame the embed (the framing rule's origins without 'self').</summary>
    public static IReadOnlyList<string> Ancestors(QuartetOptions options) => Rule(options)?.Origins.Where(o => o != Self).ToList() ?? [];

    [GeneratedRegex(@"^https://(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$", RegexOptions.IgnoreCase)]
    private static partial Regex AncestorPattern();

    [GeneratedRegex(@"^http://(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$", RegexOptions.IgnoreCase)]
    private static partial Regex LoopbackPattern();
}
