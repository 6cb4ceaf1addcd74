namespace Quartet.Shop.Tests;

/// <summary>A host with shop limits turned on (monthly order limit 3), for the limit race.</summary>
public sealed class LimitedSqliteHost : SqliteHost
{
    protected override IDictionary<string, string?>? Settings => LimitedSettings.Values;
}

public sealed class LimitedPostgresHost : PostgresHost
{
    protected override IDictionary<string, string?>? Settings => LimitedSettings.Values;
}

public sealed class LimitedMySqlHost : MySqlHost
{
    protected override IDictionary<string, string?>? Settings => LimitedSettings.Values;
}

internal static class LimitedSettings
{
    public static readonly Dictionary<string, string?> Values = new() { ["Shop:MaxOrdersPerMonth"] = "3" };
}
