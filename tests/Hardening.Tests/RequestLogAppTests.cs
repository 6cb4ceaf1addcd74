using System.Text.Json;

namespace Quartet.Hardening.Tests;

/// <summary>
/// The request log names the app of every request from the API prefix or from the SPA paths each module declares (live's
/// short join links <c>/j/{code}</c> included), so the platform's request log knows no app's paths itself; and it logs
/// the path as requested, not the SPA fallback's <c>/index.html</c>.
/// </summary>
public sealed class RequestLogAppTests
{
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["/j/TEAM42"] = "live",
        ["/live/sessions"] = "live",
        ["/api/live/join/TEAM42"] = "live",
        ["/shop"] = "shop",
        ["/api/shop/products"] = "shop",
        ["/embed/parks"] = "parks",
        ["/meals/reports"] = "meals",
        ["/signin"] = "platform",
        ["/api/auth/me"] = "platform",
    };

    [Fact]
    public async Task Each_request_line_carries_the_app_its_path_belongs_to()
    {
        await using var deployment = await ProcessDeployment.CreateAsync(TestProvider.Sqlite);
        var logName = $"request-log-app-{Guid.NewGuid():N}";
        await using (var server = await deployment.ServeAsync(logName))
        {
            using var http = new HttpClient { BaseAddress = server.BaseAddress };
            foreach (var path in Expected.Keys)
            {
                using var _ = await http.GetAsync(path);
            }
        }

        var apps = (await File.ReadAllLinesAsync(Path.Combine(QuartetProcess.LogFolder, logName + ".log")))
            .Where(l => l.Contains("\"Quartet.Request\"", StringComparison.Ordinal))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .GroupBy(l => l.GetProperty("State").GetProperty("Path").GetString()!)
            .ToDictionary(
                g => g.Key,
                g => g.Last().GetProperty("Scopes").EnumerateArray().SelectMany(s => s.EnumerateObject()).Last(p => p.Name == "App").Value.GetString());
        foreach (var (path, app) in Expected)
        {
            apps.ShouldContainKey(path);
            apps[path].ShouldBe(app, $"the app of {path}");
        }
    }
}
