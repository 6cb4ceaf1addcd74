using Quartet.Platform.Csv;

namespace Quartet.Platform.Tests;

/// <summary>The one CSV writer and reader: RFC 4180 quoting, CRLF, and the one formula rule for text cells only.</summary>
public sealed class CsvTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1", "'+1")]
    [InlineData("-5", "'-5")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("plain", "plain")]
    public void Text_cells_are_defused_and_quoted(string input, string expected) =>
        CsvTable.Write(t => t.Row(input)).ShouldBe(expected + "\r\n");

    [Fact]
    public void Numbers_times_and_codes_are_written_as_they_are()
    {
        var line = CsvTable.Write(t => t.Row(CsvCell.Number(-5), CsvCell.From(-2.5), CsvCell.Time(new DateTime(2026, 1, 31, 8, 0, 0, DateTimeKind.Utc)), CsvCell.Plain("-x")));
        line.ShouldBe("-5,-2.5,2026-01-31T08:00:00Z,-x\r\n");
    }

    [Fact]
    public void What_is_written_reads_back_exactly()
    {
        string[] cells = ["=1+2", "a;b", "quote \"q\"", "two\r\nlines", "", "'@x"];
        var text = CsvTable.Write(t =>
        {
            t.Header(["a", "b", "c", "d", "e", "f"]);
            t.Row(cells.Select(c => (CsvCell)c));
        });
        var rows = CsvTable.Parse(text, ',').ToList();
        rows.Count.ShouldBe(2);
        rows[1].Select(CsvFormula.Unescape).ShouldBe(cells);
    }
}
