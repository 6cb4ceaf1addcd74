using Microsoft.Extensions.Logging;
using MySql.Data.MySqlClient;
using Quartet.Parks.Data;
using Quartet.Platform.Data;

namespace Quartet.Parks.Collection;

/// <summary>
/// Drops this instance's copy of the data version when another instance or process (the collector run by cron)
/// writes: PostgreSQL notifies on <see cref="DataVersions.Channel"/>, SQLite's file moves on any commit, and on
/// MySQL the version row itself is polled.
/// </summary>
public sealed class DataVersionListener(DataVersions versions, IServiceProvider services, ILogger<DataVersionListener> logger)
    : DatabaseChangeListener(logger)
{
    private string? seen;

    protected override DatabaseTarget Target => services.TargetOf<ParksDb>();

    protected override string Channel => DataVersions.Channel;

    protected override void Changed(string? payload) => versions.Forget();

    protected override void Confirmed() => versions.Confirm();

    protected override void Lost() => versions.StopTrusting();

    protected override async Task PollAsync(MySqlConnection connection, bool first, CancellationToken ct)
    {
        await using var read = new MySqlCommand("SELECT HEX(LastRunId), RollupRevision, CatalogueRevision FROM data_version WHERE Id = 1", connection);
        await using var reader = await read.ExecuteReaderAsync(ct);
        var token = await reader.ReadAsync(ct) ? $"{(reader.IsDBNull(0) ? "" : reader.GetString(0))}.{reader.GetInt64(1)}.{reader.GetInt64(2)}" : "";
        if (!first && token != seen)
        {
            versions.Forget();
        }

        seen = token;
    }
}
