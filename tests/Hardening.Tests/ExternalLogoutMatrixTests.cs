using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Quartet.Platform.Accounts;

namespace Quartet.Hardening.Tests;

/// <summary>
/// The authorization matrix's row for <c>POST /api/auth/external/logout</c>, which exists only when an OpenID Connect
/// provider is configured: a host signed up with the local provider (npm oidc-provider, tests/servers/oidc-server.mjs)
/// answers anonymous and Bearer callers as the matrix says, refuses a cookie session without the right antiforgery
/// token (the session stays), and with it ends the session and points the browser at the provider's end-session page.
/// </summary>
public sealed class ExternalLogoutMatrixTests
{
    private const string Path = "/api/auth/external/logout";
    private const string ClientSecret = "quartet-matrix-client-secret-0123456789";

    [Fact]
    public async Task External_logout_answers_anonymous_bearer_and_cookie_callers_as_the_matrix_and_the_antiforgery_rule_say()
    {
        var port = LocalServer.FreePort();
        var authority = $"http://localhost:{port}";
        await using var provider = await LocalServer.StartAsync("oidc-server.mjs", [], port, new Dictionary<string, string>
        {
            ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OIDC_CLIENT"] = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["client_id"] = "quartet",
                ["client_secret"] = ClientSecret,
                ["redirect_uris"] = new[] { "http://quartet.test/signin-oidc" },
                ["post_logout_redirect_uris"] = new[] { "http://quartet.test/signout-callback-oidc" },
            }),
            ["OIDC_USERS"] = "[]",
        });
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Quartet:Auth:External:Authority"] = authority,
            ["Quartet:Auth:External:ClientId"] = "quartet",
            ["Quartet:Auth:External:ClientSecret"] = ClientSecret,
            ["Quartet:Auth:External:RequireHttpsMetadata"] = "false",
        });
        var spec = JsonNode.Parse(await host.CreateRawClient().GetStringAsync("/openapi/platform.json"))!;
        spec["paths"]![Path]?["post"].ShouldNotBeNull("the operation is in the platform document once a provider is configured");
        var (access, _) = AuthorizationMatrix.Find("POST", Path).ShouldNotBeNull();

        using (var anonymous = await host.CreateRawClient().PostAsync(Path, null))
        {
            AuthorizationMatrix.Matches(AuthorizationMatrix.Expected(access, Identities.Anonymous, [], exactRead: false), (int)anonymous.StatusCode).ShouldBeTrue($"{anonymous.StatusCode}");
        }

        var user = await host.CreateUserAsync();
        using (var bearer = await user.Client.PostAsync(Path, null))
        {
            AuthorizationMatrix.Matches(AuthorizationMatrix.Expected(access, Identities.NoRole, [], exactRead: false), (int)bearer.StatusCode).ShouldBeTrue($"{bearer.StatusCode}");
        }

        var jar = new Dictionary<string, string>();
        var raw = host.CreateRawClient();
        Keep(jar, await raw.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email = user.Email, password = user.Password }) }, jar)));
        jar.ShouldContainKey(AuthSchemes.CookieName);
        jar.ShouldContainKey(AntiforgerySetup.ReadableCookieName);

        foreach (var header in new string?[] { null, "not-the-token" })
        {
            var refused = WithCookies(new HttpRequestMessage(HttpMethod.Post, Path), jar);
            if (header is not null)
            {
                refused.Headers.Add(AntiforgerySetup.HeaderName, header);
            }

            await (await raw.SendAsync(refused)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "CSRF_TOKEN_INVALID");
            (await raw.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Get, "/api/auth/me"), jar))).StatusCode.ShouldBe(HttpStatusCode.OK, "a refused sign-out leaves the session");
        }

        var genuine = WithCookies(new HttpRequestMessage(HttpMethod.Post, Path), jar);
        genuine.Headers.Add(AntiforgerySetup.HeaderName, jar[AntiforgerySetup.ReadableCookieName]);
        var signedOut = await raw.SendAsync(genuine);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.OK, await signedOut.Content.ReadAsStringAsync());
        (await signedOut.Content.ReadFromJsonAsync<ExternalSignOut>())!.RedirectUrl.ShouldStartWith(authority);
        Keep(jar, signedOut);
        jar.ShouldNotContainKey(AuthSchemes.CookieName);
        (await raw.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Get, "/api/auth/me"), jar))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static HttpRequestMessage WithCookies(HttpRequestMessage request, Dictionary<string, string> jar)
    {
        if (jar.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
        }

        return request;
    }

    /// <summary>Applies the answer's Set-Cookie headers: new values replace old ones, expired or emptied cookies go.</summary>
    private static void Keep(Dictionary<string, string> jar, HttpResponseMessage response)
    {
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0];
            var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
            var value = pair[(name.Length + 1)..];
            var expired = header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
            if (expired || value.Length == 0)
            {
                jar.Remove(name);
            }
            else
            {
                jar[name] = value;
            }
        }
    }
}
