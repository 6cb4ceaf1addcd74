using System.Globalization;
using CsvHelper;

namespace Quartet.Platform.Csv;

/// <summary>
/// The one CSV writer and reader (CsvHelper): RFC 4180, CRLF line ends, a cell quoted when it holds the delimiter, a
/// quote, a CR or an LF; text cells pass the <see cref="CsvFormula"/> rule. Every export and import goes through it.
/// </summary>
public sealed class CsvTable : IDisposable, IAsyncDisposable
{
    private readonly CsvWriter writer;

    public CsvTable(TextWriter output, char delimiter = ',') =>
        writer = CsvWriter.Create(output, new CsvWriterOptions { Separator = delimiter, NewLine = "\r\n", Injection = CsvInjection.None }, leaveOpen: true);

    /// <summary>A whole table in memory, for small exports.</summary>
    public static string Write(Action<CsvTable> rows)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var table = new CsvTable(text))
        {
            rows(table);
        }

        return text.ToString();
    }

    /// <summary>The rows of <paramref name="text"/>: quoted cells may hold delimiters, doubled quotes and line breaks.</summary>
    public static IEnumerable<List<string>> Parse(string text, char delimiter)
    {
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { Separator = delimiter, HasHeader = false, DetectSeparatorHint = false });
        while (reader.Read())
        {
            var row = new List<string>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row.Add(reader.GetString(i));
            }

            yield return row;
        }
    }

    public void Header(IEnumerable<string> names) => Row(names.Select(CsvCell.Plain));

    public void Row(IEnumerable<CsvCell> cells)
    {
        foreach (var cell in cells)
        {
            writer.WriteField(cell.Written ?? "", CsvQuoting.WhenNeeded);
        }

        writer.EndRecord();
    }

    public void Row(params CsvCell[] cells) => Row((IEnumerable<CsvCell>)cells);

    public Task FlushAsync() => writer.FlushAsync().AsTask();

    public void Dispose() => writer.Dispose();

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
