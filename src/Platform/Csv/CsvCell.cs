using System.Globalization;

namespace Quartet.Platform.Csv;

/// <summary>
/// One cell of an export. A string is text (people typed it), so the <see cref="CsvFormula"/> rule applies; numbers,
/// times, booleans and codes the application produced are written as they are.
/// </summary>
public readonly record struct CsvCell(string? Value, bool IsText)
{
    public static implicit operator CsvCell(string? text) => new(text, true);

    /// <summary>A value the application produced (an id, a code, an enum name): never treated as a formula.</summary>
    public static CsvCell Plain(string? value) => new(value, false);

    public static CsvCell Number(long value) => Plain(value.ToString(CultureInfo.InvariantCulture));

    public static CsvCell Number(decimal value) => Plain(value.ToString(CultureInfo.InvariantCulture));

    public static CsvCell Number(double value) => Plain(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A UTC time to the second, <c>2026-01-31T08:00:00Z</c>.</summary>
    public static CsvCell Time(DateTime value) => Plain(value.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));

    /// <summary>An enum's name in lower case, e.g. <c>pending</c>.</summary>
    public static CsvCell Lower<TEnum>(TEnum value) where TEnum : struct, Enum => Plain(value.ToString().ToLowerInvariant());

    /// <summary>Strings are text; other values (numbers, enums, times in round-trip form, booleans) are plain.</summary>
    public static CsvCell From(object? value) => value switch
    {
        null => Plain(null),
        string text => text,
        DateTime time => Plain(time.ToString("O", CultureInfo.InvariantCulture)),
        IFormattable formattable => Plain(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => value.ToString(),
    };

    /// <summary>What is written: text through the formula rule, plain values unchanged.</summary>
    public string? Written => IsText ? CsvFormula.Escape(Value) : Value;
}
