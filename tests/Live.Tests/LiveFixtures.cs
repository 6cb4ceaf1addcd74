namespace Quartet.Live.Tests;

/// <summary>Limits raised so tests exercise correctness, not the per-participant throttles (which have their own tests).</summary>
internal static class LiveTestSettings
{
    public static Dictionary<string, string?> Relaxed() => new()
    {
        ["Live:WritesPerWindow"] = "100000",
        ["Live:SyncBurst"] = "100000",
        ["Live:SyncRefillPerSecond"] = "100000",
        ["Live:JoinsPerIpPerMinute"] = "100000",
        ["Live:FailedLookupsPerIpPerMinute"] = "100000",
        ["Live:PublishIntervalMs"] = "250",
    };
}

public sealed class LiveSqlite : SqliteHost
{
    public LiveSqlite() => DbCommandCounter.Subscribe();

    protected override IDictionary<string, string?>? Settings => LiveTestSettings.Relaxed();
}

public sealed class LivePostgres : PostgresHost
{
    public LivePostgres() => DbCommandCounter.Subscribe();

    protected override IDictionary<string, string?>? Settings => LiveTestSettings.Relaxed();
}

public sealed class LiveMySql : MySqlHost
{
    public LiveMySql() => DbCommandCounter.Subscribe();

    protected override IDictionary<string, string?>? Settings => LiveTestSettings.Relaxed();
}

/// <summary>Default limits (10 writes per 10 s, sync bucket of 10) for the limit tests.</summary>
public sealed class StrictSqlite : SqliteHost;

public sealed class StrictPostgres : PostgresHost;

public sealed class StrictMySql : MySqlHost;

/// <summary>Default limits on a real loopback port, for the commands that talk HTTP to a deployed server.</summary>
public sealed class LoopbackSqlite : SqliteHost
{
    protected override bool Loopback => true;
}

public sealed class LoopbackPostgres : PostgresHost
{
    protected override bool Loopback => true;
}

public sealed class LoopbackMySql : MySqlHost
{
    protected override bool Loopback => true;
}
