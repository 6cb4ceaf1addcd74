using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Quartet.Live.Reports;

namespace Quartet.Live.Tests;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1", "'+1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("plain", "plain")]
    public void Formula_cells_are_neutralized_and_quoted(string input, string expected) => SummaryAndExport.Cell(input).ShouldBe(expected);
}

public abstract class ExportTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private LiveApi Api => new(fixture.Host);

    [Fact]
    public async Task Exports_never_name_anonymous_authors_and_summary_counts_respondents()
    {
        var s = await Api.CreateSessionAsync(true, new { type = "qna", title = "Ask" }, LiveApi.Poll());
        await s.Host.Client.PostAsync($"/api/live/sessions/{s.Id}/activities/{s.Activities[0]}/open", null);
        var secret = await Api.JoinAsync(s.Code, "Whistleblower");
        var open = await Api.JoinAsync(s.Code, "Openly");
        (await secret.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{s.Activities[0]}/questions", new { text = "=cmd|' /C calc'!A0", anonymous = true })).EnsureSuccessStatusCode();
        (await open.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{s.Activities[0]}/questions", new { text = "Signed question", anonymous = false })).EnsureSuccessStatusCode();

        var csv = await s.Host.Client.GetStringAsync($"/api/live/sessions/{s.Id}/export?format=csv&part=questions");
        csv.ShouldNotContain("Whistleblower");
        csv.ShouldContain("Openly");
        csv.ShouldContain("'=cmd");
        var json = await s.Host.Client.GetStringAsync($"/api/live/sessions/{s.Id}/export?format=json");
        json.ShouldNotContain("Whistleblower");
        var hostSync = await LiveApi.SyncAsync(s.Host.Client, $"/api/live/sessions/{s.Id}/sync");
        hostSync.ToJsonString().ShouldNotContain("Whistleblower");

        var summary = await (await s.Host.Client.GetAsync($"/api/live/sessions/{s.Id}/summary")).ReadAsAsync<JsonElement>();
        summary.GetProperty("participantsJoined").GetInt32().ShouldBe(2);
        summary.GetProperty("activities")[0].GetProperty("respondents").GetInt32().ShouldBe(2);
        await (await s.Host.Client.GetAsync($"/api/live/sessions/{s.Id}/export?format=xml")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "BAD_EXPORT");
    }
}

public sealed class ExportTestsOnSqlite(LiveSqlite fixture) : ExportTests<LiveSqlite>(fixture);

public sealed class ExportTestsOnPostgres(LivePostgres fixture) : ExportTests<LivePostgres>(fixture);
