using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using Quartet.Aws;

namespace Quartet.Deploy.Tests;

/// <summary>What the seeds promise about the AWS deployment, asserted on the synthesized template.</summary>
[Collection(CdkCollection.Name)]
public sealed class AwsStackTests(SynthesizedStack stack)
{
    [Fact]
    public async Task Every_job_of_the_command_line_is_a_scheduled_task_with_its_schedule_and_timeout()
    {
        var rules = stack.Resources("AWS::Events::Rule")
            .Select(r => (Cron: r.Properties["ScheduleExpression"]!.GetValue<string>(), Command: ScheduledCommand(r.Properties)))
            .ToList();
        var jobs = await QuartetProcess.JobsAsync();
        var missing = jobs.Where(j => j.ReplacedOnAws is null)
            .Where(j => !rules.Contains((j.EventBridgeCron, $"{j.TimeoutSeconds} /app/quartet {j.Command}")))
            .Select(j => j.Command).ToList();
        missing.ShouldBeEmpty("the stack does not schedule these jobs of `quartet jobs list`");
        rules.ShouldContain(("cron(*/15 * * * ? *)", "300 /app/quartet jobs status --on-aws"));
        rules.Count.ShouldBe(jobs.Count(j => j.ReplacedOnAws is null) + 1, "one rule per job plus the dead man's switch");

        // What the managed services do instead of the jobs the stack leaves out (the backup).
        jobs.Where(j => j.ReplacedOnAws is not null).Select(j => j.Command).ShouldBe(["backup"]);
        stack.Template.HasResourceProperties("AWS::RDS::DBInstance", new Dictionary<string, object> { ["BackupRetentionPeriod"] = 7 });
        stack.Template.HasResourceProperties("AWS::S3::Bucket", new Dictionary<string, object>
        {
            ["VersioningConfiguration"] = new Dictionary<string, object> { ["Status"] = "Enabled" },
        });
    }

    [Fact]
    public void Job_tasks_run_the_image_through_timeout_on_the_private_subnets()
    {
        var job = stack.Resources("AWS::ECS::TaskDefinition").Select(t => t.Properties["ContainerDefinitions"]![0]!)
            .Single(c => c["EntryPoint"] is not null);
        job["EntryPoint"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(["/usr/bin/timeout"]);
        foreach (var (_, rule) in stack.Resources("AWS::Events::Rule"))
        {
            var network = rule["Targets"]![0]!["EcsParameters"]!["NetworkConfiguration"]!["AwsVpcConfiguration"]!;
            network["AssignPublicIp"]!.GetValue<string>().ShouldBe("DISABLED");
        }
    }

    [Fact]
    public void The_balancer_answers_https_redirects_http_and_checks_health_every_30_seconds()
    {
        stack.Template.HasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Port"] = 443,
            ["Protocol"] = "HTTPS",
            ["Certificates"] = new object[] { new Dictionary<string, object> { ["CertificateArn"] = new Dictionary<string, object> { ["Ref"] = "CertificateArn" } } },
        }));
        stack.Template.HasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Port"] = 80,
            ["DefaultActions"] = new object[]
            {
                Match.ObjectLike(new Dictionary<string, object>
                {
                    ["Type"] = "redirect",
                    ["RedirectConfig"] = new Dictionary<string, object> { ["Port"] = "443", ["Protocol"] = "HTTPS", ["StatusCode"] = "HTTP_301" },
                }),
            },
        }));
        stack.Template.HasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Port"] = QuartetStack.ContainerPort,
            ["HealthCheckPath"] = "/health",
            ["HealthCheckIntervalSeconds"] = 30,
        }));
    }

    [Fact]
    public void Security_groups_open_only_the_balancer_to_the_world_the_tasks_to_the_balancer_and_the_database_to_the_tasks()
    {
        var groups = stack.Resources("AWS::EC2::SecurityGroup").ToDictionary(g => g.Id, g => g.Properties);
        var ingress = groups.SelectMany(g => (g.Value["SecurityGroupIngress"]?.AsArray() ?? []).Select(i => (Group: g.Key, Rule: i!.AsObject())))
            .Concat(stack.Resources("AWS::EC2::SecurityGroupIngress").Select(i => (Group: Ref(i.Properties["GroupId"]!), Rule: i.Properties)))
            .ToList();

        var balancer = groups.Keys.Single(k => k.StartsWith("BalancerSecurityGroup", StringComparison.Ordinal));
        var tasks = groups.Keys.Single(k => k.StartsWith("Tasks", StringComparison.Ordinal));
        var database = groups.Keys.Single(k => k.StartsWith("DatabaseSecurityGroup", StringComparison.Ordinal));

        ingress.Where(i => i.Group == balancer).Select(i => (i.Rule["CidrIp"]?.GetValue<string>(), i.Rule["FromPort"]!.GetValue<int>()))
            .OrderBy(p => p.Item2).ShouldBe([("0.0.0.0/0", 80), ("0.0.0.0/0", 443)]);
        ingress.Where(i => i.Group == tasks).Select(i => (Ref(i.Rule["SourceSecurityGroupId"]!), i.Rule["FromPort"]!.GetValue<int>()))
            .ShouldBe([(balancer, QuartetStack.ContainerPort)]);
        ingress.Where(i => i.Group == database).Select(i => Ref(i.Rule["SourceSecurityGroupId"]!)).ShouldBe([tasks]);
        ingress.Where(i => i.Group == database).Single().Rule["FromPort"]!.ToJsonString().ShouldContain("Endpoint.Port");
    }

    [Fact]
    public void The_database_is_mysql_8_private_multi_az_encrypted_and_kept_7_days_by_default()
    {
        stack.Template.HasResourceProperties("AWS::RDS::DBInstance", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Engine"] = "mysql",
            ["EngineVersion"] = Match.StringLikeRegexp("^8\\.0"),
            ["MultiAZ"] = true,
            ["StorageEncrypted"] = true,
            ["BackupRetentionPeriod"] = 7,
            ["PubliclyAccessible"] = false,
            ["DeletionProtection"] = true,
        }));
        var subnets = stack.Resources("AWS::RDS::DBSubnetGroup").Single().Properties["SubnetIds"]!.ToJsonString();
        subnets.ShouldContain("dataSubnet");
        foreach (var (id, task) in stack.Resources("AWS::ECS::TaskDefinition"))
        {
            var container = task["ContainerDefinitions"]![0]!;
            EnvironmentOf(container)["Quartet__Database__Engine"].ShouldBe("mysql", id);
            EnvironmentOf(container).ShouldNotContainKey("ConnectionStrings__Default", id);
            container["Secrets"]!.AsArray().Select(s => s!["Name"]!.GetValue<string>()).ShouldContain("ConnectionStrings__Default", id);
        }

        // The MySQL connection string secret holds a deploy-time reference to the generated password, never the password.
        var connection = stack.Resources("AWS::SecretsManager::Secret").Single(r => r.Properties.ContainsKey("SecretString")).Properties["SecretString"]!.ToJsonString();
        connection.ShouldContain("{{resolve:secretsmanager:");
        connection.ShouldContain(":SecretString:password::}}");
    }

    [Fact]
    public void The_engine_comes_from_context_and_postgres_is_an_option()
    {
        var postgres = SynthesizedStack.WithEngine("postgres");
        postgres.Template.HasResourceProperties("AWS::RDS::DBInstance", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Engine"] = "postgres",
            ["MultiAZ"] = true,
            ["BackupRetentionPeriod"] = 7,
        }));
        foreach (var (id, task) in postgres.Resources("AWS::ECS::TaskDefinition"))
        {
            var container = task["ContainerDefinitions"]![0]!;
            EnvironmentOf(container)["Quartet__Database__Engine"].ShouldBe("postgres", id);
            EnvironmentOf(container)["ConnectionStrings__Default"].ShouldContain("Host=");
            EnvironmentOf(container)["ConnectionStrings__Default"].ShouldNotContain("Password", Case.Insensitive);
            container["Secrets"]!.AsArray().Select(s => s!["Name"]!.GetValue<string>()).Order().ToList().ShouldBe(["PGPASSWORD", "Quartet__Auth__SigningKey"], id);
        }

        Should.Throw<Exception>(() => SynthesizedStack.WithEngine("oracle"));
    }

    private static Dictionary<string, string> EnvironmentOf(JsonNode container) =>
        container["Environment"]!.AsArray().ToDictionary(v => v!["Name"]!.GetValue<string>(), v => v!["Value"]!.ToJsonString().Trim('"'));

    [Fact]
    public void The_service_runs_2_to_10_tasks_scaling_on_cpu_and_memory_with_a_rollback_circuit_breaker()
    {
        stack.Template.HasResourceProperties("AWS::ECS::Service", Match.ObjectLike(new Dictionary<string, object>
        {
            ["DesiredCount"] = 2,
            ["LaunchType"] = "FARGATE",
            ["DeploymentConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["MinimumHealthyPercent"] = 100,
                ["DeploymentCircuitBreaker"] = new Dictionary<string, object> { ["Enable"] = true, ["Rollback"] = true },
            }),
        }));
        stack.Template.HasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Match.ObjectLike(new Dictionary<string, object> { ["MinCapacity"] = 2, ["MaxCapacity"] = 10 }));
        stack.Resources("AWS::ApplicationAutoScaling::ScalingPolicy")
            .Select(p => p.Properties["TargetTrackingScalingPolicyConfiguration"]!["PredefinedMetricSpecification"]!["PredefinedMetricType"]!.GetValue<string>())
            .Order().ShouldBe(["ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization"]);
    }

    [Fact]
    public void Secrets_reach_the_tasks_as_ecs_secrets_never_as_plain_environment_variables()
    {
        foreach (var (id, task) in stack.Resources("AWS::ECS::TaskDefinition"))
        {
            var container = task["ContainerDefinitions"]![0]!;
            container["Secrets"]!.AsArray().Select(s => s!["Name"]!.GetValue<string>()).Order().ToList().ShouldBe(["ConnectionStrings__Default", "Quartet__Auth__SigningKey"], id);
            foreach (var variable in container["Environment"]!.AsArray())
            {
                var name = variable!["Name"]!.GetValue<string>();
                name.ShouldNotMatch("(?i)password|secret|signingkey|token", id);
                variable["Value"]!.ToJsonString().Contains("Secret", StringComparison.Ordinal).ShouldBeFalse($"{id}: {name}");
            }

            container["ReadonlyRootFilesystem"]!.GetValue<bool>().ShouldBeTrue(id);
            container["MountPoints"]!.AsArray().Select(m => m!["ContainerPath"]!.GetValue<string>()).Order().ToList().ShouldBe(["/data", "/tmp"], id);
        }
    }

    [Fact]
    public void Logs_are_kept_30_days_and_the_alarms_include_the_dead_mans_switch()
    {
        stack.Resources("AWS::Logs::LogGroup").Select(l => l.Properties["RetentionInDays"]!.GetValue<int>()).ShouldAllBe(days => days == 30);
        stack.Resources("Custom::LogRetention").Select(l => l.Properties["RetentionInDays"]!.GetValue<int>()).ShouldAllBe(days => days == 30);
        var alarms = stack.Resources("AWS::CloudWatch::Alarm").Select(a => a.Properties).ToList();
        alarms.Count.ShouldBe(4);
        alarms.ShouldContain(a => a["Metrics"] != null && a["Metrics"]!.ToJsonString().Contains("HTTPCode_Target_5XX_Count"));
        alarms.ShouldContain(a => a["ExtendedStatistic"] != null && a["ExtendedStatistic"]!.GetValue<string>() == "p99" && a["MetricName"]!.GetValue<string>() == "TargetResponseTime");
        alarms.ShouldContain(a => a["MetricName"] != null && a["MetricName"]!.GetValue<string>() == "UnHealthyHostCount");
        var deadMan = alarms.Single(a => a["MetricName"]?.GetValue<string>() == QuartetStack.JobsFreshMetric);
        deadMan["TreatMissingData"]!.GetValue<string>().ShouldBe("breaching");
        alarms.ShouldAllBe(a => a["AlarmActions"] != null);
        stack.Template.HasResourceProperties("AWS::Logs::MetricFilter", Match.ObjectLike(new Dictionary<string, object>
        {
            ["FilterPattern"] = "{ ($.event = \"jobs.status\") && ($.overdue = 0) }",
        }));
        stack.Template.ResourceCountIs("AWS::CloudWatch::Dashboard", 1);
    }

    [Fact]
    public void Cognito_has_a_group_per_role_letters_and_digits_passwords_and_a_hosted_ui_client()
    {
        var roles = new[] { "admin" }.Concat(Host.Modules.All.SelectMany(m => m.Roles)).Distinct().Select(QuartetStack.CognitoGroup).Order();
        stack.Resources("AWS::Cognito::UserPoolGroup").Select(g => g.Properties["GroupName"]!.GetValue<string>()).Order().ShouldBe(roles);
        stack.Template.HasResourceProperties("AWS::Cognito::UserPool", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Policies"] = new Dictionary<string, object>
            {
                ["PasswordPolicy"] = Match.ObjectLike(new Dictionary<string, object> { ["MinimumLength"] = 8, ["RequireNumbers"] = true, ["RequireLowercase"] = true }),
            },
        }));
        var client = stack.Resources("AWS::Cognito::UserPoolClient").Single().Properties;
        client["AllowedOAuthFlows"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["code"]);
        client["CallbackURLs"]!.ToJsonString().ShouldContain("/signin-oidc");
        client["GenerateSecret"]!.GetValue<bool>().ShouldBeFalse();
        stack.Template.ResourceCountIs("AWS::Cognito::UserPoolDomain", 1);
    }

    [Fact]
    public void The_files_bucket_is_private_encrypted_tls_only_and_expires_data_exports()
    {
        stack.Template.HasResourceProperties("AWS::S3::Bucket", Match.ObjectLike(new Dictionary<string, object>
        {
            ["LifecycleConfiguration"] = new Dictionary<string, object>
            {
                ["Rules"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object> { ["Prefix"] = "meals/exports/", ["ExpirationInDays"] = 7 })]),
            },
        }));
    }

    private static string ScheduledCommand(JsonObject rule)
    {
        var input = JsonNode.Parse(rule["Targets"]![0]!["Input"]!.GetValue<string>())!;
        return string.Join(' ', input["containerOverrides"]![0]!["command"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    private static string Ref(JsonNode node) => node["Fn::GetAtt"]?[0]?.GetValue<string>() ?? node["Ref"]!.GetValue<string>();
}
