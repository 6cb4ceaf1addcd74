using Amazon.CDK;
using Amazon.CDK.AWS.ApplicationAutoScaling;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.Cognito;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.ElasticLoadBalancingV2;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SecretsManager;
using Amazon.CDK.AWS.SNS;
using Constructs;
using Quartet.Platform.Accounts;
using Quartet.Platform.Jobs;
using Quartet.Platform.Modules;
using EcsSecret = Amazon.CDK.AWS.ECS.Secret;
using HealthCheck = Amazon.CDK.AWS.ElasticLoadBalancingV2.HealthCheck;
using LogGroupProps = Amazon.CDK.AWS.Logs.LogGroupProps;
using PasswordPolicy = Amazon.CDK.AWS.Cognito.PasswordPolicy;
using Protocol = Amazon.CDK.AWS.ElasticLoadBalancingV2.Protocol;
using Schedule = Amazon.CDK.AWS.Events.Schedule;
using SecretsManagerSecret = Amazon.CDK.AWS.SecretsManager.Secret;

namespace Quartet.Aws;

/// <summary>
/// Quartet on AWS as the seeds planned it: an ALB in public subnets in front of 2–10 Fargate tasks in private ones,
/// RDS in isolated subnets reachable from the tasks only, Cognito, a private S3 bucket, Secrets Manager, CloudWatch
/// logs, alarms and a dashboard, and one scheduled ECS task per job of <c>quartet jobs list</c>.
/// </summary>
public sealed class QuartetStack : Stack
{
    public const int ContainerPort = 8080;
    public const string HealthPath = "/health";
    public const string DatabaseName = "quartet";
    public const string DatabaseUser = "quartet";

    /// <summary>The metric the dead man's switch watches: 1 for each <c>jobs status</c> run that found nothing overdue.</summary>
    public const string JobsFreshMetric = "JobsFresh";
    public const string MetricNamespace = "Quartet";

    private QuartetStack(Construct scope, string id, IStackProps props, IReadOnlyList<QuartetModule> modules) : base(scope, id, props)
    {
        var engine = DatabaseEngine.FromContext(Node.TryGetContext("databaseEngine") as string);
        var certificateArn = new CfnParameter(this, "CertificateArn", new CfnParameterProps
        {
            Description = "ACM certificate for the HTTPS listener (in this region).",
            AllowedPattern = "arn:aws[a-z-]*:acm:.+",
        });
        var imageUri = new CfnParameter(this, "ImageUri", new CfnParameterProps
        {
            Description = "The Quartet image (deploy/Dockerfile), e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com/quartet:1.4.0.",
        });
        var appDomain = new CfnParameter(this, "AppDomain", new CfnParameterProps
        {
            Description = "Host name users open (a DNS alias of the load balancer), e.g. quartet.example.org.",
        });
        var authDomainPrefix = new CfnParameter(this, "AuthDomainPrefix", new CfnParameterProps
        {
            Description = "Prefix of the Cognito hosted UI domain ({prefix}.auth.{region}.amazoncognito.com).",
            AllowedPattern = "[a-z0-9-]+",
        });

        var vpc = new Vpc(this, "Network", new VpcProps
        {
            MaxAzs = 2,
            NatGateways = 2,
            SubnetConfiguration =
            [
                new SubnetConfiguration { Name = "public", SubnetType = SubnetType.PUBLIC, CidrMask = 24 },
                new SubnetConfiguration { Name = "app", SubnetType = SubnetType.PRIVATE_WITH_EGRESS, CidrMask = 22 },
                new SubnetConfiguration { Name = "data", SubnetType = SubnetType.PRIVATE_ISOLATED, CidrMask = 24 },
            ],
        });
        vpc.AddFlowLog("FlowLog", new FlowLogOptions
        {
            Destination = FlowLogDestination.ToCloudWatchLogs(LogGroup30Days("FlowLogs")),
            TrafficType = FlowLogTrafficType.REJECT,
        });

        var tasksSecurityGroup = new SecurityGroup(this, "Tasks", new SecurityGroupProps
        {
            Vpc = vpc,
            Description = "Quartet web and job tasks",
            AllowAllOutbound = true,
        });

        var database = new DatabaseInstance(this, "Database", new DatabaseInstanceProps
        {
            Engine = engine.InstanceEngine,
            InstanceType = Amazon.CDK.AWS.EC2.InstanceType.Of(InstanceClass.BURSTABLE4_GRAVITON, InstanceSize.MEDIUM),
            Vpc = vpc,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
            MultiAz = true,
            StorageEncrypted = true,
            AllocatedStorage = 20,
            MaxAllocatedStorage = 200,
            BackupRetention = Duration.Days(7),
            PreferredBackupWindow = "01:00-01:30",
            DeletionProtection = true,
            RemovalPolicy = RemovalPolicy.SNAPSHOT,
            DatabaseName = DatabaseName,
            Credentials = Credentials.FromGeneratedSecret(DatabaseUser),
            CloudwatchLogsExports = engine.LogExports,
            CloudwatchLogsRetention = RetentionDays.ONE_MONTH,
            AutoMinorVersionUpgrade = true,
        });
        database.Connections.AllowDefaultPortFrom(tasksSecurityGroup, "Quartet tasks");

        var signingKey = new SecretsManagerSecret(this, "SigningKey", new SecretProps
        {
            Description = "Quartet__Auth__SigningKey: signs tokens and blob URLs, encrypts the cookie keys. 64 base64 characters = 48 bytes.",
            GenerateSecretString = new SecretStringGenerator { PasswordLength = 64, ExcludePunctuation = true, IncludeSpace = false },
        });

        var accessLogs = new Bucket(this, "AccessLogs", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_PREFERRED,
            LifecycleRules = [new LifecycleRule { Expiration = Duration.Days(90) }],
        });
        var files = new Bucket(this, "Files", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            Versioned = true,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            ServerAccessLogsBucket = accessLogs,
            ServerAccessLogsPrefix = "files/",
            RemovalPolicy = RemovalPolicy.RETAIN,
            LifecycleRules =
            [
                new LifecycleRule { Id = "data-exports", Prefix = "meals/exports/", Expiration = Duration.Days(7), NoncurrentVersionExpiration = Duration.Days(1) },
                new LifecycleRule { Id = "old-versions", NoncurrentVersionExpiration = Duration.Days(7) },
                new LifecycleRule { Id = "abandoned-uploads", AbortIncompleteMultipartUploadAfter = Duration.Days(1) },
            ],
        });

        var users = new UserPool(this, "Users", new UserPoolProps
        {
            SelfSignUpEnabled = false,
            SignInAliases = new SignInAliases { Email = true },
            AutoVerify = new AutoVerifiedAttrs { Email = true },
            AccountRecovery = AccountRecovery.EMAIL_ONLY,
            Mfa = Mfa.OPTIONAL,
            MfaSecondFactor = new MfaSecondFactor { Otp = true, Sms = false },
            // The app's rule is "at least 8 characters with letters and digits"; Cognito cannot say "a letter of
            // either case", so lower case stands in for it.
            PasswordPolicy = new PasswordPolicy { MinLength = 8, RequireDigits = true, RequireLowercase = true, RequireUppercase = false, RequireSymbols = false },
            RemovalPolicy = RemovalPolicy.RETAIN,
        });
        var roles = new[] { PlatformRoles.Admin }.Concat(modules.SelectMany(m => m.Roles)).Distinct().ToList();
        foreach (var role in roles)
        {
            new CfnUserPoolGroup(this, "Group-" + CognitoGroup(role), new CfnUserPoolGroupProps
            {
                UserPoolId = users.UserPoolId,
                GroupName = CognitoGroup(role),
                Description = $"Quartet role {role}",
            });
        }

        users.AddDomain("HostedUi", new UserPoolDomainOptions { CognitoDomain = new CognitoDomainOptions { DomainPrefix = authDomainPrefix.ValueAsString } });
        var webClient = users.AddClient("Web", new UserPoolClientOptions
        {
            GenerateSecret = false,
            PreventUserExistenceErrors = true,
            AuthFlows = new AuthFlow { UserSrp = true },
            OAuth = new OAuthSettings
            {
                Flows = new OAuthFlows { AuthorizationCodeGrant = true },
                Scopes = [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
                CallbackUrls = [$"https://{appDomain.ValueAsString}/signin-oidc"],
                LogoutUrls = [$"https://{appDomain.ValueAsString}/"],
            },
        });

        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Quartet__Database__Engine"] = engine.Name,
            ["Quartet__BehindProxy"] = "true",
            ["Quartet__TrustedProxies__0"] = vpc.VpcCidrBlock,
            ["Quartet__Blobs__Provider"] = "s3",
            ["Quartet__Blobs__Bucket"] = files.BucketName,
            ["Quartet__Blobs__Region"] = Region,
            ["Quartet__Auth__AllowRegistration"] = "false",
            ["Quartet__Auth__External__Authority"] = users.UserPoolProviderUrl,
            ["Quartet__Auth__External__Audience"] = webClient.UserPoolClientId,
            ["Quartet__Auth__External__ClientId"] = webClient.UserPoolClientId,
            ["Quartet__Auth__External__GroupsClaim"] = "cognito:groups",
        };
        if (engine.PlainConnectionString(database.DbInstanceEndpointAddress, database.DbInstanceEndpointPort) is { } connectionString)
        {
            environment["ConnectionStrings__Default"] = connectionString;
        }

        foreach (var role in roles)
        {
            environment[$"Quartet__Auth__External__GroupRoles__{CognitoGroup(role)}__0"] = role;
        }

        var secrets = engine.Secrets(this, database);
        secrets["Quartet__Auth__SigningKey"] = EcsSecret.FromSecretsManager(signingKey);

        var image = ContainerImage.FromRegistry(imageUri.ValueAsString);
        var cluster = new Cluster(this, "Cluster", new ClusterProps { Vpc = vpc, ContainerInsights = true });

        var webLogs = LogGroup30Days("WebLogs");
        var web = new FargateTaskDefinition(this, "Web", new FargateTaskDefinitionProps { Cpu = 1024, MemoryLimitMiB = 2048 });
        AddQuartetContainer(web, image, environment, secrets, webLogs, "web", command: ["serve"], entryPoint: null)
            .AddPortMappings(new PortMapping { ContainerPort = ContainerPort });

        var service = new FargateService(this, "Service", new FargateServiceProps
        {
            Cluster = cluster,
            TaskDefinition = web,
            DesiredCount = 2,
            MinHealthyPercent = 100,
            MaxHealthyPercent = 200,
            CircuitBreaker = new DeploymentCircuitBreaker { Enable = true, Rollback = true },
            SecurityGroups = [tasksSecurityGroup],
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS },
            AssignPublicIp = false,
            HealthCheckGracePeriod = Duration.Seconds(60),
        });
        var scaling = service.AutoScaleTaskCount(new EnableScalingProps { MinCapacity = 2, MaxCapacity = 10 });
        scaling.ScaleOnCpuUtilization("Cpu", new CpuUtilizationScalingProps { TargetUtilizationPercent = 60 });
        scaling.ScaleOnMemoryUtilization("Memory", new MemoryUtilizationScalingProps { TargetUtilizationPercent = 70 });

        var balancer = new ApplicationLoadBalancer(this, "Balancer", new ApplicationLoadBalancerProps
        {
            Vpc = vpc,
            InternetFacing = true,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
            DropInvalidHeaderFields = true,
            // Caja Live holds Server-Sent Event streams open; they reconnect on their own after this.
            IdleTimeout = Duration.Seconds(120),
        });
        balancer.LogAccessLogs(accessLogs);
        balancer.AddRedirect(new ApplicationLoadBalancerRedirectConfig { SourcePort = 80, SourceProtocol = ApplicationProtocol.HTTP, TargetPort = 443, TargetProtocol = ApplicationProtocol.HTTPS });
        var https = balancer.AddListener("Https", new BaseApplicationListenerProps
        {
            Port = 443,
            Protocol = ApplicationProtocol.HTTPS,
            Certificates = [ListenerCertificate.FromArn(certificateArn.ValueAsString)],
            SslPolicy = SslPolicy.RECOMMENDED_TLS,
        });
        var targets = https.AddTargets("Web", new AddApplicationTargetsProps
        {
            Port = ContainerPort,
            Protocol = ApplicationProtocol.HTTP,
            Targets = [service],
            DeregistrationDelay = Duration.Seconds(30),
            HealthCheck = new HealthCheck
            {
                Path = HealthPath,
                Interval = Duration.Seconds(30),
                Timeout = Duration.Seconds(5),
                HealthyThresholdCount = 2,
                UnhealthyThresholdCount = 3,
                HealthyHttpCodes = "200",
                Protocol = Protocol.HTTP,
            },
        });

        var jobLogs = LogGroup30Days("JobLogs");
        var jobs = new FargateTaskDefinition(this, "Job", new FargateTaskDefinitionProps { Cpu = 512, MemoryLimitMiB = 1024 });
        AddQuartetContainer(jobs, image, environment, secrets, jobLogs, "job", command: null, entryPoint: ["/usr/bin/timeout"]);
        var scheduled = JobCatalog.For(modules).Where(j => j.ReplacedOnAws is null)
            .Select(j => (j.Slug, j.Schedule.EventBridgeCron, Command: TimedCommand(j.Timeout, j.Command)))
            .Append(("jobs-status", "cron(*/15 * * * ? *)", TimedCommand(TimeSpan.FromMinutes(5), "jobs status --on-aws")));
        foreach (var (slug, cron, command) in scheduled)
        {
            new Rule(this, "Schedule-" + slug, new RuleProps
            {
                RuleName = $"quartet-{slug}",
                Description = $"quartet {string.Join(' ', command.Skip(2))}",
                Schedule = Schedule.Expression(cron),
                Targets =
                [
                    new EcsTask(new EcsTaskProps
                    {
                        Cluster = cluster,
                        TaskDefinition = jobs,
                        SecurityGroups = [tasksSecurityGroup],
                        SubnetSelection = new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS },
                        ContainerOverrides = [new ContainerOverride { ContainerName = "quartet", Command = command }],
                    }),
                ],
            });
        }

        files.GrantReadWrite(web.TaskRole);
        files.GrantReadWrite(jobs.TaskRole);

        Monitoring(balancer, targets, service, jobLogs);

        new CfnOutput(this, "LoadBalancerDns", new CfnOutputProps { Value = balancer.LoadBalancerDnsName, Description = "Point AppDomain's DNS alias here." });
        new CfnOutput(this, "ClusterName", new CfnOutputProps { Value = cluster.ClusterName });
        new CfnOutput(this, "JobTaskDefinition", new CfnOutputProps { Value = jobs.TaskDefinitionArn, Description = "Run one-off commands (migrate, users create) with this." });
        new CfnOutput(this, "TaskSubnets", new CfnOutputProps { Value = string.Join(",", vpc.SelectSubnets(new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS }).SubnetIds) });
        new CfnOutput(this, "TaskSecurityGroup", new CfnOutputProps { Value = tasksSecurityGroup.SecurityGroupId });
        new CfnOutput(this, "UserPoolId", new CfnOutputProps { Value = users.UserPoolId });
        new CfnOutput(this, "WebClientId", new CfnOutputProps { Value = webClient.UserPoolClientId });
        new CfnOutput(this, "FilesBucket", new CfnOutputProps { Value = files.BucketName });
    }

    public static QuartetStack Create(App app, IReadOnlyList<QuartetModule> modules)
    {
        var account = app.Node.TryGetContext("account") as string ?? throw new InvalidOperationException("cdk.json context needs 'account'.");
        var region = app.Node.TryGetContext("region") as string ?? throw new InvalidOperationException("cdk.json context needs 'region'.");
        return new QuartetStack(app, "Quartet", new StackProps
        {
            Env = new Amazon.CDK.Environment { Account = account, Region = region },
            Description = "Quartet: AWSomeShop, Meal Expense Tracker, Caja Live and Theme Park Hall of Shame",
        }, modules);
    }

    /// <summary>Cognito group names cannot hold the dots of role names in an environment variable key.</summary>
    public static string CognitoGroup(string role) => role.Replace('.', '-');

    /// <summary>The job task's entry point is <c>timeout</c>, so a hung run ends before the next one is due.</summary>
    public static string[] TimedCommand(TimeSpan timeout, string quartetCommand) =>
        [((int)timeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), "/app/quartet", .. quartetCommand.Split(' ')];

    private static ContainerDefinition AddQuartetContainer(
        FargateTaskDefinition task, ContainerImage image, Dictionary<string, string> environment, Dictionary<string, EcsSecret> secrets,
        LogGroup logs, string streamPrefix, string[]? command, string[]? entryPoint)
    {
        task.AddVolume(new Amazon.CDK.AWS.ECS.Volume { Name = "data" });
        task.AddVolume(new Amazon.CDK.AWS.ECS.Volume { Name = "tmp" });
        var container = task.AddContainer("quartet", new ContainerDefinitionOptions
        {
            Image = image,
            Environment = environment,
            Secrets = secrets,
            Command = command,
            EntryPoint = entryPoint,
            ReadonlyRootFilesystem = true,
            Logging = LogDriver.AwsLogs(new AwsLogDriverProps { LogGroup = logs, StreamPrefix = streamPrefix }),
        });
        // The image runs as the non-root user quartet with a read-only root; /data (SQLite, local blobs) and /tmp
        // (the runtime's diagnostics sockets) are the writable places.
        container.AddMountPoints(
            new MountPoint { ContainerPath = "/data", SourceVolume = "data", ReadOnly = false },
            new MountPoint { ContainerPath = "/tmp", SourceVolume = "tmp", ReadOnly = false });
        return container;
    }

    private LogGroup LogGroup30Days(string id) =>
        new(this, id, new LogGroupProps { Retention = RetentionDays.ONE_MONTH, RemovalPolicy = RemovalPolicy.RETAIN });

    private void Monitoring(ApplicationLoadBalancer balancer, ApplicationTargetGroup targets, FargateService service, LogGroup jobLogs)
    {
        var alarms = new Topic(this, "Alarms", new TopicProps { MasterKey = Alias.FromAliasName(this, "SnsKey", "alias/aws/sns") });
        var action = new SnsAction(alarms);
        var fiveMinutes = Duration.Minutes(5);

        var requests = balancer.Metrics.RequestCount(new MetricOptions { Period = fiveMinutes, Statistic = "Sum" });
        var errors = balancer.Metrics.HttpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, new MetricOptions { Period = fiveMinutes, Statistic = "Sum" });
        var errorRate = new MathExpression(new MathExpressionProps
        {
            Expression = "100 * errors / MAX([errors, requests])",
            UsingMetrics = new Dictionary<string, IMetric> { ["errors"] = errors, ["requests"] = requests },
            Label = "5xx %",
            Period = fiveMinutes,
        });
        var p99 = targets.Metrics.TargetResponseTime(new MetricOptions { Period = fiveMinutes, Statistic = "p99" });
        var unhealthy = targets.Metrics.UnhealthyHostCount(new MetricOptions { Period = Duration.Minutes(1), Statistic = "Maximum" });
        var jobsFresh = new MetricFilter(this, "JobsFreshFilter", new MetricFilterProps
        {
            LogGroup = jobLogs,
            FilterPattern = FilterPattern.All(FilterPattern.StringValue("$.event", "=", "jobs.status"), FilterPattern.NumberValue("$.overdue", "=", 0)),
            MetricNamespace = MetricNamespace,
            MetricName = JobsFreshMetric,
            MetricValue = "1",
        }).Metric(new MetricOptions { Period = Duration.Hours(1), Statistic = "Sum" });

        Alarm("ServerErrors", "More than 5 % of requests answered 5xx for 10 minutes.", errorRate, 5, 2, TreatMissingData.NOT_BREACHING, action);
        Alarm("SlowResponses", "p99 response time above 2 s for 15 minutes.", p99, 2, 3, TreatMissingData.NOT_BREACHING, action);
        Alarm("UnhealthyTasks", "A task failed the /health check for 3 minutes.", unhealthy, 1, 3, TreatMissingData.NOT_BREACHING, action);
        // The dead man's switch: silence is the failure, so missing data (the check itself not running) alarms too.
        new Amazon.CDK.AWS.CloudWatch.Alarm(this, "JobsOverdue", new AlarmProps
        {
            AlarmDescription = "No `quartet jobs status` run found every job fresh in the last hour (a job is overdue, or the scheduler stopped).",
            Metric = jobsFresh,
            Threshold = 1,
            ComparisonOperator = ComparisonOperator.LESS_THAN_THRESHOLD,
            EvaluationPeriods = 1,
            TreatMissingData = TreatMissingData.BREACHING,
        }).AddAlarmAction(action);

        new Dashboard(this, "Dashboard", new DashboardProps
        {
            DashboardName = "Quartet",
            Widgets =
            [
                [
                    new GraphWidget(new GraphWidgetProps { Title = "Requests and 5xx", Left = [requests, errors], Right = [errorRate], Width = 8 }),
                    new GraphWidget(new GraphWidgetProps { Title = "Response time p99 (s)", Left = [p99], Width = 8 }),
                    new GraphWidget(new GraphWidgetProps { Title = "Unhealthy tasks", Left = [unhealthy], Width = 8 }),
                ],
                [
                    new GraphWidget(new GraphWidgetProps { Title = "Service CPU and memory (%)", Left = [service.MetricCpuUtilization(), service.MetricMemoryUtilization()], Width = 12 }),
                    new GraphWidget(new GraphWidgetProps { Title = "Job checks finding every job fresh (per hour)", Left = [jobsFresh], Width = 12 }),
                ],
            ],
        });
    }

    private void Alarm(string id, string description, IMetric metric, double threshold, double periods, TreatMissingData missing, SnsAction action) =>
        new Amazon.CDK.AWS.CloudWatch.Alarm(this, id, new AlarmProps
        {
            AlarmDescription = description,
            Metric = metric,
            Threshold = threshold,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            EvaluationPeriods = periods,
            TreatMissingData = missing,
        }).AddAlarmAction(action);
}
