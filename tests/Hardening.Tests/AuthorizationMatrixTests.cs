using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Quartet.Platform.Accounts;
using Xunit.Abstractions;

namespace Quartet.Hardening.Tests;

/// <summary>
/// Item 3: every operation of the five OpenAPI documents × {anonymous, signed in without a role, each role alone, the
/// owner, a participant, a participant of another session} against the expectation in <see cref="AuthorizationMatrix"/>.
/// </summary>
public sealed class AuthorizationMatrixTests(SqliteHost fixture, ITestOutputHelper output) : AuthorizationMatrixScenarios<SqliteHost>(fixture, output);

/// <summary>The same matrix on MySQL: ownership and role checks read rows, so the engine's answers count too.</summary>
public sealed class AuthorizationMatrixOnMySqlTests(MySqlHost fixture, ITestOutputHelper output) : AuthorizationMatrixScenarios<MySqlHost>(fixture, output);

public abstract class AuthorizationMatrixScenarios<TFixture>(TFixture fixture, ITestOutputHelper output) : IClassFixture<TFixture>
    where TFixture : HostFixture
{
    private static readonly string[] Documents = ["platform", "shop", "meals", "live", "parks"];

    /// <summary>
    /// Deviations from the specs found by this test and reported to the app owners (docs/reliability.md, "Findings").
    /// Each must still reproduce: when an app is fixed, delete its line.
    /// </summary>
    private static readonly Dictionary<string, string> KnownDeviations = new();

    [Fact]
    public async Task Every_operation_answers_every_identity_as_the_spec_role_tables_say()
    {
        var host = fixture.Host;
        host.Services.GetRequiredService<RoleCatalog>().All.Order().ShouldBe(Identities.Roles.Order(), "a new role needs its identity and rules here");
        var world = await OwnedWorld.CreateAsync(host);
        var identities = new List<(string Name, string[] Roles, Func<string, HttpClient> Client)>
        {
            (Identities.Anonymous, [], _ => host.CreateRawClient()),
            (Identities.NoRole, [], Bearer((await host.CreateUserAsync()).Client)),
            (Identities.Participant, [], _ => world.Participant),
            (Identities.OtherParticipant, [], _ => world.OtherParticipant),
        };
        foreach (var role in Identities.Roles)
        {
            identities.Add((role, [role], Bearer((await host.CreateUserAsync(role)).Client)));
        }

        identities.Add((Identities.Owner, [], app => world.OwnerOf(app).Client));

        var operations = new List<(string Method, string Path, JsonNode Operation)>();
        var statuses = new DeclaredStatuses();
        foreach (var document in Documents)
        {
            var spec = JsonNode.Parse(await host.CreateRawClient().GetStringAsync($"/openapi/{document}.json"))!;
            statuses.AddDocument(spec);
            foreach (var (path, item) in spec["paths"]!.AsObject())
            {
                foreach (var (method, operation) in item!.AsObject())
                {
                    if (method is "get" or "post" or "put" or "patch" or "delete" && !IsStream(path))
                    {
                        operations.Add((method.ToUpperInvariant(), path, operation!));
                    }
                }
            }
        }

        var unplaced = operations.Where(o => AuthorizationMatrix.Find(o.Method, o.Path) is null).Select(o => $"{o.Method} {o.Path}").ToList();
        unplaced.ShouldBeEmpty("operations without a rule in AuthorizationMatrix.Rules");

        var mismatches = new List<string>();
        var seenDeviations = new HashSet<string>();
        var sent = 0;
        foreach (var (method, path, operation) in operations.OrderBy(o => Destructiveness(o.Method, o.Path)))
        {
            var (access, specLine) = AuthorizationMatrix.Find(method, path)!.Value;
            var app = path.Split('/')[2];
            var exactRead = method == "GET" && access is Access.Owned && Regex.IsMatch(path, "{(id|sid)}$");
            var planned = identities.Select(i => (i.Name, i.Client, Expected: AuthorizationMatrix.Expected(access, i.Name, i.Name == Identities.Owner ? world.OwnerRoles(app) : i.Roles, exactRead)));

            // Refusals first, then the callers who may, the owner last: a permitted delete must not hide the refusals.
            foreach (var (name, client, expected) in planned.OrderBy(p => p.Name == Identities.Owner).ThenBy(p => p.Expected == "allowed").ToList())
            {
                var url = world.Url(path, operation, owned: access is Access.Owned or Access.Participant or Access.Presenter or Access.Credential);
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await client(app).SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                statuses.Observe(method, path, status);
                var ownResourceRead = exactRead && name == Identities.Owner;
                var ok = ownResourceRead ? response.IsSuccessStatusCode : AuthorizationMatrix.Matches(expected, await SpecifiedUnavailability.IsSpecifiedAsync(path, response) ? 200 : status);
                var key = $"{method} {path} as {name}";
                if (KnownDeviations.ContainsKey(key))
                {
                    seenDeviations.Add(key);
                    ok = !ok;
                }

                if (!ok)
                {
                    mismatches.Add($"{key}: expected {(ownResourceRead ? "2xx" : expected)}, got {(int)response.StatusCode} ({specLine}) {Truncate(await response.Content.ReadAsStringAsync())}");
                }
            }
        }

        output.WriteLine($"{operations.Count} operations × {identities.Count} identities = {sent} requests, {mismatches.Count} mismatches");
        ReliabilityFigures.Record("authorization matrix", sent, 0, mismatches.Count, 0);
        KnownDeviations.Keys.Except(seenDeviations).ShouldBeEmpty("known deviations whose operation no longer exists");
        mismatches.ShouldBeEmpty($"{mismatches.Count} of {sent}:\n{string.Join("\n", mismatches)}");
        statuses.Undeclared().ShouldBeEmpty($"statuses the documents do not declare:\n{string.Join("\n", statuses.Undeclared())}");
        statuses.StaleGaps().ShouldBeEmpty("declared now: delete from tests/openapi/undeclared-statuses.txt");
    }

    /// <summary>Streams never end; they share the authorization of the sync endpoint beside them, which is tested.</summary>
    private static bool IsStream(string path) => path.EndsWith("/stream", StringComparison.Ordinal);

    /// <summary>Reads and harmless writes first, deletes after, then deleting the session and signing out.</summary>
    private static int Destructiveness(string method, string path) => (method, path) switch
    {
        ("POST", "/api/auth/logout") => 3,
        ("DELETE", "/api/live/sessions/{id}") => 2,
        ("DELETE", _) => 1,
        _ => 0,
    };

    private static Func<string, HttpClient> Bearer(HttpClient client) => _ => client;

    private static string Truncate(string text) => text.Length > 160 ? text[..160] + "…" : text;

    /// <summary>One owner per app with something owned (a shop order, a meal expense, a live session with a participant).</summary>
    private sealed class OwnedWorld
    {
        private readonly Dictionary<string, (TestUser User, string[] Roles)> owners = [];
        private readonly Dictionary<string, string> ownedIds = [];

        public HttpClient Participant { get; private set; } = null!;

        public HttpClient OtherParticipant { get; private set; } = null!;

        public TestUser OwnerOf(string app) => owners.TryGetValue(app, out var owner) ? owner.User : owners["shop"].User;

        public string[] OwnerRoles(string app) => owners.TryGetValue(app, out var owner) ? owner.Roles : owners["shop"].Roles;

        public static async Task<OwnedWorld> CreateAsync(QuartetTestHost host)
        {
            var world = new OwnedWorld();
            var shopAdmin = await host.CreateUserAsync("shop.admin");
            var employee = await host.CreateUserAsync("shop.employee");
            world.owners["shop"] = (employee, ["shop.employee"]);
            (await shopAdmin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = employee.Id, amount = 500, reason = "matrix" })).EnsureSuccessStatusCode();
            var product = await (await shopAdmin.Client.PostAsJsonAsync("/api/shop/admin/products", new { name = "Matrix mug", description = "x", category = "Gadgets", pointsCost = 10, stock = 10, isActive = true })).Content.ReadFromJsonAsync<JsonElement>();
            var order = new HttpRequestMessage(HttpMethod.Post, "/api/shop/orders") { Content = JsonContent.Create(new { productId = product.GetProperty("id").GetGuid(), quantity = 1 }) };
            order.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            var placed = await employee.Client.SendAsync(order);
            placed.EnsureSuccessStatusCode();
            world.ownedIds["/api/shop/orders/{id}"] = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("order").GetProperty("id").GetGuid().ToString();

            var diner = await host.CreateUserAsync();
            world.owners["meals"] = (diner, []);
            var restaurant = await (await diner.Client.PostAsJsonAsync("/api/meals/restaurants", new { name = "Matrix Diner", city = "Town" })).Content.ReadFromJsonAsync<JsonElement>();
            var restaurantId = restaurant.GetProperty("id").GetGuid();
            var expense = await diner.Client.PostAsJsonAsync("/api/meals/expenses", new { restaurantId, amountMinor = 1250, partySize = 1 });
            expense.EnsureSuccessStatusCode();
            world.ownedIds["/api/meals/restaurants/{id}"] = restaurantId.ToString();
            world.ownedIds["/api/meals/expenses/{id}"] = (await expense.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ToString();

            var liveHost = await host.CreateUserAsync("live.host");
            world.owners["live"] = (liveHost, ["live.host"]);
            var (session, activity, code) = await StartSessionAsync(liveHost.Client);
            world.ownedIds["{id}"] = session;
            world.ownedIds["{sid}"] = session;
            world.ownedIds["{aid}"] = activity;
            world.Participant = await JoinAsync(host, code);
            var otherHost = await host.CreateUserAsync("live.host");
            world.OtherParticipant = await JoinAsync(host, (await StartSessionAsync(otherHost.Client)).Code);
            return world;
        }

        /// <summary>
        /// The path with real owned ids where the rule is about ownership (so "not yours" is tested, not "not found"),
        /// and made-up values elsewhere.
        /// </summary>
        public string Url(string path, JsonNode operation, bool owned)
        {
            var parameters = operation["parameters"]?.AsArray() ?? [];
            var prefix = ownedIds.Keys.FirstOrDefault(k => k.StartsWith('/') && path.StartsWith(k, StringComparison.Ordinal));
            var url = owned && prefix is not null ? string.Concat(prefix.AsSpan(0, prefix.LastIndexOf('{')), ownedIds[prefix], path.AsSpan(prefix.Length)) : path;
            return Regex.Replace(url, "{([^}:]+)(:[^}]*)?}", m =>
            {
                if (owned && ownedIds.TryGetValue("{" + m.Groups[1].Value + "}", out var known))
                {
                    return known;
                }

                var schema = parameters.FirstOrDefault(p => (string?)p!["name"] == m.Groups[1].Value)?["schema"];
                if (Regex.Match((string?)schema?["pattern"] ?? "", @"^\^\(([a-z-]+)[|)]") is { Success: true } choice)
                {
                    return choice.Groups[1].Value;
                }

                return (string?)schema?["type"] is "integer" ? "0" : (string?)schema?["format"] == "uuid" ? Guid.NewGuid().ToString() : m.Groups[1].Value switch
                {
                    "role" => "shop.admin",
                    "code" => "ABC234",
                    _ => Guid.NewGuid().ToString(),
                };
            });
        }

        private static async Task<(string Session, string Activity, string Code)> StartSessionAsync(HttpClient host)
        {
            var session = await (await host.PostAsJsonAsync("/api/live/sessions", new { title = "Matrix session" })).Content.ReadFromJsonAsync<JsonElement>();
            var id = session.GetProperty("id").GetGuid();
            var activity = await (await host.PostAsJsonAsync($"/api/live/sessions/{id}/activities", new
            {
                type = "poll",
                title = "Which?",
                resultsMode = "live",
                config = new { options = new[] { "A", "B" }, allowChange = true },
            })).Content.ReadFromJsonAsync<JsonElement>();
            (await host.PostAsync($"/api/live/sessions/{id}/start", null)).EnsureSuccessStatusCode();
            return (id.ToString(), activity.GetProperty("id").GetGuid().ToString(), session.GetProperty("code").GetString()!);
        }

        private static async Task<HttpClient> JoinAsync(QuartetTestHost host, string code)
        {
            var joined = await host.CreateRawClient().PostAsJsonAsync("/api/live/join", new { code, nickname = "Matrix phone" });
            joined.EnsureSuccessStatusCode();
            var client = host.CreateRawClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Participant", (await joined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
            return client;
        }
    }
}
