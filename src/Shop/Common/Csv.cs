using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Quartet.Shop.Data;

namespace Quartet.Shop.Common;

/// <summary>
/// Streams CSV (UTF-8, header row, RFC 4180 quoting) straight from a query, so exports of a million rows use little
/// memory. Text cells starting with <c>= + - @</c> (not plain numbers) get a leading apostrophe so spreadsheets never run them as formulas.
/// </summary>
public static class Csv
{
    public static IResult StreamAsync<T>(HttpContext http, string fileName, string[] header, IAsyncEnumerable<T> rows, Func<T, string?[]> cells, CancellationToken ct) =>
        Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(false), 64 * 1024);
            await writer.WriteLineAsync(Line(header));
            var count = 0;
            await foreach (var row in rows.WithCancellation(ct))
            {
                await writer.WriteLineAsync(Line(cells(row)));
                if (++count % 1000 == 0)
                {
                    await writer.FlushAsync(ct);
                }
            }
        }, "text/csv; charset=utf-8", fileName);

    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell));

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Lower<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}

public static class LedgerCsv
{
    public static readonly string[] Header =
        ["id", "createdAt", "userId", "type", "source", "amount", "balanceAfter", "reason", "operatorKind", "operatorId", "orderId", "batchId", "period"];

    public static string?[] Row(LedgerEntry e) =>
    [
        e.Id.ToString(), Csv.Time(e.CreatedAt), e.UserId.ToString(), Csv.Lower(e.Type), Csv.Lower(e.Source), Csv.Number(e.Amount),
        Csv.Number(e.BalanceAfter), e.Reason, Csv.Lower(e.OperatorKind), e.OperatorId?.ToString(), e.OrderId?.ToString(),
        e.BatchId?.ToString(), e.Period,
    ];
}
