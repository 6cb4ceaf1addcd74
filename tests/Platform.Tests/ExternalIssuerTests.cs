using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Quartet.Platform.Accounts;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Tests;

/// <summary>A stand-in OpenID issuer on loopback: discovery document and JWKS for a key pair made by the test.</summary>
public sealed class LoopbackIssuer : IAsyncLifetime
{
    private WebApplication? app;

    public RSA Key { get; } = RSA.Create(2048);

    public string Authority { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(Key.ExportParameters(false)) { KeyId = "test-key" });
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["jwks_uri"] = Authority + "/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () => Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } }));
        await app.StartAsync();
        Authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public string Token(string audience, string subject, string? email, string[] groups, RSA? signWith = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject, ["cognito:groups"] = groups, ["token_use"] = "access" };
        if (email is not null)
        {
            claims["email"] = email;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signWith ?? Key) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        Key.Dispose();
    }
}

public sealed class ExternalIssuerTests(LoopbackIssuer issuer) : IClassFixture<LoopbackIssuer>, IAsyncLifetime
{
    private QuartetTestHost? host;

    public async Task InitializeAsync() => host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?>
    {
        ["Quartet:Auth:External:Authority"] = issuer.Authority,
        ["Quartet:Auth:External:Audience"] = "quartet-api",
        ["Quartet:Auth:External:RequireHttpsMetadata"] = "false",
        ["Quartet:Auth:External:GroupsClaim"] = "cognito:groups",
        ["Quartet:Auth:External:GroupRoles:hr-admins:0"] = "admin",
        ["Quartet:Auth:External:GroupRoles:hr-admins:1"] = "shop.admin",
        ["Quartet:Auth:External:GroupRoles:staff:0"] = "shop.employee",
    });

    public async Task DisposeAsync() => await host!.DisposeAsync();

    private HttpClient ClientWith(string token)
    {
        var client = host!.CreateRawClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Issuer_tokens_map_groups_to_roles_and_link_a_local_account()
    {
        var client = ClientWith(issuer.Token("quartet-api", "cognito-sub-1", "hr@example.test", ["hr-admins"]));
        var me = await (await client.GetAsync("/api/auth/me")).ReadAsAsync<JsonElement>();
        me.GetProperty("email").GetString().ShouldBe("hr@example.test");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["admin", "shop.admin"], ignoreOrder: true);
        (await client.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await (await client.GetAsync("/api/auth/me")).ReadAsAsync<JsonElement>();
        again.GetProperty("id").GetString().ShouldBe(me.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Issuer_tokens_without_an_admin_group_get_403_on_admin_endpoints()
    {
        var client = ClientWith(issuer.Token("quartet-api", "cognito-sub-2", "staff@example.test", ["staff"]));
        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.GetAsync("/api/admin/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Wrong_audience_is_refused() =>
        await (await ClientWith(issuer.Token("someone-else", "cognito-sub-3", null, ["hr-admins"])).GetAsync("/api/auth/me"))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_signed_by_another_key_is_refused()
    {
        using var other = RSA.Create(2048);
        await (await ClientWith(issuer.Token("quartet-api", "cognito-sub-4", null, ["hr-admins"], other)).GetAsync("/api/auth/me"))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Leaving_a_group_takes_its_roles_away_on_the_next_token()
    {
        var asAdmin = await (await ClientWith(issuer.Token("quartet-api", "cognito-sub-5", "mover@example.test", ["hr-admins"])).GetAsync("/api/auth/me")).ReadAsAsync<JsonElement>();
        asAdmin.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["admin", "shop.admin"], ignoreOrder: true);

        var asStaff = await (await ClientWith(issuer.Token("quartet-api", "cognito-sub-5", "mover@example.test", ["staff"])).GetAsync("/api/auth/me")).ReadAsAsync<JsonElement>();
        asStaff.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["shop.employee"]);
    }

    [Fact]
    public async Task A_browser_sign_in_revokes_the_roles_of_groups_left_and_keeps_roles_granted_in_quartet()
    {
        var external = host!.Services.GetRequiredService<IOptions<QuartetOptions>>().Value.Auth.External;
        var firstAdmin = await host.CreateUserAsync("admin");
        Guid userId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            userId = (await accounts.LinkExternalAsync(issuer.Authority + "|cognito-sub-6", "leaver@example.test", emailVerified: true, CancellationToken.None)).Id;
            await accounts.GrantRoleAsync(userId, "meals.admin", CancellationToken.None);
        }

        await SignInWithGroupsAsync(external, userId, "hr-admins", "staff");
        (await RolesAsync(userId)).ShouldBe(["admin", "meals.admin", "shop.admin", "shop.employee"], ignoreOrder: true);

        await SignInWithGroupsAsync(external, userId, "staff");
        (await RolesAsync(userId)).ShouldBe(["meals.admin", "shop.employee"], ignoreOrder: true);

        await SignInWithGroupsAsync(external, userId);
        (await RolesAsync(userId)).ShouldBe(["meals.admin"]);

        await SignInWithGroupsAsync(external, userId, "hr-admins");
        (await RolesAsync(userId)).ShouldBe(["admin", "meals.admin", "shop.admin"], ignoreOrder: true);
        firstAdmin.Id.ShouldNotBe(userId);
    }

    /// <summary>What a browser sign-in does with the provider's groups, in its own request scope.</summary>
    private async Task SignInWithGroupsAsync(ExternalIssuerOptions external, Guid userId, params string[] groups)
    {
        await using var scope = host!.Services.CreateAsyncScope();
        await BrowserSignIn.ApplyGroupRolesAsync(scope.ServiceProvider.GetRequiredService<AccountService>(), userId, Groups(external, groups), external, CancellationToken.None);
    }

    private static ClaimsPrincipal Groups(ExternalIssuerOptions external, params string[] groups) =>
        new(new ClaimsIdentity(groups.Select(g => new Claim(external.GroupsClaim, g)), "test"));

    private async Task<List<string>> RolesAsync(Guid userId)
    {
        await using var scope = host!.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<AccountService>().FindAsync(userId, CancellationToken.None);
        return user!.Roles.Select(r => r.Role).ToList();
    }

    [Fact]
    public async Task Local_accounts_keep_working_beside_the_issuer()
    {
        var user = await host!.CreateUserAsync();
        (await user.Client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

