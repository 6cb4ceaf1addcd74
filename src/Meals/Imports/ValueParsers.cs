using System.Globalization;
using System.Text.RegularExpressions;
using Quartet.Meals.Common;

namespace Quartet.Meals.Imports;

/// <summary>The date, time and amount formats an import accepts.</summary>
public static partial class ValueParsers
{
    private static readonly string[] MonthFormats = ["d-MMM-yyyy", "d-MMM-yy", "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy", "d MMM yyyy", "d MMMM yyyy"];
    private static readonly DateOnly SerialEpoch = new(1899, 12, 30);

    public enum NumericOrder
    {
        Either,
        MdyOnly,
        DmyOnly,
        Neither,
        NotNumeric,
    }

    /// <summary>Which orders a slash/dash numeric date such as 03/07/2025 can be read in.</summary>
    public static NumericOrder Classify(string? value)
    {
        var m = NumericDate().Match(value?.Trim() ?? "");
        if (!m.Success)
        {
            return NumericOrder.NotNumeric;
        }

        var a = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        var mdy = IsValid(year, a, b);
        var dmy = IsValid(year, b, a);
        return (mdy, dmy) switch
        {
            (true, true) => NumericOrder.Either,
            (true, false) => NumericOrder.MdyOnly,
            (false, true) => NumericOrder.DmyOnly,
            _ => NumericOrder.Neither,
        };
    }

    public static DateOnly? ParseDate(string? raw, bool dayFirst)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (IsoDate().Match(value) is { Success: true } iso)
        {
            return Make(Int(iso.Groups[1]), Int(iso.Groups[2]), Int(iso.Groups[3]));
        }

        if (NumericDate().Match(value) is { Success: true } numeric)
        {
            var a = Int(numeric.Groups[1]);
            var b = Int(numeric.Groups[2]);
            var year = Int(numeric.Groups[3]);
            return dayFirst ? Make(year, b, a) : Make(year, a, b);
        }

        if (Serial().IsMatch(value))
        {
            var serial = double.Parse(value, CultureInfo.InvariantCulture);
            return serial is >= 20000 and <= 80000 ? SerialEpoch.AddDays((int)Math.Floor(serial)) : null;
        }

        if (DateOnly.TryParseExact(value, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var named))
        {
            return TwoDigitYear().IsMatch(value) ? new DateOnly(2000 + (named.Year % 100), named.Month, named.Day) : named;
        }

        return null;
    }

    public static TimeOnly? ParseTime(string? raw)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        string[] formats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "h:mm tt", "h:mmtt", "h:mm:ss tt", "hh:mm tt", "hh:mm:ss tt"];
        return TimeOnly.TryParseExact(value.ToUpperInvariant(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? new TimeOnly(t.Hour, t.Minute) : null;
    }

    /// <summary>A datetime cell; with Z or an offset it is an instant, else a wall-clock time.</summary>
    public static (DateTime Value, bool IsInstant)? ParseDateTime(string? raw)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var instant = OffsetSuffix().IsMatch(value);
        if (instant && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            return (dto.UtcDateTime, true);
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? (DateTime.SpecifyKind(local, DateTimeKind.Unspecified), false) : null;
    }

    public sealed record ParsedAmount(long Minor, string? Currency, bool Negative);

    /// <summary>
    /// An amount with an optional currency symbol or code, grouping, decimal point or comma, and sign or parentheses.
    /// The currency is the one named in the cell, else <paramref name="columnCurrency"/>, else <paramref name="defaultCurrency"/>.
    /// </summary>
    public static (ParsedAmount? Amount, string? Error) ParseAmount(string? raw, string? columnCurrency, string defaultCurrency)
    {
        var s = raw?.Trim() ?? "";
        if (s.Length == 0)
        {
            return (null, "The amount is missing.");
        }

        string? found = null;
        var negative = false;
        var changed = true;
        while (changed && s.Length > 0)
        {
            changed = false;
            if (s.StartsWith('(') && s.EndsWith(')'))
            {
                negative = !negative;
                s = s[1..^1].Trim();
                changed = true;
                continue;
            }

            if (s[0] is '-' or '+' or '−')
            {
                negative ^= s[0] != '+';
                s = s[1..].Trim();
                changed = true;
                continue;
            }

            if (s[^1] == '-')
            {
                negative = !negative;
                s = s[..^1].Trim();
                changed = true;
                continue;
            }

            if (CodePrefix().Match(s) is { Success: true } prefix && Currencies.Normalize(prefix.Groups[1].Value) is { } pc)
            {
                found = pc;
                s = s[prefix.Length..].Trim();
                changed = true;
                continue;
            }

            if (CodeSuffix().Match(s) is { Success: true } suffix && Currencies.Normalize(suffix.Groups[1].Value) is { } sc)
            {
                found = sc;
                s = s[..^suffix.Length].Trim();
                changed = true;
                continue;
            }

            foreach (var symbol in Currencies.SymbolsLongestFirst)
            {
                if (s.StartsWith(symbol, StringComparison.Ordinal) || s.EndsWith(symbol, StringComparison.Ordinal))
                {
                    found ??= Currencies.FromSymbol(symbol);
                    s = (s.StartsWith(symbol, StringComparison.Ordinal) ? s[symbol.Length..] : s[..^symbol.Length]).Trim();
                    changed = true;
                    break;
                }
            }
        }

        var currency = Currencies.Normalize(columnCurrency) ?? found ?? defaultCurrency;
        if (!NumberShape().IsMatch(s))
        {
            return (null, $"'{raw}' is not an amount.");
        }

        var exponent = Currencies.ExponentOf(currency);
        var lastSeparator = s.LastIndexOfAny(['.', ',']);
        string integerPart = s, fraction = "";
        if (lastSeparator >= 0)
        {
            var after = s[(lastSeparator + 1)..];
            var separator = s[lastSeparator];
            var usedOnce = s.Count(c => c == separator) == 1;
            var isDecimal = usedOnce && after.All(char.IsAsciiDigit) && (after.Length is 1 or 2 || (exponent > 0 && after.Length == exponent));
            if (isDecimal)
            {
                integerPart = s[..lastSeparator];
                fraction = after;
            }
            else if (s.Split(['.', ',', '\'', ' ', '\u00A0', '\u202F']).Skip(1).Any(group => group.Length != 3))
            {
                return (null, usedOnce ? $"{currency} amounts have at most {exponent} decimal places." : $"'{raw}' is not an amount.");
            }
        }

        var digits = new string(integerPart.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0 && fraction.Length == 0)
        {
            return (null, $"'{raw}' is not an amount.");
        }

        if (fraction.Length > exponent)
        {
            return (null, $"{currency} amounts have at most {exponent} decimal places.");
        }

        if (digits.Length > 13)
        {
            return (null, "The amount is too large.");
        }

        var minor = (digits.Length == 0 ? 0 : long.Parse(digits, CultureInfo.InvariantCulture)) * Pow10(exponent)
            + (fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(exponent, '0'), CultureInfo.InvariantCulture));
        if (minor == 0)
        {
            return (null, "The amount is zero.");
        }

        return minor > Money.MaxAbsMinor ? (null, "The amount is too large.") : (new ParsedAmount(minor, currency, negative), null);
    }

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static DateOnly? Make(int year, int month, int day) => IsValid(year, month, day) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"-\d{2}$")]
    private static partial Regex TwoDigitYear();

    [GeneratedRegex(@"^\d{5}(\.\d+)?$")]
    private static partial Regex Serial();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetSuffix();

    [GeneratedRegex(@"^([A-Za-z]{3})(?![A-Za-z])")]
    private static partial Regex CodePrefix();

    [GeneratedRegex(@"(?<![A-Za-z])([A-Za-z]{3})$")]
    private static partial Regex CodeSuffix();

    [GeneratedRegex(@"^[0-9]+([.,' \u00A0\u202F][0-9]+)*([.,][0-9]*)?$|^[.,][0-9]+$")]
    private static partial Regex NumberShape();
}
