using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Quartet.Platform.Data;

/// <summary>
/// Base for every module's DbContext: DateTime values are UTC on the way in and come back marked UTC from
/// SQLite and MySQL too, so the same code runs on every engine. Each module has one subclass per engine (its
/// migrations and snapshot belong to that subclass); the model may differ where an engine's SQL does.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The MySQL collation of every text column: case- and accent-sensitive like SQLite's and PostgreSQL's.</summary>
    public const string MySqlCollation = "utf8mb4_bin";

    public bool IsMySql => Database.ProviderName == "MySql.EntityFrameworkCore";

    public bool IsSqlite => Database.IsSqlite();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        if (IsMySql)
        {
            configurationBuilder.Properties<DateTime>().HavePrecision(6);
            configurationBuilder.Properties<DateTime?>().HavePrecision(6);
            configurationBuilder.Properties<string>().UseCollation(MySqlCollation);

            // MySql.Data reads `date` as DateTime and `time` as TimeSpan, and cannot hand out DateOnly or TimeOnly
            // (GetFieldValue throws InvalidCastException: the meals 500s), so they travel as those and are converted here.
            configurationBuilder.Properties<DateOnly>().HaveConversion<DateOnlyAsDateTime>().HaveColumnType("date");
            configurationBuilder.Properties<DateOnly?>().HaveConversion<DateOnlyAsDateTime>().HaveColumnType("date");
            configurationBuilder.Properties<TimeOnly>().HaveConversion<TimeOnlyAsTimeSpan>().HaveColumnType("time");
            configurationBuilder.Properties<TimeOnly?>().HaveConversion<TimeOnlyAsTimeSpan>().HaveColumnType("time");
        }
    }

    /// <summary>
    /// A SQL fragment of the model (check constraint, index filter) written with PostgreSQL/SQLite quotes
    /// (<c>"Balance" &gt;= 0</c>), in the engine's quoting.
    /// </summary>
    protected string Sql(string fragment) => IsMySql ? fragment.Replace('"', '`') : fragment;

    /// <summary>MySQL has no partial indexes: there the index covers every row.</summary>
    protected string? IndexFilter(string filter) => IsMySql ? null : filter;

    private sealed class DateOnlyAsDateTime() : ValueConverter<DateOnly, DateTime>(
        v => v.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
        v => DateOnly.FromDateTime(v));

    private sealed class TimeOnlyAsTimeSpan() : ValueConverter<TimeOnly, TimeSpan>(
        v => v.ToTimeSpan(),
        v => TimeOnly.FromTimeSpan(v));

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.Value.ToUniversalTime(), DateTimeKind.Utc),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}
