using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Quartet.Platform.Hosting;

namespace Quartet.Parks.Api;

/// <summary>
/// Who may frame <c>/embed/parks</c>. The platform sends the CSP header from the <c>Quartet:Security:Framing</c> rule for this path;
/// the page needs the same list to decide whether it may post its height to its parent.
/// </summary>
public static partial class EmbedSettings
{
    public const string EmbedPath = "/embed/parks";

    public static bool IsValidAncestor(string value) => AncestorPattern().IsMatch(value);

    /// <summary>The origins configured for the embed path on the platform, falling back to Parks:Embed:FrameAncestors.</summary>
    public static IReadOnlyList<string> Ancestors(IConfiguration configuration, IReadOnlyList<string> parksDefault)
    {
        var platform = configuration.GetSection("Quartet:Security:Framing").Get<List<FramingRule>>()?
            .FirstOrDefault(rule => string.Equals(rule.Path.TrimEnd('/'), EmbedPath, StringComparison.OrdinalIgnoreCase))?
            .Origins;
        return (platform is { Count: > 0 } ? platform : parksDefault).Where(o => o != "'self'").ToList();
    }

    /// <summary>Does an origin (scheme://host[:port]) match one allow-list entry (exact, or https://*.host for subdomains)?</summary>
    public static bool Allows(IEnumerable<string> ancestors, string origin) => ancestors.Any(a =>
        string.Equals(a.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase) ||
        (a.StartsWith("https://*.", StringComparison.OrdinalIgnoreCase) && origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase) &&
         origin[8..].EndsWith(a[9..], StringComparison.OrdinalIgnoreCase)));

    [GeneratedRegex(@"^https://(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$", RegexOptions.IgnoreCase)]
    private static partial Regex AncestorPattern();
}
