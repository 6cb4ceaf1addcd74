using System.Text;

namespace Quartet.Live.Text;

/// <summary>
/// The profanity filter (C1): whole-word and phrase matching on text folded to a canonical form (case, diacritics,
/// look-alike digits and symbols, repeated letters), so "B4DW0RD" and "baaadword" match "badword".
/// </summary>
public sealed class Profanity
{
    private static readonly string[] BuiltInWords =
    [
        "fuck", "fucker", "fucking", "motherfucker", "shit", "bullshit", "cunt", "bitch", "bastard", "asshole", "arsehole",
        "dick", "dickhead", "cock", "pussy", "wanker", "twat", "slut", "whore", "nigger", "nigga", "faggot", "fag",
        "retard", "prick", "bollocks", "douchebag", "jackass", "dumbass", "shithead", "piss", "crap", "tits", "boobs",
        "porn", "rape", "rapist", "nazi", "hitler", "kike", "spic", "chink", "tranny", "dyke", "scheisse", "merde",
        "puta", "puto", "mierda", "cabron", "pendejo", "joder", "coño", "hijo de puta",
    ];

    private readonly HashSet<string> words;
    private readonly List<string[]> phrases;

    public Profanity(IEnumerable<string>? extraWords = null)
    {
        var all = BuiltInWords.Concat(extraWords ?? []).Select(Fold).Where(w => w.Length > 0).ToList();
        words = [.. all.Where(w => !w.Contains(' ', StringComparison.Ordinal))];
        phrases = [.. all.Where(w => w.Contains(' ', StringComparison.Ordinal)).Select(w => w.Split(' '))];
    }

    public static Profanity Default { get; } = new();

    public Profanity With(IEnumerable<string> extraWords)
    {
        var list = extraWords.ToList();
        return list.Count == 0 ? this : new Profanity(list);
    }

    public bool Matches(string text)
    {
        var tokens = Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Any(words.Contains))
        {
            return true;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var phrase in phrases)
            {
                if (i + phrase.Length <= tokens.Length && phrase.Select((p, j) => tokens[i + j] == p).All(x => x))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Case-folded, diacritics removed, look-alikes mapped, letter runs collapsed, non-letters as word breaks.</summary>
    public static string Fold(string text)
    {
        var key = TextRules.Key(text);
        var builder = new StringBuilder(key.Length);
        var previous = '\0';
        foreach (var raw in key)
        {
            var c = raw switch
            {
                '0' => 'o',
                '1' or '!' or '|' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' or '+' => 't',
                _ => raw,
            };
            if (!char.IsLetter(c))
            {
                c = ' ';
            }

            if (c == previous)
            {
                continue;
            }

            builder.Append(c);
            previous = c;
        }

        return builder.ToString().Trim();
    }
}
