using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Tests;

/// <summary>The hand-written migrations of every module build exactly the schema its EF model describes.</summary>
public abstract class MigrationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Every_module_database_matches_its_model_after_migrating_from_empty()
    {
        var registrations = Host.Services.GetRequiredService<ModuleDatabases>().Registrations;
        registrations.Select(r => r.Key).ShouldContain(PlatformDb.Key);
        foreach (var (type, key) in registrations)
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty(key);
            (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty(key);
            var differences = await SchemaVerifier.FindDifferencesAsync(db);
            differences.ShouldBeEmpty($"{key}: {string.Join("; ", differences)}");
        }
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        await Host.App.MigrateAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        (await SchemaVerifier.FindDifferencesAsync(db)).ShouldBeEmpty();
    }
}

public sealed class MigrationTestsOnSqlite(SqliteHost fixture) : MigrationTests<SqliteHost>(fixture);

public sealed class MigrationTestsOnPostgres(PostgresHost fixture) : MigrationTests<PostgresHost>(fixture);

/// <summary>The verifier itself must notice drift, or the test above proves nothing.</summary>
public sealed class SchemaVerifierDetectsDriftTests
{
    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.Postgres)]
    public async Task Missing_and_extra_columns_and_indexes_are_reported(TestProvider provider)
    {
        await using var host = await QuartetTestHost.StartAsync(provider, modules: []);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        (await SchemaVerifier.FindDifferencesAsync(db)).ShouldBeEmpty();

        await db.Database.ExecuteSqlRawAsync("DROP INDEX ix_job_runs_job_started");
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE job_runs ADD COLUMN \"Surprise\" integer NULL");
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE stray (id integer PRIMARY KEY)");

        var differences = await SchemaVerifier.FindDifferencesAsync(db);
        differences.ShouldContain(d => d.Contains("ix_job_runs_job_started"));
        differences.ShouldContain(d => d.Contains("job_runs.Surprise"));
        differences.ShouldContain(d => d.Contains("stray"));
    }
}
