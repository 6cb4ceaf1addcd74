using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Quartet.Platform.Modules;
using Spectre.Console;

namespace Quartet.Platform.Cli;

/// <summary>One part of <c>seed-demo</c>: the platform's accounts or one app's data, reporting progress messages.</summary>
public sealed record SeedStep(string Key, Func<IProgress<string>, Task> RunAsync);

/// <summary>
/// Shows <c>seed-demo</c> as it runs: in a terminal one bar per step (a message holding "n of m" fills it, any other
/// keeps it moving) with the latest message cut to the width; without a terminal one plain line per message, count
/// messages every tenth of the way. Ends with every demo login in one table.
/// </summary>
public static partial class SeedProgress
{
    public static async Task RunAsync(IReadOnlyList<SeedStep> steps)
    {
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            await RunWithBarsAsync(steps);
        }
        else
        {
            await RunWithLinesAsync(steps, Console.Out);
        }
    }

    public static async Task RunWithLinesAsync(IReadOnlyList<SeedStep> steps, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var width = steps.Max(s => s.Key.Length);
        foreach (var step in steps)
        {
            var lastTenth = -1;
            void Write(string message) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed:mm\\:ss} {step.Key.PadRight(width)}  {message}"));
            await step.RunAsync(new SynchronousProgress(message =>
            {
                if (Fraction(message) is { } fraction)
                {
                    var tenth = (int)(fraction * 10);
                    if (tenth == lastTenth)
                    {
                        return;
                    }

                    lastTenth = tenth;
                }

                Write(message);
            }));
            Write("done");
        }
    }

    private static async Task RunWithBarsAsync(IReadOnlyList<SeedStep> steps)
    {
        var width = steps.Max(s => s.Key.Length);
        var messageWidth = Math.Max(20, AnsiConsole.Profile.Width - width - 40);
        string Describe(SeedStep step, string message) =>
            $"[bold]{Markup.Escape(step.Key.PadRight(width))}[/]  {Markup.Escape(message.Length > messageWidth ? message[..(messageWidth - 1)] + "…" : message.PadRight(messageWidth))}";

        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = steps.Select(step => (Step: step, Task: context.AddTask(Describe(step, "waiting"), autoStart: false))).ToList();
                foreach (var (step, task) in tasks)
                {
                    task.StartTask();
                    task.IsIndeterminate = true;
                    var last = "starting";
                    task.Description = Describe(step, last);
                    await step.RunAsync(new SynchronousProgress(message =>
                    {
                        last = message;
                        task.Description = Describe(step, message);
                        if (Fraction(message) is { } fraction)
                        {
                            task.IsIndeterminate = false;
                            task.Value = fraction * task.MaxValue;
                        }
                    }));
                    task.IsIndeterminate = false;
                    task.Value = task.MaxValue;
                    task.Description = Describe(step, last == "starting" ? "done" : last);
                    task.StopTask();
                }
            });
    }

    public static void PrintLogins(IEnumerable<DemoLogin> logins, TextWriter output)
    {
        var rows = logins.ToList();
        output.WriteLine();
        output.WriteLine("Demo logins (sign in at http://localhost:5000/signin):");
        var columns = new[] { rows.Max(r => r.App.Length), rows.Max(r => r.Role.Length), rows.Max(r => r.Email.Length) };
        foreach (var row in rows)
        {
            output.WriteLine($"  {row.App.PadRight(columns[0])}  {row.Role.PadRight(columns[1])}  {row.Email.PadRight(columns[2])}  {row.Password}");
        }
    }

    /// <summary>The share done in a message such as "1,200 of 1,500 expenses" or "back-filling park 3 of 6".</summary>
    public static double? Fraction(string message)
    {
        var match = Count().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var done = double.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var total = double.Parse(match.Groups[2].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return total <= 0 ? null : Math.Clamp(done / total, 0, 1);
    }

    [GeneratedRegex(@"(\d[\d,]*) of (\d[\d,]*)")]
    private static partial Regex Count();

    /// <summary>Reports on the caller's thread, in order (<see cref="Progress{T}"/> posts to the thread pool and may reorder or lag).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
