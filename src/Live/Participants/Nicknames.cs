using System.Globalization;
using Quartet.Live.Text;

namespace Quartet.Live.Participants;

/// <summary>Nickname rules (J2, J3, J10): cleaning, identity key, numeric suffixes on clashes, ban matching.</summary>
public static class Nicknames
{
    public const int MinLength = 2;
    public const int MaxLength = 24;

    /// <summary>The key without a trailing " n" suffix, so a ban on "sam" also covers "sam 2".</summary>
    public static string BaseKey(string key)
    {
        var space = key.LastIndexOf(' ');
        return space > 0 && key[(space + 1)..].All(char.IsAsciiDigit) ? key[..space] : key;
    }

    /// <summary>The nickname with the lowest free suffix (" 2", " 3", …), the base shortened to stay within 24 characters.</summary>
    public static string WithSuffix(string nickname, ISet<string> takenKeys)
    {
        for (var n = 2; ; n++)
        {
            var suffix = " " + n.ToString(CultureInfo.InvariantCulture);
            var elements = StringInfo.GetTextElementEnumerator(nickname);
            var baseText = "";
            var length = 0;
            while (elements.MoveNext() && length < MaxLength - suffix.Length)
            {
                baseText += elements.GetTextElement();
                length++;
            }

            var candidate = baseText.TrimEnd() + suffix;
            if (!takenKeys.Contains(TextRules.Key(candidate)))
            {
                return candidate;
            }
        }
    }
}
