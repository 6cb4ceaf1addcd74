using Amazon.CDK;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;
using EcsSecret = Amazon.CDK.AWS.ECS.Secret;
using SecretsManagerSecret = Amazon.CDK.AWS.SecretsManager.Secret;

namespace Quartet.Aws;

/// <summary>
/// The RDS engine, chosen with the <c>databaseEngine</c> context value: <c>mysql</c> (MySQL 8, the seeds' choice and the
/// default) or <c>postgres</c>. The app is told with <c>Quartet__Database__Engine</c>.
/// </summary>
public sealed record DatabaseEngine(string Name, IInstanceEngine InstanceEngine, string[] LogExports)
{
    public const string Default = "mysql";

    public static DatabaseEngine FromContext(string? value) => (value ?? Default).ToLowerInvariant() switch
    {
        "mysql" => new("mysql", DatabaseInstanceEngine.Mysql(new MySqlInstanceEngineProps { Version = MysqlEngineVersion.VER_8_0 }), ["error", "slowquery"]),
        "postgres" => new("postgres", DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.VER_15 }), ["postgresql", "upgrade"]),
        _ => throw new ArgumentException($"databaseEngine must be mysql or postgres, not '{value}'."),
    };

    public bool IsPostgres => Name == "postgres";

    /// <summary>
    /// The connection string as a plain variable, or null when it must travel as a secret (it holds the password).
    /// PostgreSQL: no password in the string; Npgsql (and pg_dump for backups) read it from <c>PGPASSWORD</c>.
    /// </summary>
    public string? PlainConnectionString(string host, string port) => IsPostgres
        ? $"Host={host};Port={port};Database={QuartetStack.DatabaseName};Username={QuartetStack.DatabaseUser};SSL Mode=Require"
        : null;

    /// <summary>
    /// The database secrets the tasks get. PostgreSQL: the generated password as <c>PGPASSWORD</c>. MySQL: the MySQL
    /// client library reads no password variable, so the whole connection string is a secret of its own whose value
    /// CloudFormation assembles with a dynamic reference to the generated password (the template holds only the
    /// reference); <c>quartet backup</c> hands the password to mysqldump itself.
    /// </summary>
    public Dictionary<string, EcsSecret> Secrets(Construct scope, DatabaseInstance database)
    {
        if (IsPostgres)
        {
            return new() { ["PGPASSWORD"] = EcsSecret.FromSecretsManager(database.Secret!, "password") };
        }

        var password = SecretValue.SecretsManager(database.Secret!.SecretArn, new SecretsManagerSecretOptions { JsonField = "password" }).UnsafeUnwrap();
        var connection = new SecretsManagerSecret(scope, "DatabaseConnection", new SecretProps
        {
            Description = "Quartet's MySQL connection string (password resolved from the RDS-generated secret at deploy time)",
            SecretStringValue = SecretValue.UnsafePlainText(
                $"Server={database.DbInstanceEndpointAddress};Port={database.DbInstanceEndpointPort};Database={QuartetStack.DatabaseName};User ID={QuartetStack.DatabaseUser};Password={password};SslMode=Required"),
        });
        return new() { ["ConnectionStrings__Default"] = EcsSecret.FromSecretsManager(connection) };
    }
}
