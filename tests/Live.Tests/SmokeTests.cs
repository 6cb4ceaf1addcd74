using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Live.Operations;
using Quartet.Platform.Accounts;

namespace Quartet.Live.Tests;

/// <summary><c>quartet live smoke</c> (§6) against a server listening on a real loopback port, with default limits.</summary>
public abstract class SmokeTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Smoke_rehearses_joins_votes_verifies_and_deletes_its_session()
    {
        var output = new StringWriter();
        var before = await SmokeSessionsAsync();

        var exit = await LiveSmoke.RunAsync(Host.Services, Host.BaseAddress!, output, TimeSpan.FromSeconds(90), CancellationToken.None);

        var log = output.ToString();
        exit.ShouldBe(LiveSmoke.Passed, log);
        log.ShouldContain("with 3 bots");
        log.ShouldContain("respondents (the vote and a bot's answer)");
        log.ShouldContain("answered 304");
        log.ShouldContain("SSE stream opened");
        log.ShouldContain("session deleted");
        (await SmokeSessionsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Smoke_exits_2_when_the_server_is_unreachable_and_1_when_a_check_times_out()
    {
        var unreachable = new StringWriter();
        (await LiveSmoke.RunAsync(Host.Services, new Uri("http://127.0.0.1:9/"), unreachable, TimeSpan.FromSeconds(30), CancellationToken.None))
            .ShouldBe(LiveSmoke.CouldNotRun, unreachable.ToString());
        unreachable.ToString().ShouldContain("unreachable");

        var tooSlow = new StringWriter();
        (await LiveSmoke.RunAsync(Host.Services, Host.BaseAddress!, tooSlow, TimeSpan.FromTicks(1), CancellationToken.None))
            .ShouldBe(LiveSmoke.CheckFailed, tooSlow.ToString());
        tooSlow.ToString().ShouldContain("timed out");
    }

    private async Task<int> SmokeSessionsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<AccountService>().FindByEmailAsync(LiveSmoke.AccountEmail, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        return account is null ? 0 : await db.Sessions.CountAsync(s => s.HostUserId == account.Id);
    }
}

public sealed class SmokeTestsOnSqlite(LoopbackSqlite fixture) : SmokeTests<LoopbackSqlite>(fixture);

public sealed class SmokeTestsOnPostgres(LoopbackPostgres fixture) : SmokeTests<LoopbackPostgres>(fixture);

public sealed class SmokeTestsOnMySql(LoopbackMySql fixture) : SmokeTests<LoopbackMySql>(fixture);
