using System.Net;
using System.Text.Json;

namespace Quartet.Platform.Tests;

public abstract class HealthAndDocsTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Liveness_and_readiness_report_each_component()
    {
        var client = Host.CreateRawClient();
        var live = await (await client.GetAsync("/health/live")).ReadAsAsync<JsonElement>();
        live.GetProperty("status").GetString().ShouldBe("Healthy");

        var ready = await (await client.GetAsync("/health/ready")).ReadAsAsync<JsonElement>();
        ready.GetProperty("status").GetString().ShouldBe("Healthy");
        var components = ready.GetProperty("components");
        components.GetProperty("platform-db").GetProperty("status").GetString().ShouldBe("Healthy");
        foreach (var (_, key) in Host.Services.GetRequiredService<Data.ModuleDatabases>().Registrations)
        {
            components.GetProperty($"{key}-db").GetProperty("status").GetString().ShouldBe("Healthy");
        }

        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("platform")]
    [InlineData("shop")]
    [InlineData("meals")]
    [InlineData("live")]
    [InlineData("parks")]
    public async Task Each_app_serves_its_openapi_document(string document)
    {
        var json = await (await Host.CreateRawClient().GetAsync($"/openapi/{document}.json")).ReadAsAsync<JsonElement>();
        json.GetProperty("openapi").GetString()!.ShouldStartWith("3.");
        if (document == "platform")
        {
            json.GetProperty("paths").TryGetProperty("/api/auth/login", out _).ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData("platform")]
    [InlineData("shop")]
    [InlineData("meals")]
    [InlineData("live")]
    [InlineData("parks")]
    public async Task Each_document_names_summarises_and_secures_every_operation(string document)
    {
        var json = await (await Host.CreateRawClient().GetAsync($"/openapi/{document}.json")).ReadAsAsync<JsonElement>();
        var declared = json.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Select(s => s.Name).ToHashSet();
        var used = new HashSet<string>();
        var ids = new List<string>();
        foreach (var path in json.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name} {path.Name}";
                ids.Add(operation.Value.GetProperty("operationId").GetString()!);
                operation.Value.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace(where);
                operation.Value.TryGetProperty("security", out var security).ShouldBeTrue(where);
                used.UnionWith(security.EnumerateArray().SelectMany(requirement => requirement.EnumerateObject().Select(s => s.Name)));
                operation.Value.GetProperty("responses").EnumerateObject().ShouldContain(r => r.Name.StartsWith('2'), where);
            }
        }

        ids.ShouldBeUnique();
        declared.ShouldBe(used, ignoreOrder: true, "a document declares exactly the security schemes its operations use");
        declared.ShouldContain(document == "live" ? "participant" : "cookie");
        json.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .ShouldAllBe(schema => !schema.Name.Contains('<') && !schema.Name.Contains('[') && !schema.Name.Contains("Anonymous"));
    }

    [Fact]
    public async Task Head_on_a_get_endpoint_answers_like_the_get_without_a_body()
    {
        var client = Host.CreateRawClient();
        var get = await client.GetAsync("/api/apps");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/apps"));

        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Content.Headers.ContentType?.MediaType.ShouldBe(get.Content.Headers.ContentType?.MediaType);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        (await get.Content.ReadAsStringAsync()).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Docs_ui_is_served()
    {
        var response = await Host.CreateRawClient().GetAsync("/docs/index.html");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger", Case.Insensitive);
    }
}

public sealed class HealthAndDocsTestsOnSqlite(SqliteHost fixture) : HealthAndDocsTests<SqliteHost>(fixture);

public sealed class HealthAndDocsTestsOnPostgres(PostgresHost fixture) : HealthAndDocsTests<PostgresHost>(fixture);

public sealed class HealthAndDocsTestsOnMySql(MySqlHost fixture) : HealthAndDocsTests<MySqlHost>(fixture);
