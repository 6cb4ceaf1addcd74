using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Quartet.Deploy.Tests;

/// <summary>deploy/compose.yml agrees with the image (deploy/Dockerfile) and the app's settings.</summary>
public sealed class ComposeTests
{
    private static readonly string Deploy = Path.Combine(TestDatabases.RepositoryRoot, "deploy");
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(Deploy, "Dockerfile"));
    private static readonly YamlMappingNode Services = LoadServices();

    [Fact]
    public void Services_are_the_database_a_one_shot_migration_and_the_app()
    {
        Services.Children.Keys.Select(k => k.ToString()).ShouldBe(["postgres", "migrate", "quartet"]);
        Scalars(Service("migrate")["command"]).ShouldBe(["migrate"]);
        Service("quartet")["depends_on"]["migrate"]["condition"].ToString().ShouldBe("service_completed_successfully");
        Service("migrate")["depends_on"]["postgres"]["condition"].ToString().ShouldBe("service_healthy");
        foreach (var app in new[] { "migrate", "quartet" })
        {
            Service(app)["build"]["dockerfile"].ToString().ShouldBe("deploy/Dockerfile");
        }
    }

    [Fact]
    public void The_published_port_is_the_port_the_image_listens_on()
    {
        var exposed = Regex.Match(Dockerfile, @"^EXPOSE (\d+)", RegexOptions.Multiline).Groups[1].Value;
        Dockerfile.ShouldContain($"ASPNETCORE_URLS=http://0.0.0.0:{exposed}");
        Scalars(Service("quartet")["ports"]).ShouldBe([$"{exposed}:{exposed}"]);
        Scalars(Service("quartet")["healthcheck"]["test"]).Last().ShouldContain($"/dev/tcp/127.0.0.1/{exposed}");
    }

    [Fact]
    public void Both_app_services_get_the_database_and_the_signing_key_and_write_only_to_the_data_volume()
    {
        var dataDir = Regex.Match(Dockerfile, @"Quartet__DataDir=(\S+)").Groups[1].Value;
        Dockerfile.ShouldContain($"VOLUME [\"{dataDir}\"]");
        foreach (var app in new[] { "migrate", "quartet" })
        {
            var environment = (YamlMappingNode)Service(app)["environment"];
            var keys = environment.Children.Keys.Select(k => k.ToString()).ToList();
            keys.ShouldBe(["Quartet__Database__Engine", "ConnectionStrings__Default", "Quartet__Auth__SigningKey"], ignoreOrder: true);
            environment["Quartet__Database__Engine"].ToString().ShouldBe("postgres", "the compose database service is PostgreSQL");
            environment["ConnectionStrings__Default"].ToString().ShouldStartWith("Host=postgres;Database=quartet;");
            Service(app)["read_only"].ToString().ShouldBe("true");
            Scalars(Service(app)["volumes"]).ShouldBe([$"data:{dataDir}"]);
        }
    }

    [Fact]
    public void Health_checks_ask_the_database_and_the_apps_load_balancer_endpoint()
    {
        Scalars(Service("postgres")["healthcheck"]["test"]).Last().ShouldContain("pg_isready");
        var test = Scalars(Service("quartet")["healthcheck"]["test"]).Last();
        test.ShouldContain("GET /health HTTP/1.0");
        Dockerfile.ShouldContain("FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime", Case.Sensitive, "bash is in the Debian-based runtime image");
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    private static List<string> Scalars(YamlNode node) => [.. ((YamlSequenceNode)node).Children.Select(c => c.ToString())];

    private static YamlMappingNode LoadServices()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Deploy, "compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }
}
