using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Quartet.Parks.Domain;

/// <summary>Name normalisation, similarity and keyword rules of discovery (spec §4.2).</summary>
public static partial class Matching
{
    public static string NormalisePark(string name)
    {
        var s = StripDiacritics(name.ToLowerInvariant());
        s = s.Replace("™", "", StringComparison.Ordinal).Replace("®", "", StringComparison.Ordinal).Replace("©", "", StringComparison.Ordinal)
            .Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
        s = s.Trim();
        foreach (var prefix in new[] { "the ", "disneys " })
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                s = s[prefix.Length..];
            }
        }

        s = s.Replace('-', ' ').Replace('–', ' ');
        return Spaces().Replace(s, " ").Trim();
    }

    public static string NormaliseRide(string name)
    {
        var s = StripDiacritics(name.ToLowerInvariant()).Trim();
        s = RideSuffix().Replace(s, "");
        s = NonAlnum().Replace(s, "");
        return Spaces().Replace(s, " ").Trim();
    }

    public static bool IsSingleRider(string name) => name.Contains("single rider", StringComparison.OrdinalIgnoreCase);

    /// <summary>1 − Levenshtein(a, b) / max(|a|, |b|), rounded to 3 decimals.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return Math.Round(1.0 - ((double)previous[b.Length] / Math.Max(a.Length, b.Length)), 3);
    }

    /// <summary>Great-circle distance in km (haversine, mean Earth radius); null unless both points are known.</summary>
    public static double? DistanceKm(decimal? lat1, decimal? lon1, decimal? lat2, decimal? lon2)
    {
        if (lat1 is null || lon1 is null || lat2 is null || lon2 is null)
        {
            return null;
        }

        static double Rad(decimal degrees) => (double)degrees * Math.PI / 180;
        var dLat = Rad(lat2.Value - lat1.Value);
        var dLon = Rad(lon2.Value - lon1.Value);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(lat1.Value)) * Math.Cos(Rad(lat2.Value)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * 6371.0 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    public static string CategoryFor(string name)
    {
        var n = name.ToLowerInvariant();
        if (ContainsAny(n, "meet", "greet", "character"))
        {
            return RideCategories.MeetAndGreet;
        }

        if (ContainsAny(n, "show", "theater", "theatre", "parade", "fireworks", "4d", "sing-along", "stunt"))
        {
            return RideCategories.Show;
        }

        return ContainsAny(n, "trail", "exhibit", "walk-through", "walkthrough", "tour", "play area") ? RideCategories.Experience : RideCategories.Attraction;
    }

    public static int? RuleTier(string name)
    {
        var n = name.ToLowerInvariant();
        if (ContainsAny(n, "kiddie", "carousel", "teacups", "spinner", "playground", "junior", "jr"))
        {
            return 3;
        }

        return ContainsAny(n, "coaster", "mountain", "drop", "tower", "expedition", "splash") ? 1 : null;
    }

    public static string Slugify(string name)
    {
        var s = NonSlug().Replace(StripDiacritics(name.ToLowerInvariant()), "-").Trim('-');
        s = Dashes().Replace(s, "-");
        return s.Length > 80 ? s[..80].TrimEnd('-') : s.Length < 3 ? s.PadRight(3, '0') : s;
    }

    private static bool ContainsAny(string text, params string[] words) => words.Any(w => Regex.IsMatch(text, $@"\b{Regex.Escape(w)}\b"));

    private static string StripDiacritics(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            sb.Append(c);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\s*-\s*|\s+)(single rider|holiday)$")]
    private static partial Regex RideSuffix();

    [GeneratedRegex(@"[^a-z0-9 ]")]
    private static partial Regex NonAlnum();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonSlug();

    [GeneratedRegex(@"-+")]
    private static partial Regex Dashes();
}
