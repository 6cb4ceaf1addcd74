using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Quartet.Platform.Jobs;

namespace Quartet.Platform.Tests;

/// <summary>
/// Instances racing for a job lease: the losers learn the lease is taken without any error in the log (on MySQL a
/// plain insert logged "Duplicate entry … PRIMARY" at error level for every losing instance).
/// </summary>
public abstract class JobLeaseRaceLogTests
{
    protected abstract TestProvider Provider { get; }

    [Fact]
    public async Task Losing_a_lease_race_logs_no_error()
    {
        var errors = new ErrorLog();
        await using var host = await QuartetTestHost.StartAsync(Provider, configure: builder => builder.Logging.AddProvider(errors));
        var jobLock = host.Services.GetRequiredService<JobLock>();
        var job = "race-" + Guid.NewGuid().ToString("N");
        errors.Clear();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => jobLock.TryAcquireAsync(job, $"holder-{i}", TimeSpan.FromMinutes(1), CancellationToken.None))));
        (await jobLock.TryAcquireAsync(job, "late", TimeSpan.FromMinutes(1), CancellationToken.None)).ShouldBeFalse();

        results.Count(r => r).ShouldBe(1);
        errors.Entries.ShouldBeEmpty();
    }

    private sealed class ErrorLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> entries = new();

        public IReadOnlyCollection<string> Entries => entries;

        public void Clear() => entries.Clear();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    entries.Enqueue($"{category}: {formatter(state, exception)}");
                }
            }
        }
    }
}

public sealed class JobLeaseRaceLogTestsOnSqlite : JobLeaseRaceLogTests
{
    protected override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class JobLeaseRaceLogTestsOnPostgres : JobLeaseRaceLogTests
{
    protected override TestProvider Provider => TestProvider.Postgres;
}

public sealed class JobLeaseRaceLogTestsOnMySql : JobLeaseRaceLogTests
{
    protected override TestProvider Provider => TestProvider.MySql;
}
