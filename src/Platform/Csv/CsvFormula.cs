namespace Quartet.Platform.Csv;

/// <summary>
/// The one spreadsheet formula-injection rule (OWASP "CSV injection"): a text cell that starts with <c>= + - @</c>, a tab
/// or a carriage return, after any apostrophes, gets one more leading apostrophe; an import takes exactly one away, so a
/// round trip is exact. Numbers, times and codes the application writes itself are not text and are never changed.
/// </summary>
public static class CsvFormula
{
    public static string? Escape(string? value) => value is null || !LooksLikeFormula(value, 0) ? value : "'" + value;

    public static string? Unescape(string? value) =>
        value is { Length: > 1 } && value[0] == '\'' && LooksLikeFormula(value, 1) ? value[1..] : value;

    /// <summary>True for <c>^'*[=+\-@\t\r]</c> when <paramref name="minQuotes"/> is 0, <c>^'+[=+\-@\t\r]</c> when 1.</summary>
    private static bool LooksLikeFormula(string value, int minQuotes)
    {
        var i = 0;
        while (i < value.Length && value[i] == '\'')
        {
            i++;
        }

        return i >= minQuotes && i < value.Length && value[i] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
