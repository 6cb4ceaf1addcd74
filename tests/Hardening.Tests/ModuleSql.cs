using System.Data.Common;
using Microsoft.Data.Sqlite;
using MySql.Data.MySqlClient;
using Npgsql;

namespace Quartet.Hardening.Tests;

/// <summary>
/// Plain SQL on one module's storage of a process deployment (its SQLite file, PostgreSQL schema or MySQL database).
/// The statements quote identifiers the standard way ("Name"); on MySQL the session runs with <c>ANSI_QUOTES</c> so
/// they read the same there.
/// </summary>
public static class ModuleSql
{
    public static async Task<long> ScalarAsync(this ProcessDeployment deployment, string module, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open(deployment, module);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        if (connection is MySqlConnection)
        {
            command.CommandText = "SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',ANSI_QUOTES')";
            await command.ExecuteNonQueryAsync();
        }

        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static DbConnection Open(ProcessDeployment deployment, string module) =>
        (deployment.Postgres, deployment.MySql) switch
        {
            ({ } postgres, _) => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { SearchPath = module, Pooling = false }.ConnectionString),
            (_, { } mySql) => new MySqlConnection(MySqlModuleConnectionString(mySql, module)),
            _ => new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(deployment.DataDir, module + ".db"), Pooling = false }.ConnectionString),
        };

    private static string MySqlModuleConnectionString(string shared, string module)
    {
        var builder = new MySqlConnectionStringBuilder(shared) { Pooling = false };
        builder.Database = $"{builder.Database}_{module}";
        return builder.ConnectionString;
    }
}
