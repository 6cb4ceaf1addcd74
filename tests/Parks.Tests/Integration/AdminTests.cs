using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Tests.Support;

namespace Quartet.Parks.Tests.Integration;

public sealed class AdminSqliteHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class AdminPostgresHost : ParksHost
{
    public override TestProvider Provider => TestProvider.Postgres;
}

public sealed class AdminMySqlHost : ParksHost
{
    public override TestProvider Provider => TestProvider.MySql;
}

/// <summary>The parks.admin writes: role guards, If-Match, validation, audit log, and their effect on collection and discovery.</summary>
public abstract class AdminTests<T>(T fixture) : IClassFixture<T>, IAsyncLifetime where T : ParksHost
{
    private const string Unknown = "01900000-0000-7000-8000-000000000001";
    private static readonly SemaphoreSlim Users = new(1, 1);
    private static readonly Dictionary<ParksHost, (TestUser Admin, TestUser Visitor)> UsersByHost = [];

    private TestUser admin = null!;
    private TestUser visitor = null!;

    private HttpClient Admin => admin.Client;

    public async Task InitializeAsync()
    {
        await ApiSeed.SeedAsync(fixture);
        await Users.WaitAsync();
        try
        {
            if (!UsersByHost.TryGetValue(fixture, out var users))
            {
                // Access tokens are validated against real time, so sign in with the test clock near it; tests then move the clock freely.
                fixture.SetTime(DateTime.UtcNow);
                users = (await fixture.Host.CreateUserAsync(ParksRoles.Admin), await fixture.Host.CreateUserAsync());
                UsersByHost[fixture] = users;
            }

            (admin, visitor) = users;
        }
        finally
        {
            Users.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> AdminCalls() => new()
    {
        { "GET", "/api/parks/admin/runs" },
        { "GET", "/api/parks/admin/parks" },
        { "PATCH", $"/api/parks/admin/parks/{Unknown}" },
        { "PATCH", $"/api/parks/admin/rides/{Unknown}" },
        { "PUT", $"/api/parks/admin/parks/{Unknown}/schedule/2026-07-15" },
        { "GET", "/api/parks/admin/overrides" },
        { "POST", "/api/parks/admin/overrides" },
        { "DELETE", $"/api/parks/admin/overrides/{Unknown}" },
        { "GET", "/api/parks/admin/match-review" },
        { "POST", $"/api/parks/admin/match-review/{Unknown}/accept" },
        { "POST", $"/api/parks/admin/match-review/{Unknown}/dismiss" },
        { "GET", "/api/parks/admin/data-quality" },
        { "POST", $"/api/parks/admin/data-quality/{Unknown}/resolve" },
        { "GET", "/api/parks/admin/audit-log" },
    };

    [Theory]
    [MemberData(nameof(AdminCalls))]
    public async Task Every_admin_call_is_refused_to_anonymous_and_non_admin_callers(string method, string url)
    {
        RealTime();
        HttpRequestMessage Call() => new(new HttpMethod(method), url) { Content = method == "GET" ? null : JsonContent.Create(new { }) };

        (await fixture.Host.CreateRawClient().SendAsync(Call())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await visitor.Client.SendAsync(Call())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Park_edits_need_the_current_version_validate_and_are_audited()
    {
        RealTime();
        var park = await fixture.WithDbAsync(db => db.Parks.AsNoTracking().OrderBy(p => p.Slug).FirstAsync());
        var url = $"/api/parks/admin/parks/{park.Id}";
        (await Admin.PatchAsJsonAsync(url, new { statusModel = "DownOrClosed" })).StatusCode.ShouldBe((HttpStatusCode)428);
        await (await Admin.SendAsync(Patch(url, park.Version + 7, new { statusModel = "DownOrClosed" }))).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        (await Admin.SendAsync(Patch(url, park.Version, new { brand = "sixflags", timeZone = "Mars/Olympus" }))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Admin.SendAsync(Patch($"/api/parks/admin/parks/{Guid.CreateVersion7()}", 0, new { city = "Anaheim" }))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var next = park.StatusModel == Domain.StatusModel.DownOnly ? "DownOrClosed" : "DownOnly";
        var edited = await ApiSeed.Json(await Admin.SendAsync(Patch(url, park.Version, new { statusModel = next, city = "Anaheim", region = "CA" })));

        edited.GetProperty("version").GetInt32().ShouldBe(park.Version + 1);
        var page = await ApiSeed.Json(await fixture.Host.CreateRawClient().GetAsync($"/api/parks/parks/{park.Slug}"));
        page.GetProperty("statusModel").GetString().ShouldBe(next);
        var entry = await fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == park.Id.ToString() && a.Action == "park.edit").SingleAsync());
        entry.Actor.ShouldBe(admin.Email);
        entry.Before!.ShouldContain(park.StatusModel.ToString());
        entry.After!.ShouldContain(next);
        entry.After!.ShouldContain("Anaheim");
    }

    [Fact]
    public async Task Manual_schedules_are_validated_hide_upstream_hours_and_an_empty_list_removes_them()
    {
        RealTime();
        var park = await fixture.WithDbAsync(db => db.Parks.AsNoTracking().OrderByDescending(p => p.Slug).FirstAsync());
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(fixture.Clock.Now, TimeZoneInfo.FindSystemTimeZoneById(park.TimeZone)));
        var url = $"/api/parks/admin/parks/{park.Id}/schedule/{date:yyyy-MM-dd}";
        object Window(string opens, string closes, string type = "OPERATING") => new { type, opensAt = opens, closesAt = closes };

        (await Admin.PutAsJsonAsync(url, new { windows = new[] { Window("09:00", "12:00"), Window("11:00", "18:00") } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Admin.PutAsJsonAsync(url, new { windows = Enumerable.Range(8, 5).Select(h => Window($"{h:00}:00", $"{h:00}:30")) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Admin.PutAsJsonAsync(url, new { windows = new[] { Window("9am", "18:00") } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Admin.PutAsJsonAsync(url, new { windows = new[] { Window("09:00", "18:00", "PARTY") } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await (await Admin.PutAsJsonAsync($"/api/parks/admin/parks/{park.Id}/schedule/15-07-2026", new { windows = Array.Empty<object>() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "INVALID_DATE");
        (await Admin.PutAsJsonAsync($"/api/parks/admin/parks/{Guid.CreateVersion7()}/schedule/{date:yyyy-MM-dd}", new { windows = Array.Empty<object>() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.WithDbAsync(db => db.Schedules.CountAsync(s => s.ParkId == park.Id && s.Origin == "manual"))).ShouldBe(0);

        await ApiSeed.Json(await Admin.PutAsJsonAsync(url, new { windows = new[] { Window("07:00", "11:00"), Window("20:00", "01:00", "EXTRA_HOURS") } }));

        var manual = await fixture.WithDbAsync(db => db.Schedules.AsNoTracking().Where(s => s.ParkId == park.Id && s.Origin == "manual").OrderBy(s => s.OpensAt).ToListAsync());
        manual.Count.ShouldBe(2);
        (manual[1].ClosesAt - manual[1].OpensAt).ShouldBe(TimeSpan.FromHours(5));
        var page = await ApiSeed.Json(await fixture.Host.CreateRawClient().GetAsync($"/api/parks/parks/{park.Slug}"));
        var today = page.GetProperty("hours").EnumerateArray().Where(h => h.GetProperty("date").GetString() == $"{date:yyyy-MM-dd}").ToList();
        today.ShouldNotBeEmpty();
        today.ShouldAllBe(h => h.GetProperty("origin").GetString() == "manual");

        await ApiSeed.Json(await Admin.PutAsJsonAsync(url, new { windows = Array.Empty<object>() }));
        (await fixture.WithDbAsync(db => db.Schedules.CountAsync(s => s.ParkId == park.Id && s.Origin == "manual"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_park_running_without_hours_raises_MISSING_SCHEDULE_and_a_manual_schedule_clears_it()
    {
        var park = await fixture.WithDbAsync(db => db.Parks.AsNoTracking().Where(p => p.TpwId != null).OrderBy(p => p.Slug).Skip(1).FirstAsync());
        await fixture.WithDbAsync(db => db.Schedules.Where(s => s.ParkId == park.Id).ExecuteDeleteAsync());
        // Past the seed's slots, so this is a new collection slot.
        fixture.SetTime(fixture.NextTestTime().AddHours(1));
        (await fixture.CollectSummaryAsync()).Ok.ShouldBeGreaterThan(0);

        var issue = await fixture.WithDbAsync(db => db.Issues.AsNoTracking().SingleAsync(i => i.Type == Issues.MissingSchedule && i.ParkId == park.Id));
        issue.ResolvedAt.ShouldBeNull();

        var collectedAt = fixture.Clock.Now;
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(collectedAt, TimeZoneInfo.FindSystemTimeZoneById(park.TimeZone)));
        RealTime();
        await ApiSeed.Json(await Admin.PutAsJsonAsync($"/api/parks/admin/parks/{park.Id}/schedule/{date:yyyy-MM-dd}",
            new { windows = new[] { new { type = "OPERATING", opensAt = "08:00", closesAt = "22:00" } } }));
        fixture.SetTime(collectedAt.AddMinutes(10));
        await fixture.CollectSummaryAsync();

        (await fixture.WithDbAsync(db => db.Issues.AsNoTracking().SingleAsync(i => i.Id == issue.Id))).ResolvedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Resolving_an_issue_needs_a_note_and_works_once()
    {
        RealTime();
        var id = await fixture.WithDbAsync(async db =>
        {
            var issue = new DataQualityIssue
            {
                Id = Guid.CreateVersion7(),
                Type = Issues.Inconsistent,
                Source = "tpw",
                OpenKey = $"test|{Guid.NewGuid():N}",
                FirstSeenAt = fixture.Clock.Now,
                LastSeenAt = fixture.Clock.Now,
                Occurrences = 1,
            };
            db.Issues.Add(issue);
            await db.SaveChangesAsync();
            await fixture.Services.GetRequiredService<DataVersions>().DataChangedAsync(db, CancellationToken.None);
            return issue.Id;
        });
        var url = $"/api/parks/admin/data-quality/{id}/resolve";
        (await IssueIsOpenInPublicReportAsync(id)).ShouldBe(true);

        (await Admin.PostAsJsonAsync(url, new { note = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await (await Admin.PostAsJsonAsync($"/api/parks/admin/data-quality/{Guid.CreateVersion7()}/resolve", new { note = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound, "ISSUE_NOT_FOUND");
        (await ApiSeed.Json(await Admin.PostAsJsonAsync(url, new { note = "Upstream fixed the feed." }))).GetProperty("resolvedBy").GetString().ShouldBe(admin.Email);
        await (await Admin.PostAsJsonAsync(url, new { note = "again" })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "ALREADY_RESOLVED");
        (await fixture.WithDbAsync(db => db.Issues.AsNoTracking().SingleAsync(i => i.Id == id))).OpenKey.ShouldBeNull();
        (await IssueIsOpenInPublicReportAsync(id)).ShouldBe(false, "the public data-quality answer was served from before the resolution");
    }

    /// <summary>Whether the public, cached data-quality report lists the issue as open.</summary>
    private async Task<bool> IssueIsOpenInPublicReportAsync(Guid id)
    {
        var report = await ApiSeed.Json(await visitor.Client.GetAsync("/api/parks/data-quality"));
        return report.GetProperty("items").EnumerateArray().SelectMany(g => g.GetProperty("issues").EnumerateArray())
            .Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("open").GetBoolean();
    }

    [Fact]
    public async Task Overrides_are_validated_unique_and_a_map_override_wins_over_matching_across_discovery_runs()
    {
        RealTime();
        var (from, to) = await fixture.WithDbAsync(async db =>
        {
            var rides = await db.Rides.AsNoTracking().Where(r => r.TpwId != null && r.QtId != null).OrderBy(r => r.ParkId).ThenBy(r => r.Name).ToListAsync();
            var first = rides.First();
            return (first, rides.First(r => r.ParkId == first.ParkId && r.Id != first.Id));
        });
        var qtId = from.QtId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        const string url = "/api/parks/admin/overrides";

        (await Admin.PostAsJsonAsync(url, new { source = "xx", entityType = "ride", externalId = qtId, action = "map", reason = "r" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await (await Admin.PostAsJsonAsync(url, new { source = "qt", entityType = "ride", externalId = qtId, action = "map", reason = "no target" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "OVERRIDE_TARGET_INVALID");
        var created = await Admin.PostAsJsonAsync(url, new { source = "qt", entityType = "ride", externalId = qtId, action = "map", targetId = to.Id, reason = "Same ride, renamed upstream." });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await Admin.PostAsJsonAsync(url, new { source = "qt", entityType = "ride", externalId = qtId, action = "ignore", reason = "dup" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "OVERRIDE_EXISTS");

        await fixture.DiscoverAsync();
        await fixture.DiscoverAsync();

        var (fromAfter, toAfter) = await fixture.WithDbAsync(async db =>
            (await db.Rides.AsNoTracking().SingleAsync(r => r.Id == from.Id), await db.Rides.AsNoTracking().SingleAsync(r => r.Id == to.Id)));
        toAfter.QtId.ShouldBe(from.QtId);
        fromAfter.QtId.ShouldNotBe(from.QtId);
        fromAfter.TpwId.ShouldBe(from.TpwId);
        var history = await fixture.WithDbAsync(db => db.IdChanges.AsNoTracking().Where(c => c.EntityId == to.Id).ToListAsync());
        history.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.Source.ShouldBe("qt"),
            c => c.OldId.ShouldBe(to.QtId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            c => c.NewId.ShouldBe(qtId),
            c => c.Reason.ShouldBe("override"));

        var list = await ApiSeed.Json(await Admin.GetAsync(url));
        var id = list.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("externalId").GetString() == qtId).GetProperty("id").GetString();
        (await Admin.DeleteAsync($"{url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await Admin.DeleteAsync($"{url}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "OVERRIDE_NOT_FOUND");
    }

    [Fact]
    public async Task An_ignore_override_keeps_an_upstream_ride_out_of_the_catalogue_until_it_is_deleted()
    {
        RealTime();
        var ride = await fixture.WithDbAsync(db => db.Rides.AsNoTracking().Where(r => r.TpwId != null).OrderByDescending(r => r.Name).FirstAsync());
        await fixture.WithDbAsync(db => db.Rides.Where(r => r.Id == ride.Id).ExecuteDeleteAsync());
        var created = await Admin.PostAsJsonAsync("/api/parks/admin/overrides",
            new { source = "tpw", entityType = "ride", externalId = ride.TpwId, action = "ignore", reason = "Not a ride." });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        await fixture.DiscoverAsync();
        (await fixture.WithDbAsync(db => db.Rides.CountAsync(r => r.TpwId == ride.TpwId))).ShouldBe(0);

        var id = (await created.Content.ReadFromJsonAsync<SourceOverride>())!.Id;
        (await Admin.DeleteAsync($"/api/parks/admin/overrides/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await fixture.DiscoverAsync();
        (await fixture.WithDbAsync(db => db.Rides.CountAsync(r => r.TpwId == ride.TpwId))).ShouldBe(1);
    }

    [Fact]
    public async Task Accepting_a_match_candidate_creates_a_map_override_and_dismissing_closes_it()
    {
        RealTime();
        var (accept, dismiss) = await fixture.WithDbAsync(async db =>
        {
            var ride = await db.Rides.AsNoTracking().OrderBy(r => r.Name).FirstAsync();
            MatchCandidate Candidate(string externalId) => new()
            {
                Id = Guid.CreateVersion7(),
                Source = "tpw",
                EntityType = "ride",
                ExternalId = externalId,
                ExternalName = ride.Name + " (new)",
                ParkId = ride.ParkId,
                BestTargetId = ride.Id,
                Score = 0.81,
                Status = "pending",
                CreatedAt = fixture.Clock.Now,
            };
            var a = Candidate($"review-{Guid.NewGuid():N}");
            var d = Candidate($"review-{Guid.NewGuid():N}");
            db.Candidates.AddRange(a, d);
            await db.SaveChangesAsync();
            return (a, d);
        });

        var queue = await ApiSeed.Json(await Admin.GetAsync("/api/parks/admin/match-review"));
        queue.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldContain(accept.Id);

        await ApiSeed.Json(await Admin.PostAsync($"/api/parks/admin/match-review/{accept.Id}/accept", null));
        await (await Admin.PostAsync($"/api/parks/admin/match-review/{accept.Id}/accept", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "CANDIDATE_CLOSED");
        await ApiSeed.Json(await Admin.PostAsync($"/api/parks/admin/match-review/{dismiss.Id}/dismiss", null));
        await (await Admin.PostAsync($"/api/parks/admin/match-review/{Guid.CreateVersion7()}/dismiss", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "CANDIDATE_NOT_FOUND");

        var rule = await fixture.WithDbAsync(db => db.Overrides.AsNoTracking().SingleAsync(o => o.ExternalId == accept.ExternalId));
        rule.Action.ShouldBe("map");
        rule.TargetId.ShouldBe(accept.BestTargetId);
        (await fixture.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == dismiss.Id))).Status.ShouldBe("dismissed");
    }

    /// <summary>Access tokens are checked against real time, so admin calls run with the host clock at real time (the simulator's stays put).</summary>
    private void RealTime() => fixture.Clock.Now = DateTime.UtcNow;

    private static HttpRequestMessage Patch(string url, int version, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return request;
    }
}

public sealed class AdminTestsOnSqlite(AdminSqliteHost f) : AdminTests<AdminSqliteHost>(f);

public sealed class AdminTestsOnPostgres(AdminPostgresHost f) : AdminTests<AdminPostgresHost>(f);

public sealed class AdminTestsOnMySql(AdminMySqlHost f) : AdminTests<AdminMySqlHost>(f);
