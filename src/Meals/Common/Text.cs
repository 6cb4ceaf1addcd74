using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Quartet.Meals.Common;

public static partial class Text
{
    /// <summary>Trimmed text, or null when blank.</summary>
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>Length in Unicode characters (a surrogate pair counts once).</summary>
    public static int Length(string? value) => value is null ? 0 : value.EnumerateRunes().Count();

    /// <summary>Lower-case, trimmed, inner whitespace collapsed: the identity of a restaurant name or city.</summary>
    public static string NormalizeKey(string? value) =>
        Whitespace().Replace((value ?? "").Trim(), " ").ToLowerInvariant();

    /// <summary>Loose form for restaurant matching: <c>&amp;</c> → and, punctuation dropped, a leading "the" dropped.</summary>
    public static string MatchKey(string? value)
    {
        var text = (value ?? "").ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    /// <summary>Tag name rule: trim, whitespace runs → one hyphen, keep letters, digits, '-' and '_'. Null when nothing is left.</summary>
    public static string? NormalizeTag(string? value)
    {
        var hyphenated = Whitespace().Replace((value ?? "").Trim(), "-");
        var kept = new string(hyphenated.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').ToArray());
        return kept.Length == 0 ? null : kept;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    public static partial Regex Colour();
}
