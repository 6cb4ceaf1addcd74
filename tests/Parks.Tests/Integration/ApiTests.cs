using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Tests.Support;

namespace Quartet.Parks.Tests.Integration;

public sealed class ApiSqliteHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class ApiPostgresHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Postgres;
}

public sealed class ApiMySqlHost : ParksHost
{
    public override TestProvider Provider => TestProvider.MySql;
}

/// <summary>The public API over collected data: one value everywhere, ETags, errors, admin guards, prune.</summary>
public static class ApiSeed
{
    /// <summary>Discovers the simulated world and collects six slots around noon, with one ride down for three of them.</summary>
    public static async Task SeedAsync(ParksHost fixture)
    {
        if (await fixture.WithDbAsync(db => db.Parks.AnyAsync()))
        {
            return;
        }

        await fixture.DiscoverAsync();
        var park = fixture.Sim.World.Parks.First(p => p.TpwId != null);
        var ride = fixture.Sim.World.Rides.First(r => r.Park == park && r.TpwId != null && !r.InRefurbishment);
        fixture.Sim.SetScenario([new Simulator.ScenarioRule(ParksHost.Noon.AddMinutes(15), ParksHost.Noon.AddMinutes(45), $"ride:{ride.QtId}", "DOWN")]);
        for (var i = 0; i < 6; i++)
        {
            fixture.SetTime(ParksHost.Noon.AddMinutes(10 * i));
            await fixture.CollectSummaryAsync();
        }
    }


    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

public abstract class ApiTests<T>(T fixture) : IClassFixture<T>, IAsyncLifetime where T : ParksHost
{
    private HttpClient Client => fixture.Host.CreateRawClient();

    public Task InitializeAsync() => ApiSeed.SeedAsync(fixture);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ranking_park_page_chart_heatmap_and_audit_give_the_same_shame_for_today()
    {
        fixture.SetTime(ParksHost.Noon.AddMinutes(50));
        var ranking = await ApiSeed.Json(await Client.GetAsync("/api/parks/rankings/parks?period=today&includeZero=true"));
        var items = ranking.GetProperty("items").EnumerateArray().ToList();
        items.ShouldNotBeEmpty();
        ranking.GetProperty("attribution").GetArrayLength().ShouldBe(2);
        var worst = items[0];
        var slug = worst.GetProperty("park").GetProperty("slug").GetString();
        var id = worst.GetProperty("park").GetProperty("id").GetString();
        var score = worst.GetProperty("shameScore").GetDecimal();
        score.ShouldBeGreaterThan(0m);

        var page = await ApiSeed.Json(await Client.GetAsync($"/api/parks/parks/{slug}?period=today"));
        page.GetProperty("breakdown").GetProperty("score").GetDecimal().ShouldBe(score);
        var audit = await ApiSeed.Json(await Client.GetAsync($"/api/parks/audit?metric=park-shame&id={id}&period=today&displayed={score}"));
        audit.GetProperty("value").GetDecimal().ShouldBe(score);
        audit.GetProperty("matches").GetBoolean().ShouldBeTrue();
        var chart = await ApiSeed.Json(await Client.GetAsync("/api/parks/charts/park-shame?period=today&limit=20"));
        chart.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("entity").GetProperty("id").GetString() == id).GetProperty("total").GetDecimal().ShouldBe(score);
        var heatmap = await ApiSeed.Json(await Client.GetAsync("/api/parks/heatmaps/park-shame?period=today&limit=20"));
        heatmap.GetProperty("entities").EnumerateArray().Single(s => s.GetProperty("entity").GetProperty("id").GetString() == id).GetProperty("value").GetDecimal().ShouldBe(score);
    }

    [Fact]
    public async Task Live_summary_down_count_equals_the_rides_in_the_live_numerators()
    {
        fixture.SetTime(ParksHost.Noon.AddMinutes(50));
        var summary = await ApiSeed.Json(await Client.GetAsync("/api/parks/live/summary"));
        var ranking = await ApiSeed.Json(await Client.GetAsync("/api/parks/rankings/parks?period=live&includeZero=true"));

        var down = summary.GetProperty("counts").GetProperty("DOWN").GetInt32();
        down.ShouldBe(ranking.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("ridesDown").GetInt32()));
    }

    [Fact]
    public async Task ETag_answers_304_until_a_run_lands_then_changes()
    {
        fixture.SetTime(ParksHost.Noon.AddMinutes(52));
        var client = Client;
        var first = await client.GetAsync("/api/parks/rankings/parks?period=today");
        var etag = first.Headers.ETag!;
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/parks/rankings/parks?period=today");
        request.Headers.IfNoneMatch.Add(etag);
        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        fixture.SetTime(ParksHost.Noon.AddMinutes(58));
        await fixture.CollectSummaryAsync();
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/parks/rankings/parks?period=today");
        again.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(again);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        changed.Headers.ETag!.Tag.ShouldNotBe(etag.Tag);
    }

    [Fact]
    public async Task A_read_typed_with_several_answers_still_carries_an_ETag_and_answers_304()
    {
        var first = await Client.GetAsync("/api/parks/data-quality?days=7");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = first.Headers.ETag.ShouldNotBeNull();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/parks/data-quality?days=7");
        request.Headers.IfNoneMatch.Add(etag);
        (await Client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("/api/parks/rankings/parks?period=soon", "INVALID_PERIOD")]
    [InlineData("/api/parks/rankings/parks?filter=cedar", "INVALID_FILTER")]
    [InlineData("/api/parks/rankings/parks?sort=fun", "INVALID_SORT")]
    [InlineData("/api/parks/rankings/rides?period=range&from=2026-07-01", "INVALID_RANGE")]
    [InlineData("/api/parks/rankings/rides?period=range&from=2026-01-01&to=2026-07-01", "RANGE_TOO_LONG")]
    [InlineData("/api/parks/awards?period=today", "PERIOD_NOT_SUPPORTED")]
    [InlineData("/api/parks/heatmaps/park-shame?period=live", "PERIOD_NOT_SUPPORTED")]
    [InlineData("/api/parks/charts/bogus", "INVALID_TYPE")]
    [InlineData("/api/parks/audit?metric=vibes&id=x", "INVALID_METRIC")]
    public async Task Bad_queries_get_400_with_a_stable_code(string url, string code) =>
        await (await Client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);

    [Theory]
    [InlineData("/api/parks/parks/no-such-park", "PARK_NOT_FOUND")]
    [InlineData("/api/parks/rides/01900000-0000-7000-8000-000000000000", "RIDE_NOT_FOUND")]
    [InlineData("/api/parks/rides/not-a-guid", "RIDE_NOT_FOUND")]
    public async Task Unknown_parks_and_rides_get_404(string url, string code) =>
        await (await Client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, code);

    [Fact]
    public async Task Admin_endpoints_refuse_anonymous_and_wrong_role_callers()
    {
        // Access tokens are validated against real time, so sign in with the test clock near it.
        fixture.SetTime(DateTime.UtcNow);
        (await Client.GetAsync("/api/parks/admin/runs")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var visitor = await fixture.Host.CreateUserAsync();
        (await visitor.Client.GetAsync("/api/parks/admin/runs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await fixture.Host.CreateUserAsync(ParksRoles.Admin);
        (await ApiSeed.Json(await admin.Client.GetAsync("/api/parks/admin/runs"))).GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Ride_edits_need_If_Match_and_concurrent_edits_get_one_412()
    {
        fixture.SetTime(DateTime.UtcNow);
        var admin = await fixture.Host.CreateUserAsync(ParksRoles.Admin);
        var ride = await fixture.WithDbAsync(db => db.Rides.AsNoTracking().OrderBy(r => r.Name).FirstAsync());
        var url = $"/api/parks/admin/rides/{ride.Id}";
        (await admin.Client.PatchAsJsonAsync(url, new { tier = 1 })).StatusCode.ShouldBe((HttpStatusCode)428);

        HttpRequestMessage Edit(int tier)
        {
            var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(new { tier }) };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ride.Version}\""));
            return request;
        }

        var results = await Task.WhenAll(admin.Client.SendAsync(Edit(1)), admin.Client.SendAsync(Edit(3)));

        results.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed]);
        (await fixture.WithDbAsync(db => db.Rides.SingleAsync(r => r.Id == ride.Id))).TierSource.ShouldBe("manual");
    }
}

/// <summary>Retention: its own host, because it moves the clock 40 days ahead for good.</summary>
public abstract class PruneTests<T>(T fixture) : IClassFixture<T>, IAsyncLifetime where T : ParksHost
{
    private HttpClient Client => fixture.Host.CreateRawClient();

    public Task InitializeAsync() => ApiSeed.SeedAsync(fixture);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Prune_removes_only_raw_rows_of_finalised_old_days_and_rankings_stay_identical()
    {
        var day = new Domain.ReportingZone("America/Los_Angeles").LocalDateOf(ParksHost.Noon);
        var range = $"/api/parks/rankings/parks?period=range&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}&includeZero=true";
        fixture.SetTime(ParksHost.Noon.AddDays(2));
        await fixture.AggregateAsync();
        var before = (await ApiSeed.Json(await Client.GetAsync(range))).GetProperty("items").GetRawText();
        var versionBefore = await DataVersionAsync();

        fixture.SetTime(ParksHost.Noon.AddDays(40));
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<Pruner>().RunAsync(false, CancellationToken.None)).RideSnapshots.ShouldBeGreaterThan(0);
        }

        (await fixture.WithDbAsync(db => db.RideSnapshots.CountAsync())).ShouldBe(0);
        // A new data version, so the answer below is computed from what is left rather than served from before the prune.
        (await DataVersionAsync()).ShouldNotBe(versionBefore);
        var after = (await ApiSeed.Json(await Client.GetAsync(range))).GetProperty("items").GetRawText();
        after.ShouldBe(before);
    }

    private async Task<string> DataVersionAsync() =>
        (await ApiSeed.Json(await Client.GetAsync("/api/parks/meta"))).GetProperty("dataVersion").GetString()!;
}

public sealed class PruneTestsOnSqlite(PruneSqliteHost f) : PruneTests<PruneSqliteHost>(f);

public sealed class PruneTestsOnPostgres(PrunePostgresHost f) : PruneTests<PrunePostgresHost>(f);

public sealed class PruneTestsOnMySql(PruneMySqlHost f) : PruneTests<PruneMySqlHost>(f);

public sealed class PruneSqliteHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class PrunePostgresHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Postgres;
}

public sealed class PruneMySqlHost : ParksHost
{
    public override TestProvider Provider => TestProvider.MySql;
}

public sealed class ApiTestsOnSqlite(ApiSqliteHost f) : ApiTests<ApiSqliteHost>(f);

public sealed class ApiTestsOnPostgres(ApiPostgresHost f) : ApiTests<ApiPostgresHost>(f);

public sealed class ApiTestsOnMySql(ApiMySqlHost f) : ApiTests<ApiMySqlHost>(f);

/// <summary>A database nobody has collected into: every list answers 200 with no items and says why.</summary>
public abstract class EmptyDatabaseTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    [Theory]
    [InlineData("/api/parks/rankings/parks")]
    [InlineData("/api/parks/rankings/rides?period=yesterday")]
    [InlineData("/api/parks/waits/parks?period=live")]
    [InlineData("/api/parks/charts/park-shame")]
    public async Task Lists_are_empty_with_a_reason_and_never_invented(string url)
    {
        var response = await fixture.Host.CreateRawClient().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("emptyReason").GetString().ShouldBe("not_collected_yet");
        (body.TryGetProperty("items", out var items) ? items : body.GetProperty("series")).GetArrayLength().ShouldBe(0);
        body.GetProperty("attribution").GetArrayLength().ShouldBe(2);
    }
}

public sealed class EmptyDatabaseTestsOnSqlite(SqliteHost f) : EmptyDatabaseTests<SqliteHost>(f);

public sealed class EmptyDatabaseTestsOnPostgres(PostgresHost f) : EmptyDatabaseTests<PostgresHost>(f);

public sealed class EmptyDatabaseTestsOnMySql(MySqlHost f) : EmptyDatabaseTests<MySqlHost>(f);
