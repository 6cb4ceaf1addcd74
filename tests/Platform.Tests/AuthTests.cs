using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Quartet.Platform.Accounts;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Tests;

public abstract class AuthTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    private static string NewEmail() => $"p{Guid.NewGuid():N}"[..12] + "@example.test";

    [Fact]
    public async Task Register_signs_in_and_me_returns_the_account()
    {
        var client = Host.CreateClient();
        var email = NewEmail();
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password = "abcdefg1", displayName = "Ada" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);

        var me = await (await client.GetAsync("/api/auth/me")).ReadAsAsync<UserView>();
        me.Email.ShouldBe(email);
        me.DisplayName.ShouldBe("Ada");
        me.Roles.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("short1", "password")]
    [InlineData("onlyletters", "password")]
    [InlineData("1234567890", "password")]
    public async Task Register_refuses_weak_passwords_and_creates_nothing(string password, string field)
    {
        var client = Host.CreateClient();
        var email = NewEmail();
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();

        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Register_refuses_a_taken_email_case_insensitively()
    {
        var email = NewEmail();
        (await Host.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = "abcdefg1" })).EnsureSuccessStatusCode();
        var again = await Host.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = email.ToUpperInvariant(), password = "abcdefg1" });
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "EMAIL_TAKEN");
    }

    [Fact]
    public async Task Login_errors_are_generic_for_unknown_email_and_wrong_password()
    {
        var user = await Host.CreateUserAsync();
        var wrongPassword = await Host.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "wrong-pass-1" });
        var unknownEmail = await Host.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = NewEmail(), password = "wrong-pass-1" });
        var a = await wrongPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
        var b = await unknownEmail.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
        a.GetProperty("detail").GetString().ShouldBe(b.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var user = await Host.CreateUserAsync();
        var client = Host.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "wrong-pass-1" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var locked = await client.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = user.Password });
        await locked.ShouldBeProblemAsync(HttpStatusCode.Locked, "ACCOUNT_LOCKED");
        var token = await client.PostAsJsonAsync("/api/auth/token", new { email = user.Email, password = user.Password });
        await token.ShouldBeProblemAsync(HttpStatusCode.Locked, "ACCOUNT_LOCKED");
    }

    [Fact]
    public async Task Logout_ends_the_cookie_session()
    {
        var user = await Host.CreateUserAsync();
        var client = Host.CreateClient();
        await QuartetTestHost.SignInAsync(client, user.Email, user.Password);
        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsync("/api/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await client.GetAsync("/api/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }

    [Fact]
    public async Task The_session_names_the_signed_in_user_and_answers_a_visitor_without_an_error()
    {
        var user = await Host.CreateUserAsync();
        var client = Host.CreateClient();
        var visitor = await (await client.GetAsync("/api/auth/session")).ReadAsAsync<SessionView>();
        visitor.User.ShouldBeNull();

        await QuartetTestHost.SignInAsync(client, user.Email, user.Password);
        var signedIn = await (await client.GetAsync("/api/auth/session")).ReadAsAsync<SessionView>();
        signedIn.User!.Email.ShouldBe(user.Email);
    }

    [Fact]
    public async Task Cookie_writes_without_the_antiforgery_token_are_refused()
    {
        var user = await Host.CreateUserAsync();
        var client = Host.CreateClient();
        await QuartetTestHost.SignInAsync(client, user.Email, user.Password);
        var cookie = await CookieHeaderAsync(client, user);

        var raw = Host.CreateRawClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/password")
        {
            Content = JsonContent.Create(new { currentPassword = user.Password, newPassword = "another-pass-2" }),
        };
        request.Headers.Add("Cookie", cookie);
        await (await raw.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "CSRF_TOKEN_INVALID");

        // The same request through the SPA-like client (which sends X-XSRF-TOKEN) succeeds.
        var ok = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = user.Password, newPassword = "another-pass-2" });
        ok.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Tampered_cookie_and_tampered_token_are_refused()
    {
        var user = await Host.CreateUserAsync();
        var client = Host.CreateClient();
        await QuartetTestHost.SignInAsync(client, user.Email, user.Password);
        var cookie = await CookieHeaderAsync(client, user);
        var tamperedCookie = cookie[..^6] + (cookie[^6] == 'A' ? 'B' : 'A') + cookie[^5..];
        var raw = Host.CreateRawClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", tamperedCookie);
        (await raw.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var token = user.Client.DefaultRequestHeaders.Authorization!.Parameter!;
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, object>>(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(parts[1]))!;
        payload["sub"] = Guid.NewGuid().ToString();
        var forged = $"{parts[0]}.{Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload))}.{parts[2]}";
        var forgedClient = Host.CreateRawClient();
        forgedClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);
        await (await forgedClient.GetAsync("/api/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Expired_tokens_are_refused()
    {
        var user = await Host.CreateUserAsync();
        var account = await Host.Services.CreateScope().ServiceProvider.GetRequiredService<AccountService>().FindAsync(user.Id, default);
        var past = new ShiftedClock(TimeSpan.FromHours(-9));
        var issuer = new TokenIssuer(Host.Services.GetRequiredService<SigningKeys>(), Host.Services.GetRequiredService<IOptions<QuartetOptions>>(), past);
        var client = Host.CreateRawClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Issue(account!).AccessToken);
        await (await client.GetAsync("/api/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var fresh = new TokenIssuer(Host.Services.GetRequiredService<SigningKeys>(), Host.Services.GetRequiredService<IOptions<QuartetOptions>>(), TimeProvider.System);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fresh.Issue(account!).AccessToken);
        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Cookie_and_bearer_resolve_to_the_same_user()
    {
        var user = await Host.CreateUserAsync("shop.employee");
        var cookieClient = Host.CreateClient();
        await QuartetTestHost.SignInAsync(cookieClient, user.Email, user.Password);
        var viaCookie = await (await cookieClient.GetAsync("/api/auth/me")).ReadAsAsync<UserView>();
        var viaToken = await (await user.Client.GetAsync("/api/auth/me")).ReadAsAsync<UserView>();
        viaCookie.ShouldBeEquivalentTo(viaToken);
        viaToken.Roles.ShouldBe(["shop.employee"]);
    }

    [Fact]
    public async Task Admin_endpoints_answer_401_anonymous_403_without_role_and_roles_apply_on_the_next_request()
    {
        await (await Host.CreateRawClient().GetAsync("/api/admin/users")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var user = await Host.CreateUserAsync();
        await (await user.Client.GetAsync("/api/admin/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var admin = await Host.CreateUserAsync(PlatformRoles.Admin);
        (await admin.Client.PostAsJsonAsync($"/api/admin/users/{user.Id}/roles", new { role = "admin" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await user.Client.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.Client.DeleteAsync($"/api/admin/users/{user.Id}/roles/admin")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await user.Client.GetAsync("/api/admin/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Admin_lists_users_grants_unknown_roles_never_and_deactivation_ends_sessions()
    {
        var admin = await Host.CreateUserAsync(PlatformRoles.Admin);
        var user = await Host.CreateUserAsync();
        var page = await (await admin.Client.GetAsync($"/api/admin/users?search={Uri.EscapeDataString(user.Email)}")).ReadAsAsync<JsonElement>();
        page.GetProperty("total").GetInt32().ShouldBe(1);
        page.GetProperty("items")[0].GetProperty("email").GetString().ShouldBe(user.Email);

        await (await admin.Client.PostAsJsonAsync($"/api/admin/users/{user.Id}/roles", new { role = "pirate" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "UNKNOWN_ROLE");
        await (await admin.Client.PostAsJsonAsync($"/api/admin/users/{Guid.NewGuid()}/roles", new { role = "admin" })).ShouldBeProblemAsync(HttpStatusCode.NotFound, "USER_NOT_FOUND");
        await (await admin.Client.GetAsync("/api/admin/users?pageSize=1000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        (await user.Client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.Client.PostAsync($"/api/admin/users/{user.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await user.Client.GetAsync("/api/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var login = await Host.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = user.Password });
        await login.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
        await (await admin.Client.PostAsync($"/api/admin/users/{admin.Id}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "CANNOT_DEACTIVATE_SELF");
    }

    [Fact]
    public async Task Changing_the_password_revokes_other_sessions_and_old_password()
    {
        var user = await Host.CreateUserAsync();
        var browser = Host.CreateClient();
        await QuartetTestHost.SignInAsync(browser, user.Email, user.Password);
        (await browser.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not-it-123", newPassword = "brand-new-9" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.PostAsJsonAsync("/api/auth/password", new { currentPassword = user.Password, newPassword = "brand-new-9" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await browser.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await user.Client.GetAsync("/api/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await Host.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = user.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Host.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "brand-new-9" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_session_cookie_seen_before_still_gets_the_current_roles_and_ends_with_deactivation()
    {
        var user = await Host.CreateUserAsync();
        var admin = await Host.CreateUserAsync(PlatformRoles.Admin);
        var cookie = await CookieHeaderAsync(user.Client, user);
        async Task<HttpResponseMessage> MeAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
            request.Headers.Add("Cookie", cookie);
            return await Host.CreateRawClient().SendAsync(request);
        }

        (await (await MeAsync()).ReadAsAsync<UserView>()).Roles.ShouldBeEmpty();
        (await admin.Client.PostAsJsonAsync($"/api/admin/users/{user.Id}/roles", new { role = "admin" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await MeAsync()).ReadAsAsync<UserView>()).Roles.ShouldBe(["admin"]);
        (await admin.Client.PostAsync($"/api/admin/users/{user.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await MeAsync()).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private async Task<string> CookieHeaderAsync(HttpClient signedIn, TestUser user)
    {
        // Sign in on a raw client to read the Set-Cookie header the browser would keep.
        var raw = Host.CreateRawClient();
        var response = await raw.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = user.Password });
        response.EnsureSuccessStatusCode();
        (await signedIn.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith(AuthSchemes.CookieName, StringComparison.Ordinal)));
    }
}

public sealed class AuthTestsOnSqlite(SqliteHost fixture) : AuthTests<SqliteHost>(fixture);

public sealed class AuthTestsOnPostgres(PostgresHost fixture) : AuthTests<PostgresHost>(fixture);

public sealed class AuthTestsOnMySql(MySqlHost fixture) : AuthTests<MySqlHost>(fixture);

internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
