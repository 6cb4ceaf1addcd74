using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Quartet.Platform.Tests;

/// <summary>
/// A database's schema as comparable lines (columns with type, nullability and default; indexes; foreign keys; check
/// constraints), read from the engine's catalogue, so two databases can be compared without caring about column order.
/// </summary>
public static class SchemaDescription
{
    public static async Task<HashSet<string>> ReadAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return db.Database.IsNpgsql() ? await PostgresAsync(connection) : await SqliteAsync(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<HashSet<string>> SqliteAsync(DbConnection connection)
    {
        var lines = new HashSet<string>();
        lines.UnionWith(await LinesAsync(connection, """
            SELECT 'column ' || m.name || '.' || p.name || ' ' || p.type || ' notnull=' || p."notnull" || ' default=' || IFNULL(p.dflt_value, '') || ' pk=' || p.pk
            FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name NOT LIKE '__EF%'
            """));
        lines.UnionWith(await LinesAsync(connection, """
            SELECT 'index ' || name || ' ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
            """));
        lines.UnionWith(await LinesAsync(connection, """
            SELECT 'fk ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' ' || f.on_delete
            FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
            """));
        foreach (var table in await LinesAsync(connection, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '__EF%'"))
        {
            lines.UnionWith(CheckConstraints(table));
        }

        return lines;
    }

    /// <summary>Each <c>CONSTRAINT "name" CHECK (…)</c> of a CREATE TABLE statement, however the statement is laid out.</summary>
    private static IEnumerable<string> CheckConstraints(string createTable)
    {
        const string marker = " CHECK (";
        for (var at = createTable.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = createTable.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            var nameStart = createTable.LastIndexOf("CONSTRAINT ", at, StringComparison.Ordinal);
            var depth = 0;
            var end = at + marker.Length - 1;
            do
            {
                depth += createTable[end] switch { '(' => 1, ')' => -1, _ => 0 };
                end++;
            }
            while (depth > 0);

            yield return "check " + createTable[nameStart..end];
        }
    }

    private static async Task<HashSet<string>> PostgresAsync(DbConnection connection) =>
    [
        .. await LinesAsync(connection, """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || COALESCE(character_maximum_length::text, '')
                || ' nullable=' || is_nullable || ' default=' || COALESCE(column_default, '')
            FROM information_schema.columns WHERE table_schema = current_schema() AND table_name NOT LIKE '\_\_EF%'
            """),
        .. await LinesAsync(connection, """
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename NOT LIKE '\_\_EF%'
            """),
        .. await LinesAsync(connection, """
            SELECT 'constraint ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE n.nspname = current_schema() AND c.conname NOT LIKE '%\_\_EF%'
            """),
    ];

    private static async Task<List<string>> LinesAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join(' ', Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        }

        return lines;
    }
}
