using System.Text;
using Quartet.Meals.Common;
using Quartet.Meals.Imports;
using Quartet.Platform.Csv;

namespace Quartet.Meals.Tests.Unit;

public sealed class ParsingTests
{
    [Theory]
    [InlineData("2025-03-07", false, "2025-03-07")]
    [InlineData("2025/03/07", false, "2025-03-07")]
    [InlineData("03/07/2025", false, "2025-03-07")]
    [InlineData("03/07/2025", true, "2025-07-03")]
    [InlineData("3-7-2025", false, "2025-03-07")]
    [InlineData("7-Mar-2025", false, "2025-03-07")]
    [InlineData("7-Mar-25", false, "2025-03-07")]
    [InlineData("7-Mar-60", false, "2060-03-07")]
    [InlineData("Mar 7, 2025", false, "2025-03-07")]
    [InlineData("March 7, 2025", false, "2025-03-07")]
    [InlineData("45723", false, "2025-03-07")]
    public void Dates_in_every_listed_format_parse(string raw, bool dayFirst, string expected) =>
        ValueParsers.ParseDate(raw, dayFirst)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);

    [Theory]
    [InlineData("19999")]
    [InlineData("80001")]
    [InlineData("13/13/2025")]
    [InlineData("yesterday")]
    public void Impossible_dates_are_rejected(string raw) => ValueParsers.ParseDate(raw, false).ShouldBeNull();

    [Theory]
    [InlineData("13/07/2025", ValueParsers.NumericOrder.DmyOnly)]
    [InlineData("07/13/2025", ValueParsers.NumericOrder.MdyOnly)]
    [InlineData("03/07/2025", ValueParsers.NumericOrder.Either)]
    [InlineData("2025-03-07", ValueParsers.NumericOrder.NotNumeric)]
    public void Numeric_dates_are_classified_for_DMY_selection(string raw, ValueParsers.NumericOrder expected) =>
        ValueParsers.Classify(raw).ShouldBe(expected);

    [Theory]
    [InlineData("19:30", 19, 30)]
    [InlineData("19:30:59", 19, 30)]
    [InlineData("7:05 PM", 19, 5)]
    [InlineData("12:15 am", 0, 15)]
    public void Times_parse(string raw, int hour, int minute) => ValueParsers.ParseTime(raw).ShouldBe(new TimeOnly(hour, minute));

    [Theory]
    [InlineData("12.50", "USD", 1250, false)]
    [InlineData("$12.50", "USD", 1250, false)]
    [InlineData("€12,50", "EUR", 1250, false)]
    [InlineData("£1,234.56", "GBP", 123456, false)]
    [InlineData("1.234,56 EUR", "EUR", 123456, false)]
    [InlineData("USD 12.50", "USD", 1250, false)]
    [InlineData("12.50 EUR", "EUR", 1250, false)]
    [InlineData("1 234,56", "USD", 123456, false)]
    [InlineData("1'234.56", "USD", 123456, false)]
    [InlineData("(12.50)", "USD", 1250, true)]
    [InlineData("-12.50", "USD", 1250, true)]
    [InlineData("+12.50", "USD", 1250, false)]
    [InlineData("1,234", "USD", 123400, false)]
    [InlineData("12.505", "USD", 1250500, false)]
    [InlineData("1200 JPY", "JPY", 1200, false)]
    [InlineData("12.345 BHD", "BHD", 12345, false)]
    public void Amounts_parse(string raw, string currency, long minor, bool negative)
    {
        var (amount, error) = ValueParsers.ParseAmount(raw, null, "USD");
        error.ShouldBeNull();
        amount!.Minor.ShouldBe(minor);
        amount.Currency.ShouldBe(currency);
        amount.Negative.ShouldBe(negative);
    }

    [Theory]
    [InlineData("0.00")]
    [InlineData("1.2345")]
    [InlineData("12,3456 EUR")]
    [InlineData("abc")]
    [InlineData("12.5 JPY")]
    public void Bad_amounts_are_row_errors(string raw) => ValueParsers.ParseAmount(raw, null, "USD").Error.ShouldNotBeNull();

    [Theory]
    [InlineData(1000, 3, 333)]
    [InlineData(1001, 2, 501)]
    [InlineData(-1001, 2, -501)]
    public void Price_per_person_rounds_half_away_from_zero(long amount, int party, long expected) =>
        Money.DivideRounded(amount, party).ShouldBe(expected);

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("'=x", "''=x")]
    [InlineData("-5", "'-5")]
    [InlineData("@home", "'@home")]
    [InlineData("plain", "plain")]
    [InlineData("it's", "it's")]
    public void Formula_cells_escape_and_unescape_exactly(string value, string escaped)
    {
        CsvFormula.Escape(value).ShouldBe(escaped);
        CsvFormula.Unescape(escaped).ShouldBe(value);
    }

    [Fact]
    public void Untimed_expense_sits_at_local_noon() =>
        Zones.OccurredAt(new DateOnly(2025, 3, 7), null, "Pacific/Auckland").ShouldBe(new DateTime(2025, 3, 6, 23, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void A_time_in_the_DST_gap_moves_forward_by_the_gap()
    {
        // 2025-03-09 02:30 does not exist in New York; it becomes 03:30 EDT (07:30 UTC).
        Zones.OccurredAt(new DateOnly(2025, 3, 9), new TimeOnly(2, 30), "America/New_York").ShouldBe(new DateTime(2025, 3, 9, 7, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void An_ambiguous_time_takes_the_earlier_offset()
    {
        // 2025-11-02 01:30 happens twice in New York; the first (EDT, UTC-4) is 05:30 UTC.
        Zones.OccurredAt(new DateOnly(2025, 11, 2), new TimeOnly(1, 30), "America/New_York").ShouldBe(new DateTime(2025, 11, 2, 5, 30, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("US/Pacific", "America/Los_Angeles")]
    [InlineData("Europe/Paris", "Europe/Paris")]
    [InlineData("Etc/UTC", "UTC")]
    [InlineData("Mars/Olympus", null)]
    public void Zones_are_saved_in_canonical_form(string id, string? expected) => Zones.Canonical(id).ShouldBe(expected);

    [Theory]
    [InlineData(-1250, "USD", "-12.50")]
    [InlineData(1200, "JPY", "1200")]
    [InlineData(1250, "BHD", "1.250")]
    [InlineData(5, "USD", "0.05")]
    public void Export_amounts_have_the_currency_digits(long minor, string currency, string expected) =>
        Currencies.FormatDecimal(minor, currency).ShouldBe(expected);

    [Theory]
    [InlineData("Visit Date", "date")]
    [InlineData("transaction_date", "date")]
    [InlineData("Posted On", "date")]
    [InlineData("when", "date")]
    [InlineData("Transaction Time", "time")]
    [InlineData("timestamp", "datetime")]
    [InlineData("Total", "amount")]
    [InlineData("cost", "amount")]
    [InlineData("price", "amount")]
    [InlineData("value", "amount")]
    [InlineData("Currency Code", "currency")]
    [InlineData("Payee", "restaurant")]
    [InlineData("vendor", "restaurant")]
    [InlineData("Merchant", "restaurant")]
    [InlineData("place", "restaurant")]
    [InlineData("Restaurant Name", "restaurant")]
    [InlineData("zip", "postalCode")]
    [InlineData("State", "region")]
    [InlineData("tz", "timeZone")]
    [InlineData("Expense Category", "category")]
    [InlineData("meal", "mealType")]
    [InlineData("Service Type", "orderType")]
    [InlineData("guests", "partySize")]
    [InlineData("people", "partySize")]
    [InlineData("memo", "notes")]
    [InlineData("Description", "notes")]
    [InlineData("comment", "notes")]
    [InlineData("labels", "tags")]
    [InlineData("Cleared Date", "postedDate")]
    [InlineData("restaurant_address_line1", "address")]
    public void Header_aliases_map_ignoring_case_spaces_dashes_and_underscores(string header, string field) =>
        ImportFile.FieldOf(header).ShouldBe(field);

    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    public void Delimiter_is_detected_from_the_header_with_BOM_and_CRLF(string delimiter)
    {
        var csv = $"\uFEFFdate{delimiter}amount{delimiter}restaurant{delimiter}notes\r\n2025-03-07{delimiter}12.50{delimiter}Cafe{delimiter}\"a{delimiter} b\r\nc \"\"q\"\"\"\r\n";
        var records = ImportFile.Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.TrimStart('\uFEFF'))).ToArray(), "x.csv", 100);
        records.Rows.Count.ShouldBe(1);
        records.Rows[0]["restaurant"].ShouldBe("Cafe");
        records.Rows[0]["notes"].ShouldBe($"a{delimiter} b\r\nc \"q\"");
    }

    [Fact]
    public void Sign_conventions_read_refunds_both_ways()
    {
        var raw = new Dictionary<string, string?> { ["date"] = "2025-03-07", ["amount"] = "-12.50", ["restaurant"] = "Cafe" };
        var today = new DateOnly(2025, 6, 1);
        RowParser.Parse(raw, new ImportOptions("MDY", "spendPositive", "USD"), "UTC", today).Parsed!.AmountMinor.ShouldBe(-1250);
        RowParser.Parse(raw, new ImportOptions("MDY", "spendNegative", "USD"), "UTC", today).Parsed!.AmountMinor.ShouldBe(1250);
        raw["amount"] = "12.50";
        RowParser.Parse(raw, new ImportOptions("MDY", "spendNegative", "USD"), "UTC", today).Parsed!.AmountMinor.ShouldBe(-1250);
    }

    [Fact]
    public void A_datetime_with_an_offset_is_converted_into_the_rows_zone()
    {
        var raw = new Dictionary<string, string?> { ["datetime"] = "2025-03-07T23:30:00Z", ["amount"] = "5", ["restaurant"] = "Cafe", ["timeZone"] = "Pacific/Auckland" };
        var parsed = RowParser.Parse(raw, new ImportOptions("MDY", "spendPositive", "USD"), "UTC", new DateOnly(2025, 6, 1)).Parsed!;
        parsed.LocalDate.ShouldBe("2025-03-08");
        parsed.LocalTime.ShouldBe("12:30");
    }
}
