using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Quartet.Platform.Tests;

/// <summary>
/// cognito-local (npm) as the external issuer: a user pool with two app clients, a user in group <c>staff</c>, and a
/// second pool. cognito-local only works as <c>localhost:9229</c>, so this class owns that port.
/// </summary>
public sealed class CognitoLocal : IAsyncLifetime
{
    public const string Endpoint = "http://localhost:9229";
    public const string Password = "Passw0rd!";

    private static readonly HttpClient Http = new();
    private LocalServer? server;

    public string PoolId { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    public string OtherClientId { get; private set; } = "";

    public string OtherPoolClientId { get; private set; } = "";

    public string Authority => $"{Endpoint}/{PoolId}";

    public async Task InitializeAsync()
    {
        server = await LocalServer.StartAsync("node_modules/cognito-local/lib/bin/start.js", [], 9229,
            new Dictionary<string, string> { ["PORT"] = "9229", ["HOST"] = "localhost" }, TestDatabases.NewTempFolder("quartet-cognito"));
        PoolId = await CreatePoolAsync("quartet");
        ClientId = await CreateClientAsync(PoolId, "web");
        OtherClientId = await CreateClientAsync(PoolId, "someone-else");
        var otherPool = await CreatePoolAsync("other");
        OtherPoolClientId = await CreateClientAsync(otherPool, "web");
        foreach (var pool in new[] { PoolId, otherPool })
        {
            await CallAsync("AdminCreateUser", new
            {
                UserPoolId = pool,
                Username = "ann@example.test",
                TemporaryPassword = Password,
                MessageAction = "SUPPRESS",
                UserAttributes = new[] { new { Name = "email", Value = "ann@example.test" }, new { Name = "email_verified", Value = "true" } },
            });
            await CallAsync("AdminSetUserPassword", new { UserPoolId = pool, Username = "ann@example.test", Password, Permanent = true });
            await CallAsync("CreateGroup", new { UserPoolId = pool, GroupName = "staff" });
            await CallAsync("AdminAddUserToGroup", new { UserPoolId = pool, Username = "ann@example.test", GroupName = "staff" });
        }
    }

    /// <summary>An access token from cognito-local's own sign-in (USER_PASSWORD_AUTH) through the given app client.</summary>
    public async Task<string> AccessTokenAsync(string clientId)
    {
        var result = await CallAsync("InitiateAuth", new
        {
            ClientId = clientId,
            AuthFlow = "USER_PASSWORD_AUTH",
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "ann@example.test", ["PASSWORD"] = Password },
        });
        return result.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString()!;
    }

    /// <summary>cognito-local's RS256 signing key, shipped in its package (as its JWKS publishes the public half).</summary>
    public static RSA SigningKey()
    {
        var pem = JsonDocument.Parse(File.ReadAllText(Path.Combine(LocalServer.Folder, "node_modules/cognito-local/lib/keys/cognitoLocal.private.json")))
            .RootElement.GetProperty("pem").GetString()!;
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa;
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private async Task<string> CreatePoolAsync(string name) =>
        (await CallAsync("CreateUserPool", new { PoolName = name })).GetProperty("UserPool").GetProperty("Id").GetString()!;

    private async Task<string> CreateClientAsync(string pool, string name) =>
        (await CallAsync("CreateUserPoolClient", new { UserPoolId = pool, ClientName = name })).GetProperty("UserPoolClient").GetProperty(nameof(ClientId)).GetString()!;

    private static async Task<JsonElement> CallAsync(string action, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint + "/") { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.Add("X-Amz-Target", "AWSCognitoIdentityProviderService." + action);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{action}: {text}");
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
    }
}

/// <summary>Access tokens of a Cognito-compatible server (cognito-local) on the API: accepted when right, 401 otherwise.</summary>
public sealed class CognitoLocalTests(CognitoLocal cognito) : IClassFixture<CognitoLocal>, IAsyncLifetime
{
    private QuartetTestHost? host;

    public async Task InitializeAsync() => host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?>
    {
        ["Quartet:Auth:External:Authority"] = cognito.Authority,
        ["Quartet:Auth:External:Audience"] = cognito.ClientId,
        ["Quartet:Auth:External:RequireHttpsMetadata"] = "false",
        ["Quartet:Auth:External:GroupsClaim"] = "cognito:groups",
        ["Quartet:Auth:External:GroupRoles:staff:0"] = "shop.employee",
    });

    public async Task DisposeAsync() => await host!.DisposeAsync();

    [Fact]
    public async Task An_access_token_of_the_configured_pool_and_client_is_accepted_with_its_groups_as_roles()
    {
        var me = await ClientWith(await cognito.AccessTokenAsync(cognito.ClientId)).GetAsync("/api/auth/me");
        me.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["shop.employee"]);
    }

    [Fact]
    public async Task A_token_of_another_app_client_is_401() =>
        (await ClientWith(await cognito.AccessTokenAsync(cognito.OtherClientId)).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_of_another_user_pool_is_401() =>
        (await ClientWith(await cognito.AccessTokenAsync(cognito.OtherPoolClientId)).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task An_expired_token_signed_with_the_pools_own_key_is_401()
    {
        var valid = await cognito.AccessTokenAsync(cognito.ClientId);
        using var key = CognitoLocal.SigningKey();
        var expired = Resign(valid, payload =>
        {
            payload["iat"] = DateTimeOffset.UtcNow.AddHours(-2).ToUnixTimeSeconds();
            payload["exp"] = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds();
        }, key);
        var control = Resign(valid, _ => { }, key);

        (await ClientWith(control).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "re-signing alone keeps the token valid");
        (await ClientWith(expired).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_with_alg_none_is_401()
    {
        var parts = (await cognito.AccessTokenAsync(cognito.ClientId)).Split('.');
        var none = WebEncoders.Base64UrlEncode("""{"alg":"none","typ":"JWT","kid":"CognitoLocal"}"""u8.ToArray()) + "." + parts[1] + ".";
        (await ClientWith(none).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_under_the_pools_key_id_is_401()
    {
        using var other = RSA.Create(2048);
        var forged = Resign(await cognito.AccessTokenAsync(cognito.ClientId), _ => { }, other);
        (await ClientWith(forged).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private HttpClient ClientWith(string token)
    {
        var client = host!.CreateRawClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The token's header and (edited) payload, signed RS256 with <paramref name="key"/>.</summary>
    private static string Resign(string token, Action<JsonObject> edit, RSA key)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(WebEncoders.Base64UrlDecode(parts[1]))!.AsObject();
        edit(payload);
        var signed = parts[0] + "." + WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signed + "." + WebEncoders.Base64UrlEncode(signature);
    }
}
