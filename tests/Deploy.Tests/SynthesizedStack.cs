using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using Quartet.Aws;

namespace Quartet.Deploy.Tests;

/// <summary>The stack synthesized in-process with deploy/aws/cdk.json's context (offline: no lookups, no credentials).</summary>
public sealed class SynthesizedStack
{
    public static readonly string AwsFolder = Path.Combine(TestDatabases.RepositoryRoot, "deploy", "aws");

    public SynthesizedStack() : this(null)
    {
    }

    private SynthesizedStack(string? databaseEngine)
    {
        var context = JsonNode.Parse(File.ReadAllText(Path.Combine(AwsFolder, "cdk.json")))!["context"]!.AsObject()
            .ToDictionary(p => p.Key, p => (object)(p.Value is JsonArray array ? array.Select(v => v!.GetValue<string>()).ToArray() : p.Value is JsonValue v && v.TryGetValue<bool>(out var b) ? b : p.Value!.GetValue<string>()));
        if (databaseEngine is not null)
        {
            context["databaseEngine"] = databaseEngine;
        }

        var app = new App(new AppProps { Context = context, Outdir = TestDatabases.NewTempFolder("quartet-cdk") });
        Stack = QuartetStack.Create(app, Host.Modules.All);
        Template = Template.FromStack(Stack);
        Json = JsonNode.Parse(JsonSerializer.Serialize(Template.ToJSON()))!.AsObject();
    }

    public QuartetStack Stack { get; }

    public Template Template { get; }

    /// <summary>The CloudFormation template as JSON, for rules that walk every resource.</summary>
    public JsonObject Json { get; }

    public static SynthesizedStack WithEngine(string engine) => new(engine);

    public IEnumerable<(string Id, JsonObject Properties)> Resources(string type) =>
        Json["Resources"]!.AsObject()
            .Where(r => r.Value!["Type"]!.GetValue<string>() == type)
            .Select(r => (r.Key, r.Value!["Properties"]?.AsObject() ?? []));
}

/// <summary>The jsii runtime behind the CDK is one process-wide pipe that is not thread-safe: CDK tests run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class CdkCollection : ICollectionFixture<SynthesizedStack>
{
    public const string Name = "cdk";
}
