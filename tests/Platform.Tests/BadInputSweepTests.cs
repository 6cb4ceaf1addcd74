using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Xunit.Abstractions;

namespace Quartet.Platform.Tests;

/// <summary>
/// Reads every app's OpenAPI document and attacks each operation with bad input: malformed JSON, wrong content
/// types, wrong types in every field, huge strings and numbers, negative and zero values, unknown ids, no or wrong
/// credentials. Never a 5xx; every refusal is problem+json with a code; a refused write changes no table.
/// </summary>
public abstract class BadInputSweepTests<TFixture>(TFixture fixture, ITestOutputHelper output) : IClassFixture<TFixture> where TFixture : HostFixture
{
    public static TheoryData<string> Documents => new() { "platform", "shop", "meals", "live", "parks" };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task No_operation_answers_5xx_or_changes_data_when_refusing_bad_input(string document)
    {
        var statuses = new DeclaredStatuses();
        var (sent, failures) = await new BadInputSweep(fixture.Host, statuses).RunAsync(document);
        output.WriteLine($"{document}: {sent} requests, {failures.Count} misbehaved");
        sent.ShouldBeGreaterThan(0);
        failures.ShouldBeEmpty($"{failures.Count} of {sent} requests misbehaved:\n{string.Join("\n", failures.Take(40))}");
        statuses.Undeclared().ShouldBeEmpty($"statuses the {document} document does not declare:\n{string.Join("\n", statuses.Undeclared())}");
        statuses.StaleGaps().ShouldBeEmpty("declared now: delete from tests/openapi/undeclared-statuses.txt");
    }
}

public sealed class BadInputSweepOnSqlite(SqliteHost fixture, ITestOutputHelper output) : BadInputSweepTests<SqliteHost>(fixture, output);

public sealed class BadInputSweepOnPostgres(PostgresHost fixture, ITestOutputHelper output) : BadInputSweepTests<PostgresHost>(fixture, output);

public sealed class BadInputSweepOnMySql(MySqlHost fixture, ITestOutputHelper output) : BadInputSweepTests<MySqlHost>(fixture, output);

public sealed class BadInputSweep(QuartetTestHost host, DeclaredStatuses? statuses = null)
{
    private QuartetTestHost Host => host;

    public async Task<(int Sent, List<string> Failures)> RunAsync(string document)
    {
        var roles = Host.Services.GetRequiredService<RoleCatalog>().All.ToArray();
        var everyRole = await Host.CreateUserAsync(roles);
        var noRole = await Host.CreateUserAsync();
        var anonymous = Host.CreateRawClient();
        var spec = JsonNode.Parse(await (await anonymous.GetAsync($"/openapi/{document}.json")).Content.ReadAsStringAsync())!;
        statuses?.AddDocument(spec);
        var failures = new List<string>();
        var sent = 0;
        // The table counts measured after the last refused write, when no request has been sent since: the next
        // write's "before" (most attacks on a write come one after another, so this halves the counting).
        Dictionary<string, long>? countsNow = null;

        foreach (var (path, method, operation) in Operations(spec))
        {
            if (IsExcluded(path, method))
            {
                continue;
            }

            foreach (var attack in Attacks(spec, path, method, operation))
            {
                foreach (var (who, client) in new[] { ("every role", everyRole.Client), ("no role", noRole.Client), ("anonymous", anonymous) })
                {
                    var before = method == "GET" ? null : countsNow ?? await TableCountsAsync();
                    countsNow = null;
                    using var request = attack.Build();
                    using var response = await client.SendAsync(request);
                    sent++;
                    statuses?.Observe(method, path, (int)response.StatusCode);
                    var label = $"{method} {attack.Description} as {who} → {(int)response.StatusCode}";
                    if ((int)response.StatusCode >= 500 && !await SpecifiedUnavailability.IsSpecifiedAsync(path, response))
                    {
                        failures.Add($"{label}: {Truncate(await response.Content.ReadAsStringAsync())}");
                        continue;
                    }

                    if ((int)response.StatusCode >= 400)
                    {
                        var problem = await ProblemCodeAsync(response);
                        if (problem is not null)
                        {
                            failures.Add($"{label}: {problem}");
                        }

                        if (before is not null)
                        {
                            var after = await TableCountsAsync();
                            countsNow = after;
                            var changed = before.Where(kv => after[kv.Key] != kv.Value).Select(kv => $"{kv.Key} {kv.Value}→{after[kv.Key]}").ToList();
                            if (changed.Count > 0)
                            {
                                failures.Add($"{label} but changed {string.Join(", ", changed)}");
                            }
                        }
                    }
                }
            }
        }

        return (sent, failures);
    }

    /// <summary>
    /// Endpoints whose refusal would end the test's own sessions, that stream indefinitely, or health reports
    /// (whose 503 is a state of the system, not an answer to the input).
    /// </summary>
    private static bool IsExcluded(string path, string method) =>
        path.EndsWith("/logout", StringComparison.Ordinal) || path.EndsWith("/health", StringComparison.Ordinal) || path.EndsWith("/password", StringComparison.Ordinal)
        || path.Contains("/deactivate", StringComparison.Ordinal) || path.Contains("/events", StringComparison.Ordinal)
        || path.Contains("/stream", StringComparison.Ordinal) || (method == "DELETE" && path.Contains("/roles/", StringComparison.Ordinal));

    private sealed record Attack(string Description, Func<HttpRequestMessage> Build);

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode spec)
    {
        foreach (var (path, item) in spec["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "get" or "post" or "put" or "patch" or "delete")
                {
                    yield return (path, method.ToUpperInvariant(), operation!);
                }
            }
        }
    }

    private static IEnumerable<Attack> Attacks(JsonNode spec, string path, string method, JsonNode operation)
    {
        var httpMethod = new HttpMethod(method);
        var parameters = operation["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
        string Url(Func<JsonNode?, string> pathValue, string query = "") =>
            System.Text.RegularExpressions.Regex.Replace(path, "{([^}]+)}", m =>
                Uri.EscapeDataString(pathValue(parameters.FirstOrDefault(p => (string?)p["name"] == m.Groups[1].Value.Split(':')[0])?["schema"]))) + query;

        var validUrl = Url(ValidLooking);
        yield return new($"{validUrl} (unknown ids)", () => new HttpRequestMessage(httpMethod, validUrl));
        foreach (var bad in new[] { "not-an-id", "-1", "0", "99999999999999999999", new string('x', 2000) })
        {
            var url = Url(_ => bad);
            if (url != validUrl)
            {
                yield return new($"{url[..Math.Min(url.Length, 80)]} (bad path value)", () => new HttpRequestMessage(httpMethod, url));
            }
        }

        var queryParameters = parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!).ToList();
        if (queryParameters.Count > 0)
        {
            foreach (var bad in new[] { "-1", "0", "abc", "99999999999999999999", "1e309", new string('x', 5000), "2024-13-45" })
            {
                var query = "?" + string.Join('&', queryParameters.Select(q => $"{q}={Uri.EscapeDataString(bad)}"));
                yield return new($"{validUrl}?…={bad[..Math.Min(bad.Length, 20)]}", () => new HttpRequestMessage(httpMethod, validUrl + query));
            }
        }

        var body = operation["requestBody"]?["content"]?.AsObject();
        if (body is null)
        {
            yield break;
        }

        if (body.ContainsKey("application/json"))
        {
            var schema = Resolve(spec, body["application/json"]!["schema"]);
            yield return new($"{validUrl} malformed JSON", () => Json(httpMethod, validUrl, "{\"broken\": "));
            yield return new($"{validUrl} empty body", () => Json(httpMethod, validUrl, ""));
            yield return new($"{validUrl} JSON null", () => Json(httpMethod, validUrl, "null"));
            yield return new($"{validUrl} wrong top-level type", () => Json(httpMethod, validUrl, schema?["type"]?.ToString() == "array" ? "{}" : "[1,2]"));
            yield return new($"{validUrl} text/plain", () => new HttpRequestMessage(httpMethod, validUrl) { Content = new StringContent("hello", Encoding.UTF8, "text/plain") });
            foreach (var (name, payload) in BodyVariants(spec, schema))
            {
                yield return new($"{validUrl} {name}", () => Json(httpMethod, validUrl, payload));
            }
        }
        else
        {
            yield return new($"{validUrl} JSON instead of {string.Join(",", body.Select(kv => kv.Key))}", () => Json(httpMethod, validUrl, "{\"a\":1}"));
            yield return new($"{validUrl} empty multipart", () => new HttpRequestMessage(httpMethod, validUrl) { Content = new MultipartFormDataContent() });
        }
    }

    private static IEnumerable<(string Name, string Payload)> BodyVariants(JsonNode spec, JsonNode? schema)
    {
        var properties = schema?["properties"]?.AsObject();
        if (properties is null || properties.Count == 0)
        {
            yield break;
        }

        JsonObject Build(Func<JsonNode?, JsonNode?> value)
        {
            var result = new JsonObject();
            foreach (var (name, property) in properties)
            {
                result[name] = value(Resolve(spec, property));
            }

            return result;
        }

        yield return ("wrong types", Build(WrongType).ToJsonString());
        yield return ("huge values", Build(Huge).ToJsonString());
        yield return ("negative and zero values", Build(NegativeOrEmpty).ToJsonString());
        yield return ("missing fields", "{}");
        var extra = Build(ValidLookingNode);
        extra["unexpectedField"] = "surprise";
        extra["id"] = Guid.NewGuid().ToString();
        yield return ("valid-looking with unknown ids and extra fields", extra.ToJsonString());
    }

    private static string TypeOf(JsonNode? schema)
    {
        var type = schema?["type"];
        return type switch
        {
            JsonArray many => many.Select(t => t!.ToString()).FirstOrDefault(t => t != "null") ?? "string",
            null => schema?["properties"] is null ? "string" : "object",
            _ => type.ToString(),
        };
    }

    private static JsonNode? WrongType(JsonNode? schema) => TypeOf(schema) switch
    {
        "string" => JsonValue.Create(12345),
        "integer" or "number" => JsonValue.Create("not a number"),
        "boolean" => JsonValue.Create("not a bool"),
        "array" => new JsonObject { ["not"] = "an array" },
        _ => JsonValue.Create(42),
    };

    private static JsonNode? Huge(JsonNode? schema) => TypeOf(schema) switch
    {
        "string" => JsonValue.Create(new string('x', 100_000)),
        "integer" => JsonValue.Create(long.MaxValue),
        "number" => JsonValue.Create(1e300),
        "array" => new JsonArray([.. Enumerable.Range(0, 10_000).Select(i => (JsonNode?)JsonValue.Create(i))]),
        _ => null,
    };

    private static JsonNode? NegativeOrEmpty(JsonNode? schema) => TypeOf(schema) switch
    {
        "string" => JsonValue.Create(""),
        "integer" or "number" => JsonValue.Create(-1),
        "array" => new JsonArray(),
        _ => null,
    };

    private static JsonNode? ValidLookingNode(JsonNode? schema) => TypeOf(schema) switch
    {
        "string" when schema?["format"]?.ToString() == "uuid" => JsonValue.Create(Guid.NewGuid().ToString()),
        "string" when schema?["format"]?.ToString() == "date-time" => JsonValue.Create("2026-01-01T00:00:00Z"),
        "string" when schema?["format"]?.ToString() == "date" => JsonValue.Create("2026-01-01"),
        "string" => JsonValue.Create("x"),
        "integer" or "number" => JsonValue.Create(1),
        "boolean" => JsonValue.Create(true),
        "array" => new JsonArray(),
        _ => null,
    };

    private static string ValidLooking(JsonNode? schema) => TypeOf(schema) switch
    {
        "integer" or "number" => "123456789",
        _ => schema?["format"]?.ToString() == "uuid" || schema is null ? Guid.NewGuid().ToString() : "unknown-" + Guid.NewGuid().ToString("N")[..8],
    };

    private static JsonNode? Resolve(JsonNode spec, JsonNode? schema)
    {
        for (var depth = 0; depth < 10 && schema?["$ref"] is { } reference; depth++)
        {
            var name = reference.ToString().Split('/').Last();
            schema = spec["components"]?["schemas"]?[name];
        }

        return schema;
    }

    private static HttpRequestMessage Json(HttpMethod method, string url, string payload) =>
        new(method, url) { Content = new StringContent(payload, new MediaTypeHeaderValue("application/json")) };

    private static async Task<string?> ProblemCodeAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"not problem+json but {response.Content.Headers.ContentType?.MediaType ?? "no content type"}";
        }

        try
        {
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return json.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 } ? null : "problem without a code";
        }
        catch (JsonException)
        {
            return "problem body is not JSON";
        }
    }

    /// <summary>
    /// Mails a background watcher writes on its own schedule (the parks incident check, every 5 minutes), which a long
    /// sweep on a loaded machine can see arrive during a refused request.
    /// </summary>
    private static readonly string[] WatcherMailTopics = ["parks.admin-alerts"];

    private async Task<Dictionary<string, long>> TableCountsAsync()
    {
        var counts = new Dictionary<string, long>();
        foreach (var (type, key) in Host.Services.GetRequiredService<ModuleDatabases>().Registrations)
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct()
                .Where(t => t is not ("job_runs" or "job_leases" or "data_protection_keys")).ToList();
            if (tables.Count == 0)
            {
                continue;
            }

            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using (var command = connection.CreateCommand())
            {
                var sql = db.GetService<ISqlGenerationHelper>();
                command.CommandText = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', COUNT(*) FROM {sql.DelimitIdentifier(t)}"
                    + (t == "mail_outbox" ? $" WHERE {sql.DelimitIdentifier("Topic")} NOT IN ('{string.Join("', '", WatcherMailTopics)}')" : "")));
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    counts[$"{key}.{reader.GetString(0)}"] = reader.GetInt64(1);
                }
            }

            await connection.CloseAsync();
        }

        return counts;
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
