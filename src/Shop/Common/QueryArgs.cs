namespace Quartet.Shop.Common;

/// <summary>Parsing of query-string filters; anything unknown answers 400 naming the parameter.</summary>
public static class QueryArgs
{
    public static TEnum? Enum<TEnum>(string? raw, string name) where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (!System.Enum.TryParse<TEnum>(raw, ignoreCase: true, out var value) || int.TryParse(raw, out _))
        {
            var allowed = string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
            throw ShopErrors.Validation(name, $"Unknown {name} '{raw}'. Use one of: {allowed}.");
        }

        return value;
    }

    public static string Choice(string? raw, string name, string fallback, params string[] allowed)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        var match = allowed.FirstOrDefault(a => a.Equals(raw.Trim(), StringComparison.OrdinalIgnoreCase));
        return match ?? throw ShopErrors.Validation(name, $"Unknown {name} '{raw}'. Use one of: {string.Join(", ", allowed)}.");
    }

    public static void Range(DateTime? from, DateTime? to)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw ShopErrors.Validation("from", "'from' must not be after 'to'.");
        }
    }

    public static string? Search(string? q, string name = "q")
    {
        if (q is null)
        {
            return null;
        }

        var trimmed = q.Trim();
        if (trimmed.Length is 0 or > 100)
        {
            throw ShopErrors.Validation(name, "Search text must be 1–100 characters.");
        }

        return trimmed;
    }

    public static DateTime? Utc(DateTime? value) =>
        value is null ? null : value.Value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc) : value.Value.ToUniversalTime();
}
