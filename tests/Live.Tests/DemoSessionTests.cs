using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Operations;
using Quartet.Live.Sessions;

namespace Quartet.Live.Tests;

/// <summary>The seeded demo session is what a newcomer tries first: its code must join and its QR must draw.</summary>
public abstract class DemoSessionTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task The_seeded_demo_session_is_joinable_by_its_code_and_its_qr_code_is_served()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, new Progress<string>(), CancellationToken.None);
        }

        var anonymous = Host.CreateRawClient();
        var lookup = await (await anonymous.GetAsync($"/api/live/join/{DemoSeeder.DemoCode}")).ReadAsAsync<JsonElement>();
        lookup.GetProperty("joinable").GetBoolean().ShouldBeTrue();

        var qr = await anonymous.GetAsync($"/api/live/join/{JoinCodes.Display(DemoSeeder.DemoCode)}/qr.svg");
        qr.StatusCode.ShouldBe(HttpStatusCode.OK);
        qr.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");

        var phone = await new LiveApi(Host).JoinAsync(DemoSeeder.DemoCode, "Newcomer");
        phone.Nickname.ShouldBe("Newcomer");
    }

    [Theory]
    [InlineData("DEMO42")] // O looks like 0
    [InlineData("ABC12")]
    [InlineData("ABCDE1")] // 1 looks like I
    public void A_chosen_code_outside_the_generated_alphabet_is_refused(string code) =>
        Should.Throw<ArgumentException>(() => JoinCodes.Chosen(code));

    [Fact]
    public void A_chosen_code_is_normalized_like_a_typed_one() => JoinCodes.Chosen("tea-m42").ShouldBe("TEAM42");
}

public sealed class DemoSessionTestsOnSqlite(LiveSqlite fixture) : DemoSessionTests<LiveSqlite>(fixture);

public sealed class DemoSessionTestsOnPostgres(LivePostgres fixture) : DemoSessionTests<LivePostgres>(fixture);

public sealed class DemoSessionTestsOnMySql(LiveMySql fixture) : DemoSessionTests<LiveMySql>(fixture);
