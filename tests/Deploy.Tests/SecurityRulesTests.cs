using System.Text.Json.Nodes;

namespace Quartet.Deploy.Tests;

/// <summary>
/// Security rules over the synthesized template, in the spirit of cdk-nag's AwsSolutions pack (which exists for
/// TypeScript apps only). Every exception is listed in <see cref="Suppressions"/> with its reason, and an exception
/// that no longer matches anything fails too, so the list cannot rot.
/// </summary>
[Collection(CdkCollection.Name)]
public sealed class SecurityRulesTests(SynthesizedStack stack)
{
    private sealed record Rule(string Id, string ResourceType, string Requirement, Func<JsonObject, bool> Holds);

    private static readonly Rule[] Rules =
    [
        new("S3-1", "AWS::S3::Bucket", "blocks every kind of public access", p =>
            p["PublicAccessBlockConfiguration"] is JsonObject b && new[] { "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets" }.All(k => b[k]?.GetValue<bool>() == true)),
        new("S3-2", "AWS::S3::Bucket", "encrypts objects at rest", p => p["BucketEncryption"] is not null),
        new("S3-3", "AWS::S3::Bucket", "writes server access logs", p => p["LoggingConfiguration"] is not null),
        new("S3-4", "AWS::S3::BucketPolicy", "denies requests without TLS", p =>
            p["PolicyDocument"]!["Statement"]!.AsArray().Any(s => s!["Effect"]!.GetValue<string>() == "Deny" && s.ToJsonString().Contains("aws:SecureTransport", StringComparison.Ordinal))),
        new("RDS-1", "AWS::RDS::DBInstance", "encrypts storage", p => p["StorageEncrypted"]?.GetValue<bool>() == true),
        new("RDS-2", "AWS::RDS::DBInstance", "is not publicly accessible", p => p["PubliclyAccessible"]?.GetValue<bool>() == false),
        new("RDS-3", "AWS::RDS::DBInstance", "keeps backups at least 7 days", p => p["BackupRetentionPeriod"]?.GetValue<int>() >= 7),
        new("RDS-4", "AWS::RDS::DBInstance", "is Multi-AZ with deletion protection", p => p["MultiAZ"]?.GetValue<bool>() == true && p["DeletionProtection"]?.GetValue<bool>() == true),
        new("EC2-1", "AWS::EC2::SecurityGroup", "allows no ingress from the whole internet", p =>
            !(p["SecurityGroupIngress"]?.AsArray() ?? []).Any(i => i!["CidrIp"]?.GetValue<string>() == "0.0.0.0/0" || i["CidrIpv6"]?.GetValue<string>() == "::/0")),
        new("EC2-2", "AWS::EC2::VPC", "has a flow log", _ => true),
        new("ECS-1", "AWS::ECS::TaskDefinition", "runs containers unprivileged with a read-only root and logs", p =>
            p["ContainerDefinitions"]!.AsArray().All(c => c!["Privileged"]?.GetValue<bool>() != true && c["ReadonlyRootFilesystem"]?.GetValue<bool>() == true && c["LogConfiguration"] is not null)),
        new("ECS-2", "AWS::ECS::TaskDefinition", "passes nothing secret-looking as a plain environment variable", p =>
            p["ContainerDefinitions"]!.AsArray().All(c => (c!["Environment"]?.AsArray() ?? []).All(e =>
                !System.Text.RegularExpressions.Regex.IsMatch(e!["Name"]!.GetValue<string>(), "(?i)password|secret|signingkey|token|pwd")))),
        new("ECS-3", "AWS::ECS::Cluster", "has Container Insights", p => p["ClusterSettings"]?.ToJsonString().Contains("containerInsights", StringComparison.Ordinal) == true),
        new("ELB-1", "AWS::ElasticLoadBalancingV2::LoadBalancer", "drops invalid headers and logs access", p =>
            Attribute(p, "routing.http.drop_invalid_header_fields.enabled") == "true" && Attribute(p, "access_logs.s3.enabled") == "true"),
        new("ELB-2", "AWS::ElasticLoadBalancingV2::Listener", "serves HTTPS or only redirects to it", p =>
            p["Protocol"]!.GetValue<string>() == "HTTPS" || p["DefaultActions"]!.AsArray().All(a => a!["Type"]!.GetValue<string>() == "redirect" && a["RedirectConfig"]!["Protocol"]!.GetValue<string>() == "HTTPS")),
        new("IAM-1", "AWS::IAM::Policy", "grants no wildcard action", p =>
            p["PolicyDocument"]!["Statement"]!.AsArray().SelectMany(s => s!["Action"] is JsonArray a ? a.Select(x => x!.GetValue<string>()) : [s["Action"]!.GetValue<string>()]).All(a => a != "*" && !a.EndsWith(":*", StringComparison.Ordinal))),
        new("LOG-1", "AWS::Logs::LogGroup", "has a retention period", p => p["RetentionInDays"] is not null),
        new("SNS-1", "AWS::SNS::Topic", "is encrypted", p => p["KmsMasterKeyId"] is not null),
        new("SM-1", "AWS::SecretsManager::Secret", "is rotated", p => false),
        new("COG-1", "AWS::Cognito::UserPool", "offers MFA and needs passwords of 8+ characters", p =>
            p["MfaConfiguration"]?.GetValue<string>() is "ON" or "OPTIONAL" && p["Policies"]!["PasswordPolicy"]!["MinimumLength"]!.GetValue<int>() >= 8),
    ];

    /// <summary>(rule, logical id prefix) → why the rule does not apply there.</summary>
    private static readonly Dictionary<(string Rule, string Resource), string> Suppressions = new()
    {
        [("EC2-1", "BalancerSecurityGroup")] = "The public load balancer must accept the internet; it listens on 80 (redirect only) and 443.",
        [("S3-3", "AccessLogs")] = "This is the access log bucket; logging it into itself would loop.",
        [("SM-1", "QuartetDatabaseSecret")] = "Tasks read the password at start; rotating it under running tasks breaks their new connections. Rotate by hand with a rolling deploy (deploy/README.md).",
        [("SM-1", "DatabaseConnection")] = "It is assembled at deploy time from the generated password's secret; rotating that password means a redeploy, which rebuilds this value.",
        [("SM-1", "SigningKey")] = "Rotating the signing key signs everyone out and invalidates the stored cookie keys; it is rotated deliberately, not on a timer.",
    };

    [Fact]
    public void The_template_passes_every_rule_or_the_exception_is_justified()
    {
        var violations = new List<string>();
        var used = new HashSet<(string, string)>();
        foreach (var rule in Rules)
        {
            foreach (var (id, properties) in stack.Resources(rule.ResourceType))
            {
                if (rule.Holds(properties) && !(rule.Id == "EC2-2" && !HasFlowLog(id)))
                {
                    continue;
                }

                var suppression = Suppressions.Keys.FirstOrDefault(s => s.Rule == rule.Id && id.StartsWith(s.Resource, StringComparison.Ordinal));
                if (suppression == default)
                {
                    violations.Add($"{rule.Id} {id}: {rule.ResourceType} {rule.Requirement}");
                }
                else
                {
                    used.Add(suppression);
                }
            }
        }

        violations.ShouldBeEmpty();
        Suppressions.Keys.Except(used).ShouldBeEmpty("suppressions that no longer match a violation");
        Suppressions.Values.ShouldAllBe(reason => reason.Length > 40);
    }

    [Fact]
    public void The_rules_catch_what_they_are_for()
    {
        RuleNamed("S3-1").Holds(JsonNode.Parse("""{"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":false,"IgnorePublicAcls":true,"RestrictPublicBuckets":true}}""")!.AsObject()).ShouldBeFalse();
        RuleNamed("EC2-1").Holds(JsonNode.Parse("""{"SecurityGroupIngress":[{"CidrIp":"0.0.0.0/0","FromPort":5432}]}""")!.AsObject()).ShouldBeFalse();
        RuleNamed("ECS-2").Holds(JsonNode.Parse("""{"ContainerDefinitions":[{"Environment":[{"Name":"DB_PASSWORD","Value":"x"}]}]}""")!.AsObject()).ShouldBeFalse();
        RuleNamed("IAM-1").Holds(JsonNode.Parse("""{"PolicyDocument":{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}}""")!.AsObject()).ShouldBeFalse();
        RuleNamed("ELB-2").Holds(JsonNode.Parse("""{"Protocol":"HTTP","DefaultActions":[{"Type":"forward"}]}""")!.AsObject()).ShouldBeFalse();
    }

    private static Rule RuleNamed(string id) => Rules.Single(r => r.Id == id);

    private bool HasFlowLog(string vpcId) =>
        stack.Resources("AWS::EC2::FlowLog").Any(f => f.Properties["ResourceId"]!.ToJsonString().Contains(vpcId, StringComparison.Ordinal));

    private static string? Attribute(JsonObject balancer, string key) =>
        balancer["LoadBalancerAttributes"]?.AsArray().FirstOrDefault(a => a!["Key"]!.GetValue<string>() == key)?["Value"]?.GetValue<string>();
}
