namespace Quartet.Hardening.Tests;

/// <summary>
/// Appends one line per run to test-results/reliability-figures.tsv (requests sent, 5xx seen, invariant violations,
/// kills survived); docs/reliability.md quotes them.
/// </summary>
public static class ReliabilityFigures
{
    private static readonly Lock Gate = new();

    public static void Record(string run, int requests, int serverErrors, int invariantViolations, int killsSurvived)
    {
        var file = Path.Combine(TestDatabases.RepositoryRoot, "test-results", "reliability-figures.tsv");
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.AppendAllLines(file, [$"{DateTime.UtcNow:O}\t{run}\t{requests}\t{serverErrors}\t{invariantViolations}\t{killsSurvived}"]);
        }
    }
}
