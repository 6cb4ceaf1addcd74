using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Quartet.Parks.Api;

/// <summary>
/// Who may frame <c>/embed/parks</c>. The platform sends the CSP header from <c>Quartet:Security:FrameAncestors</c>;
/// the page needs the same list to decide whether it may post its height to its parent.
/// </summary>
public static partial class EmbedSettings
{
    public const string EmbedPath = "/embed/parks";

    public static bool IsValidAncestor(string value) => AncestorPattern().IsMatch(value);

    /// <summary>The origins configured for the embed path on the platform, falling back to Parks:Embed:FrameAncestors.</summary>
    public static IReadOnlyList<string> Ancestors(IConfiguration configuration, IReadOnlyList<string> parksDefault)
    {
        var platform = configuration.GetSection("Quartet:Security:FrameAncestors").GetChildren()
            .FirstOrDefault(c => string.Equals(c.Key.TrimEnd('/'), EmbedPath, StringComparison.OrdinalIgnoreCase))?
            .Get<string[]>();
        return (platform is { Length: > 0 } ? platform : parksDefault).Where(o => o != "'self'").ToList();
    }

    /// <summary>Does an origin (scheme://host[:port]) match one allow-list entry (exact, or https://*.host for subdomains)?</summary>
    public static bool Allows(IEnumerable<string> ancestors, string origin) => ancestors.Any(a =>
        string.Equals(a.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase) ||
        (a.StartsWith("https://*.", StringComparison.OrdinalIgnoreCase) && origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase) &&
         origin[8..].EndsWith(a[9..], StringComparison.OrdinalIgnoreCase)));

    [GeneratedRegex(@"^https://(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$", RegexOptions.IgnoreCase)]
    private static partial Regex AncestorPattern();
}
