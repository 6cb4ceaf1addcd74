using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Quartet.Platform.Tests;

public sealed class PasswordSignInOffHost : SqliteHost
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Quartet:Auth:PasswordSignIn"] = "false" };
}

/// <summary><c>Quartet:Auth:PasswordSignIn=false</c>: no password reaches a session or a token, and the sign-in page is told so.</summary>
public sealed class PasswordSignInSwitchTests(PasswordSignInOffHost fixture) : IClassFixture<PasswordSignInOffHost>
{
    [Fact]
    public async Task Login_token_and_registration_are_refused_and_the_methods_say_so()
    {
        var client = fixture.Host.CreateClient();
        (await client.GetAsync("/api/auth/csrf")).EnsureSuccessStatusCode();
        var credentials = new { email = "someone@example.test", password = "test-pass-1" };
        await (await client.PostAsJsonAsync("/api/auth/register", credentials)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "REGISTRATION_CLOSED");
        await (await client.PostAsJsonAsync("/api/auth/login", credentials)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "PASSWORD_SIGN_IN_DISABLED");
        await (await client.PostAsJsonAsync("/api/auth/token", credentials)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "PASSWORD_SIGN_IN_DISABLED");

        var methods = await client.GetFromJsonAsync<JsonElement>("/api/auth/methods");
        methods.GetProperty("password").GetBoolean().ShouldBeFalse();
        methods.GetProperty("external").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
