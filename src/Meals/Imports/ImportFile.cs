using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Quartet.Platform.Csv;
using Quartet.Platform.Http;

namespace Quartet.Meals.Imports;

/// <summary>The records of an uploaded file: each a map from a canonical field name to its raw text.</summary>
public sealed record ImportRecords(
    string Format,
    IReadOnlyList<string> Fields,
    IReadOnlyList<Dictionary<string, string?>> Rows,
    IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, string> CategoryColours,
    IReadOnlyDictionary<string, string> TagColours,
    bool IsOwnExport,
    bool HasPayeeColumn);

public static class ImportFile
{
    public const string Envelope = "meals-expenses";

    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string[]>
    {
        ["id"] = ["id"],
        ["date"] = ["date", "visitdate", "transactiondate", "expensedate", "postedon", "when", "localdate"],
        ["time"] = ["time", "transactiontime", "localtime"],
        ["datetime"] = ["datetime", "timestamp", "occurredat"],
        ["amount"] = ["amount", "total", "cost", "price", "value"],
        ["amountMinor"] = ["amountminor"],
        ["currency"] = ["currency", "currencycode"],
        ["restaurant"] = ["restaurant", "restaurantname", "payee", "vendor", "merchant", "place"],
        ["address"] = ["address", "addressline1", "restaurantaddressline1", "restaurantaddress"],
        ["address2"] = ["address2", "addressline2", "restaurantaddressline2"],
        ["city"] = ["city", "restaurantcity"],
        ["region"] = ["state", "region", "stateregion", "restaurantregion", "province"],
        ["postalCode"] = ["zip", "zipcode", "postalcode", "postcode", "restaurantpostalcode"],
        ["country"] = ["country", "countrycode", "restaurantcountry"],
        ["cuisine"] = ["cuisine", "restaurantcuisine"],
        ["priceLevel"] = ["pricelevel", "restaurantpricelevel"],
        ["rating"] = ["rating", "restaurantrating"],
        ["website"] = ["website", "restaurantwebsite"],
        ["phone"] = ["phone", "restaurantphone"],
        ["timeZone"] = ["timezone", "tz"],
        ["category"] = ["category", "expensecategory"],
        ["mealType"] = ["mealtype", "meal"],
        ["orderType"] = ["ordertype", "servicetype"],
        ["partySize"] = ["partysize", "people", "guests"],
        ["notes"] = ["notes", "memo", "description", "comment"],
        ["tags"] = ["tags", "labels"],
        ["postedDate"] = ["posteddate", "cleareddate"],
        ["ignored"] = ["createdat", "updatedat"],
    }.SelectMany(kv => kv.Value.Select(alias => (alias, kv.Key))).ToFrozenDictionary(x => x.alias, x => x.Key);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string NormalizeHeader(string header) =>
        new(header.Trim().ToLowerInvariant().Where(c => c is not (' ' or '-' or '_')).ToArray());

    public static string? FieldOf(string header) => Aliases.GetValueOrDefault(NormalizeHeader(header));

    public static ImportRecords Read(byte[] bytes, string fileName, int maxRows)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ProblemException(400, "IMPORT_UNREADABLE", "The file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8) and try again.");
        }

        text = text.TrimStart('\uFEFF');
        var trimmed = text.TrimStart();
        var isJson = fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith('[') || trimmed.StartsWith('{');
        var records = isJson ? ReadJson(text, maxRows) : ReadCsv(text, maxRows);
        var fields = records.Fields;
        var missing = new List<string>();
        if (!fields.Contains("date") && !fields.Contains("datetime"))
        {
            missing.Add("date");
        }

        if (!fields.Contains("amount") && !fields.Contains("amountMinor"))
        {
            missing.Add("amount");
        }

        if (!fields.Contains("restaurant"))
        {
            missing.Add("restaurant");
        }

        if (missing.Count > 0)
        {
            throw new ProblemException(400, "IMPORT_COLUMNS_MISSING", $"The file has no {string.Join(", ", missing)} column.",
                new Dictionary<string, string[]> { ["file"] = missing.Select(m => $"Missing column: {m}").ToArray() });
        }

        return records;
    }

    private static ImportRecords ReadCsv(string text, int maxRows)
    {
        var delimiter = DetectDelimiter(text);
        var rows = CsvTable.Parse(text, delimiter).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new ProblemException(400, "IMPORT_COLUMNS_MISSING", "The file is empty.");
        }

        var headers = rows.Current;
        var warnings = new List<string>();
        var map = new string?[headers.Count];
        for (var i = 0; i < headers.Count; i++)
        {
            var field = FieldOf(headers[i]);
            if (field is null)
            {
                warnings.Add($"Column '{headers[i]}' is not recognised and is ignored.");
            }
            else if (field != "ignored" && !map.Contains(field))
            {
                map[i] = field;
            }
        }

        var result = new List<Dictionary<string, string?>>();
        while (rows.MoveNext())
        {
            var cells = rows.Current;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (result.Count >= maxRows)
            {
                throw TooManyRows(maxRows);
            }

            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < map.Length; i++)
            {
                if (map[i] is { } field)
                {
                    row[field] = i < cells.Count ? CsvFormula.Unescape(cells[i]) : null;
                }
            }

            result.Add(row);
        }

        return new ImportRecords("csv", map.OfType<string>().ToList(), result, warnings,
            new Dictionary<string, string>(), new Dictionary<string, string>(), false, headers.Any(h => NormalizeHeader(h) == "payee"));
    }

    public static ProblemException TooManyRows(int maxRows) =>
        new(413, "IMPORT_TOO_LARGE", $"An import holds at most {maxRows} data rows.");

    private static char DetectDelimiter(string text)
    {
        int comma = 0, semicolon = 0, tab = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted)
            {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }

        return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }

    private static ImportRecords ReadJson(string text, int maxRows)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ProblemException(400, "IMPORT_UNREADABLE", $"The JSON file cannot be read: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String
                && format.GetString() == Envelope && root.TryGetProperty("expenses", out var expenses) && expenses.ValueKind == JsonValueKind.Array)
            {
                return ReadEnvelope(root, expenses, maxRows);
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new ProblemException(400, "IMPORT_UNREADABLE", "A JSON import is an array of objects or this app's export file.");
            }

            var fields = new List<string>();
            var warnings = new List<string>();
            var hasPayee = false;
            var rows = new List<Dictionary<string, string?>>();
            foreach (var item in root.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new ProblemException(400, "IMPORT_UNREADABLE", "Every element of the JSON array must be an object.");
                }

                if (rows.Count >= maxRows)
                {
                    throw TooManyRows(maxRows);
                }

                var row = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var property in item.EnumerateObject())
                {
                    hasPayee |= NormalizeHeader(property.Name) == "payee";
                    var field = FieldOf(property.Name);
                    if (field is null)
                    {
                        var warning = $"Field '{property.Name}' is not recognised and is ignored.";
                        if (!warnings.Contains(warning))
                        {
                            warnings.Add(warning);
                        }

                        continue;
                    }

                    if (field == "ignored")
                    {
                        continue;
                    }

                    row[field] = ValueText(property.Value);
                    if (!fields.Contains(field))
                    {
                        fields.Add(field);
                    }
                }

                rows.Add(row);
            }

            return new ImportRecords("json", fields, rows, warnings, new Dictionary<string, string>(), new Dictionary<string, string>(), false, hasPayee);
        }
    }

    private static ImportRecords ReadEnvelope(JsonElement root, JsonElement expenses, int maxRows)
    {
        var restaurants = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("restaurants", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var r in list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object))
            {
                if (Str(r, "id") is { } id)
                {
                    restaurants[id] = r.Clone();
                }
            }
        }

        var categoryColours = Colours(root, "categories");
        var tagColours = Colours(root, "tags");
        var rows = new List<Dictionary<string, string?>>();
        foreach (var e in expenses.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
        {
            if (rows.Count >= maxRows)
            {
                throw TooManyRows(maxRows);
            }

            var restaurant = Str(e, "restaurantId") is { } rid && restaurants.TryGetValue(rid, out var r) ? r : default;
            var has = restaurant.ValueKind == JsonValueKind.Object;
            rows.Add(new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["id"] = Str(e, "id"),
                ["date"] = Str(e, "localDate"),
                ["time"] = Str(e, "localTime"),
                ["timeZone"] = Str(e, "timeZone"),
                ["amountMinor"] = Str(e, "amountMinor"),
                ["currency"] = Str(e, "currency"),
                ["restaurant"] = has ? Str(restaurant, "name") : Str(e, "restaurantName"),
                ["address"] = has ? Str(restaurant, "addressLine1") : null,
                ["address2"] = has ? Str(restaurant, "addressLine2") : null,
                ["city"] = has ? Str(restaurant, "city") : null,
                ["region"] = has ? Str(restaurant, "region") : null,
                ["postalCode"] = has ? Str(restaurant, "postalCode") : null,
                ["country"] = has ? Str(restaurant, "countryCode") : null,
                ["cuisine"] = has ? Str(restaurant, "cuisine") : null,
                ["priceLevel"] = has ? Str(restaurant, "priceLevel") : null,
                ["rating"] = has ? Str(restaurant, "rating") : null,
                ["website"] = has ? Str(restaurant, "website") : null,
                ["phone"] = has ? Str(restaurant, "phone") : null,
                ["category"] = Str(e, "category"),
                ["mealType"] = Str(e, "mealType"),
                ["orderType"] = Str(e, "orderType"),
                ["partySize"] = Str(e, "partySize"),
                ["notes"] = Str(e, "notes"),
                ["tags"] = e.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                    ? string.Join(';', tags.EnumerateArray().Select(ValueText)) : null,
                ["postedDate"] = Str(e, "postedDate"),
            });
        }

        string[] fields = ["id", "date", "time", "timeZone", "amountMinor", "currency", "restaurant", "address", "address2", "city", "region",
            "postalCode", "country", "cuisine", "priceLevel", "rating", "website", "phone", "category", "mealType", "orderType", "partySize",
            "notes", "tags", "postedDate"];
        return new ImportRecords("json", fields, rows, [], categoryColours, tagColours, true, false);
    }

    private static Dictionary<string, string> Colours(JsonElement root, string property)
    {
        var colours = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                if (Str(item, "name") is { } name && Str(item, "colour") is { } colour && Common.Text.Colour().IsMatch(colour))
                {
                    colours[name.Trim().ToLowerInvariant()] = colour.ToLowerInvariant();
                }
            }
        }

        return colours;
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? ValueText(value) : null;

    private static string? ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(ValueText)),
        _ => null,
    };
}
