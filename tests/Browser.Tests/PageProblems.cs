using Microsoft.Playwright;

namespace Quartet.Browser.Tests;

public static class PageProblems
{
    /// <summary>Collects, from now on, every console error and every answer of 400 or more that the page meets.</summary>
    public static List<string> RecordProblems(this IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console: {message.Text}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} {response.Url}");
            }
        };
        return problems;
    }
}
