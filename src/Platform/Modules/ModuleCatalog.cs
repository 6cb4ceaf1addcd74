namespace Quartet.Platform.Modules;

/// <summary>The modules this process runs, after applying the <c>Apps</c> setting or <c>--apps</c>.</summary>
public sealed class ModuleCatalog(IReadOnlyList<QuartetModule> enabled)
{
    public IReadOnlyList<QuartetModule> Enabled { get; } = enabled;

    public QuartetModule? Find(string key) =>
        Enabled.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<QuartetModule> Select(IReadOnlyList<QuartetModule> available, string? apps)
    {
        if (string.IsNullOrWhiteSpace(apps) || apps.Trim() == "*" || apps.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return available;
        }

        var wanted = apps.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = wanted.Where(w => !available.Any(m => m.Key.Equals(w, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"Unknown app(s) in Apps/--apps: {string.Join(", ", unknown)}. Known: {string.Join(", ", available.Select(m => m.Key))}.");
        }

        return available.Where(m => wanted.Contains(m.Key, StringComparer.OrdinalIgnoreCase)).ToList();
    }
}
