using System.Globalization;
using System.Text.RegularExpressions;

namespace Quartet.TestSupport;

/// <summary>Reads the Prometheus text of <c>/metrics</c> (OpenTelemetry's exporter) the way the tests compare it.</summary>
public static partial class PrometheusText
{
    /// <summary>The text without the exporter's <c>otel_scope_name</c> label (the meter's name), so series read as they are named.</summary>
    public static string WithoutScope(string text) => ScopeLabel().Replace(text, "").Replace("{}", "", StringComparison.Ordinal);

    /// <summary>The value of <paramref name="series"/> (name and labels exactly as written), or null when it is absent.</summary>
    public static double? Sample(string text, string series) =>
        WithoutScope(text).Split('\n').Where(l => l.StartsWith(series + " ", StringComparison.Ordinal))
            .Select(l => (double?)double.Parse(l[(series.Length + 1)..].Split(' ')[0], CultureInfo.InvariantCulture)).FirstOrDefault();

    [GeneratedRegex("""otel_scope_name="[^"]*",?""")]
    private static partial Regex ScopeLabel();
}
