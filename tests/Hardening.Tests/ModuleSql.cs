using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Quartet.Hardening.Tests;

/// <summary>Plain SQL on one module's storage of a process deployment (its SQLite file or PostgreSQL schema).</summary>
public static class ModuleSql
{
    public static async Task<long> ScalarAsync(this ProcessDeployment deployment, string module, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open(deployment, module);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
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
        deployment.Postgres is { } postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { SearchPath = module, Pooling = false }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(deployment.DataDir, module + ".db"), Pooling = false }.ConnectionString);
}
