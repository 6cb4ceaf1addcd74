using Amazon.CDK.AWS.RDS;

namespace Quartet.Aws;

/// <summary>The RDS engine, chosen with the <c>databaseEngine</c> context value (<c>postgres</c> or <c>mysql</c>).</summary>
public sealed record DatabaseEngine(string Name, IInstanceEngine InstanceEngine, string[] LogExports, string PasswordVariable)
{
    /// <summary>
    /// PostgreSQL is the default although the seeds name MySQL 8: the app's data layer speaks SQLite and PostgreSQL
    /// only today, so a MySQL stack synthesizes but its tasks cannot use the database until a MySQL provider exists.
    /// </summary>
    public static DatabaseEngine FromContext(string? value) => (value ?? "postgres").ToLowerInvariant() switch
    {
        "postgres" => new("postgres", DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.VER_15 }), ["postgresql", "upgrade"], "PGPASSWORD"),
        "mysql" => new("mysql", DatabaseInstanceEngine.Mysql(new MySqlInstanceEngineProps { Version = MysqlEngineVersion.VER_8_0 }), ["error", "slowquery"], "MYSQL_PWD"),
        _ => throw new ArgumentException($"databaseEngine must be postgres or mysql, not '{value}'."),
    };

    /// <summary>The password stays out of the string: it reaches the task as the secret <see cref="PasswordVariable"/>, which the client library reads.</summary>
    public string ConnectionString(string host, string port) => Name == "postgres"
        ? $"Host={host};Port={port};Database={QuartetStack.DatabaseName};Username={QuartetStack.DatabaseUser};SSL Mode=Require"
        : $"Server={host};Port={port};Database={QuartetStack.DatabaseName};User ID={QuartetStack.DatabaseUser};SslMode=Required";
}
