using System.Globalization;
using System.Text;

namespace Quartet.Live.Text;

/// <summary>Normalization of user text (C3, J2, A1): stored as plain text, compared by folded keys.</summary>
public static class TextRules
{
    /// <summary>NFC, control characters removed, trimmed, inner whitespace collapsed to one space.</summary>
    public static string CleanLine(string? input)
    {
        var text = (input ?? "").Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Like <see cref="CleanLine"/> but keeps line breaks, at most 2 in a row (Q&amp;A, open text).</summary>
    public static string CleanMultiline(string? input)
    {
        var lines = (input ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(CleanLine).ToList();
        var builder = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n', Math.Min(blank + 1, 2));
            }

            blank = 0;
            builder.Append(line);
        }

        return builder.ToString();
    }

    /// <summary>Case-folded with diacritics removed: the identity of a nickname.</summary>
    public static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Word-cloud key (A1): NFKC, whitespace collapsed, case-folded.</summary>
    public static string WordKey(string word) => CleanLine(word.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();

    public static bool IsPunctuationOnly(string text) => !text.Any(char.IsLetterOrDigit);

    /// <summary>Length in user-perceived characters.</summary>
    public static int Length(string text) => new StringInfo(text).LengthInTextElements;
}
