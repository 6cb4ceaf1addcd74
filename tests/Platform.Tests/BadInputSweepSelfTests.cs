using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Platform.Modules;

namespace Quartet.Platform.Tests;

/// <summary>The sweep must catch what it claims to catch: a 500, a bare 4xx, and a refused write that changed data.</summary>
public sealed class BadInputSweepSelfTests
{
    [Fact]
    public async Task The_sweep_reports_500s_bare_errors_and_half_written_refusals()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, modules: [new BrokenModule()]);
        var (sent, failures) = await new BadInputSweep(host).RunAsync("broken");
        sent.ShouldBeGreaterThan(0);
        failures.ShouldContain(f => f.Contains("/api/broken/crash") && f.Contains("→ 500"));
        failures.ShouldContain(f => f.Contains("/api/broken/bare") && f.Contains("not problem+json"));
        failures.ShouldContain(f => f.Contains("/api/broken/half-written") && f.Contains("changed platform.users"));
    }

    public sealed class Item
    {
        [Required, MaxLength(10)]
        public string? Name { get; init; }
    }

    private sealed class BrokenModule : QuartetModule
    {
        public override string Key => "broken";

        public override string Name => "Broken on purpose";

        public override string Description => "Endpoints that misbehave, to test the sweep.";

        public override void MapEndpoints(RouteGroupBuilder api)
        {
            api.MapPost("/crash", (Item item) => item.Name!.Length > 100 ? Results.Ok() : throw new InvalidOperationException("boom"));
            api.MapGet("/bare/{id}", (string id) => Results.Text("nope", statusCode: StatusCodes.Status400BadRequest));
            api.MapPost("/half-written", async (Item item, IServiceProvider services) =>
            {
                await Accounts.DemoAccounts.EnsureAsync(services, $"half-{Guid.NewGuid():N}@x.test", "half-pass-1", null, [], default);
                return Results.Problem(statusCode: 400, extensions: new Dictionary<string, object?> { ["code"] = "TOO_LATE" });
            });
        }
    }
}
