using System.Text.Json.Nodes;

namespace Quartet.TestSupport;

/// <summary>
/// Compares the statuses a test observed per operation with the responses the operation's OpenAPI document declares.
/// Known gaps, still to be declared, are listed in tests/openapi/undeclared-statuses.txt ("METHOD /path STATUS" per
/// line); a status neither declared nor listed fails, and so does a listed one the document now declares.
/// </summary>
public sealed class DeclaredStatuses
{
    private readonly Dictionary<(string Method, string Path), HashSet<string>> declared = [];
    private readonly HashSet<string> observed = [];

    public void AddDocument(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var responses = operation?["responses"]?.AsObject().Select(r => r.Key) ?? [];
                declared[(method.ToUpperInvariant(), path)] = [.. responses];
            }
        }
    }

    public void Observe(string method, string path, int status) => observed.Add(Line(method, path, status));

    /// <summary>Observed statuses the document does not declare and the known-gaps list does not name.</summary>
    public IReadOnlyList<string> Undeclared() =>
        [.. observed.Where(line => !IsDeclared(line) && !KnownGaps.Contains(line)).Order()];

    /// <summary>Lines of the known-gaps list that the documents now declare (delete them from the list).</summary>
    public IReadOnlyList<string> StaleGaps() => [.. KnownGaps.Where(line => Parse(line) is var (method, path, _) && declared.ContainsKey((method, path)) && IsDeclared(line)).Order()];

    private bool IsDeclared(string line)
    {
        var (method, path, status) = Parse(line);
        return declared.TryGetValue((method, path), out var statuses) && (statuses.Contains(status) || statuses.Contains($"{status[0]}XX") || statuses.Contains("default"));
    }

    private static string Line(string method, string path, int status) => $"{method} {path} {status}";

    private static (string Method, string Path, string Status) Parse(string line)
    {
        var parts = line.Split(' ');
        return (parts[0], parts[1], parts[2]);
    }

    private static readonly HashSet<string> KnownGaps = LoadKnownGaps();

    private static HashSet<string> LoadKnownGaps()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Quartet.slnx")))
        {
            folder = folder.Parent;
        }

        var file = folder is null ? null : Path.Combine(folder.FullName, "tests", "openapi", "undeclared-statuses.txt");
        return file is null || !File.Exists(file)
            ? []
            : [.. File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}
