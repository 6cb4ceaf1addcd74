using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Live.Operations;

namespace Quartet.Live.Tests;

/// <summary>The demo seed and the idle auto-end job at moments where date arithmetic breaks (month ends, a leap day, DST switches, the turn of the year).</summary>
public abstract class CalendarTests(TestProvider provider)
{
    [Theory]
    [MemberData(nameof(CalendarDates.Names), MemberType = typeof(CalendarDates))]
    public async Task The_demo_session_is_live_at_any_date_and_ends_only_after_the_idle_time(string moment)
    {
        var now = CalendarDates.Utc(moment);
        var clock = new TestClock(now);
        await using var host = await QuartetTestHost.StartAsync(provider, modules: [new LiveModule()], clock: clock);
        for (var run = 0; run < 2; run++)
        {
            await DemoSeeder.SeedAsync(host.Services, new Progress<string>(), CancellationToken.None);
        }

        async Task<LiveSession> DemoAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<LiveDb>().Sessions.AsNoTracking().SingleAsync(s => s.Code == DemoSeeder.DemoCode);
        }

        var demo = await DemoAsync();
        demo.Status.ShouldBe(SessionStatus.Live);
        demo.StartedAt.ShouldBe(now.UtcDateTime);

        clock.Advance(TimeSpan.FromHours(11));
        await LiveCommands.AutoEndAsync(host.Services, CancellationToken.None);
        (await DemoAsync()).Status.ShouldBe(SessionStatus.Live, "idle for less than the auto-end time");

        clock.Advance(TimeSpan.FromHours(2));
        await LiveCommands.AutoEndAsync(host.Services, CancellationToken.None);
        var ended = await DemoAsync();
        ended.Status.ShouldBe(SessionStatus.Ended);
        ended.EndedAt.ShouldBe(clock.GetUtcNow().UtcDateTime);
    }
}

public sealed class CalendarTestsOnSqlite() : CalendarTests(TestProvider.Sqlite);

public sealed class CalendarTestsOnPostgres() : CalendarTests(TestProvider.Postgres);

public sealed class CalendarTestsOnMySql() : CalendarTests(TestProvider.MySql);
