using System.Collections.Frozen;

namespace Quartet.Meals.Common;

/// <summary>ISO 4217 codes in use, with the number of digits of their minor unit.</summary>
public static class Currencies
{
    private const string ZeroDigits = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
    private const string ThreeDigits = "BHD IQD JOD KWD LYD OMR TND";
    private const string FourDigits = "CLF UYW";
    private const string TwoDigits =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF " +
        "CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF " +
        "IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN " +
        "MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS " +
        "SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";

    private static readonly FrozenDictionary<string, int> Exponents =
        new[] { (ZeroDigits, 0), (TwoDigits, 2), (ThreeDigits, 3), (FourDigits, 4) }
            .SelectMany(g => g.Item1.Split(' ').Select(code => (code, g.Item2)))
            .ToFrozenDictionary(x => x.code, x => x.Item2, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>
    {
        ["$"] = "USD",
        ["US$"] = "USD",
        ["€"] = "EUR",
        ["£"] = "GBP",
        ["¥"] = "JPY",
        ["₹"] = "INR",
        ["₩"] = "KRW",
        ["CHF"] = "CHF",
        ["A$"] = "AUD",
        ["C$"] = "CAD",
        ["R$"] = "BRL",
        ["zł"] = "PLN",
        ["kr"] = "SEK",
        ["₺"] = "TRY",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Exponents.ContainsKey(code);

    /// <summary>Upper-cases and checks a code; null when unknown.</summary>
    public static string? Normalize(string? code)
    {
        var upper = code?.Trim().ToUpperInvariant();
        return upper is not null && Exponents.ContainsKey(upper) ? upper : null;
    }

    public static int ExponentOf(string code) => Exponents.TryGetValue(code, out var e) ? e : 2;

    public static string? FromSymbol(string symbol) => Symbols.GetValueOrDefault(symbol);

    public static IEnumerable<string> SymbolsLongestFirst => Symbols.Keys.OrderByDescending(s => s.Length);

    /// <summary>Formats minor units as a plain decimal with exactly the currency's fraction digits ("-12.50", "1200", "1.250").</summary>
    public static string FormatDecimal(long amountMinor, string currency)
    {
        var exponent = ExponentOf(currency);
        var negative = amountMinor < 0;
        var digits = Math.Abs((decimal)amountMinor).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        if (exponent > 0)
        {
            digits = digits.PadLeft(exponent + 1, '0');
            digits = digits[..^exponent] + "." + digits[^exponent..];
        }

        return negative ? "-" + digits : digits;
    }
}
