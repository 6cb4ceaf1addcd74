using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Quartet.Platform.Data;

/// <summary>
/// Compares a migrated database with the EF model: every table, column (with nullability) and index the model
/// expects must exist, and the database must hold no table or column the model does not know.
/// Stands in for EF's model snapshot check, since the migrations here are written by hand.
/// </summary>
public static class SchemaVerifier
{
    public static async Task<IReadOnlyList<string>> FindDifferencesAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        var actual = await ReadSchemaAsync(db, cancellationToken);
        var differences = new List<string>();
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var expectedTables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var table in model.Tables)
        {
            expectedTables.Add(table.Name);
            if (!actual.Columns.TryGetValue(table.Name, out var columns))
            {
                differences.Add($"table {table.Name} is missing");
                continue;
            }

            foreach (var column in table.Columns)
            {
                if (!columns.TryGetValue(column.Name, out var nullable))
                {
                    differences.Add($"column {table.Name}.{column.Name} is missing");
                }
                else if (nullable != column.IsNullable)
                {
                    differences.Add($"column {table.Name}.{column.Name} is {(nullable ? "nullable" : "not null")} in the database but {(column.IsNullable ? "nullable" : "not null")} in the model");
                }
            }

            foreach (var extra in columns.Keys.Where(c => table.Columns.All(m => !m.Name.Equals(c, StringComparison.OrdinalIgnoreCase))))
            {
                differences.Add($"column {table.Name}.{extra} exists in the database but not in the model");
            }

            foreach (var index in table.Indexes)
            {
                if (!actual.Indexes.TryGetValue(index.Name, out var unique))
                {
                    differences.Add($"index {index.Name} on {table.Name} is missing");
                }
                else if (unique != index.IsUnique)
                {
                    differences.Add($"index {index.Name} on {table.Name} differs in uniqueness");
                }
            }

            foreach (var key in table.UniqueConstraints.Where(k => !k.GetIsPrimaryKey()))
            {
                if (!actual.Indexes.ContainsKey(key.Name))
                {
                    differences.Add($"unique constraint {key.Name} on {table.Name} is missing");
                }
            }
        }

        foreach (var extraTable in actual.Columns.Keys.Where(t => !expectedTables.Contains(t) && !t.StartsWith("__EF", StringComparison.Ordinal)))
        {
            differences.Add($"table {extraTable} exists in the database but not in the model");
        }

        return differences;
    }

    private sealed record ActualSchema(
        Dictionary<string, Dictionary<string, bool>> Columns,
        Dictionary<string, bool> Indexes);

    private static async Task<ActualSchema> ReadSchemaAsync(DbContext db, CancellationToken ct)
    {
        var columns = new Dictionary<string, Dictionary<string, bool>>(StringComparer.OrdinalIgnoreCase);
        var indexes = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var connection = db.Database.GetDbConnection();
        var wasOpen = connection.State == System.Data.ConnectionState.Open;
        if (!wasOpen)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        try
        {
            if (db.Database.IsNpgsql())
            {
                await ReadAsync(connection, """
                    SELECT table_name, column_name, is_nullable = 'YES'
                    FROM information_schema.columns WHERE table_schema = current_schema()
                    """, r => Add(columns, r.GetString(0), r.GetString(1), r.GetBoolean(2)), ct);
                await ReadAsync(connection, """
                    SELECT i.relname, ix.indisunique FROM pg_index ix
                    JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
                    WHERE n.nspname = current_schema()
                    """, r => indexes[r.GetString(0)] = r.GetBoolean(1), ct);
            }
            else
            {
                await ReadAsync(connection, """
                    SELECT m.name, p.name, p."notnull" = 0 AND p.pk = 0
                    FROM sqlite_master m JOIN pragma_table_info(m.name) p
                    WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
                    """, r => Add(columns, r.GetString(0), r.GetString(1), r.GetBoolean(2)), ct);
                await ReadAsync(connection, """
                    SELECT il.name, il."unique" FROM sqlite_master m JOIN pragma_index_list(m.name) il
                    WHERE m.type = 'table'
                    """, r => indexes[r.GetString(0)] = r.GetBoolean(1), ct);
            }
        }
        finally
        {
            if (!wasOpen)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return new ActualSchema(columns, indexes);
    }

    private static void Add(Dictionary<string, Dictionary<string, bool>> columns, string table, string column, bool nullable)
    {
        if (!columns.TryGetValue(table, out var tableColumns))
        {
            tableColumns = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
            columns[table] = tableColumns;
        }

        tableColumns[column] = nullable;
    }

    private static async Task ReadAsync(DbConnection connection, string sql, Action<DbDataReader> row, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            row(reader);
        }
    }
}
