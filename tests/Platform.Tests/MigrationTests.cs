using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Tests;

/// <summary>Every module × engine has generated migrations that describe its model exactly.</summary>
public sealed class GeneratedMigrationTests
{
    /// <summary>The design-time factories of every module and engine: what <c>dotnet ef</c> uses.</summary>
    public static TheoryData<string> Contexts() => [.. Factories().Keys];

    [Fact]
    public void Every_module_has_a_context_per_engine()
    {
        var modules = Host.Modules.All.Select(m => m.Key).Append(PlatformDb.Key);
        Factories().Count.ShouldBe(modules.Count() * 3);
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_model_has_no_change_without_a_migration(string context)
    {
        using var db = Create(context);
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"{context}: the model changed; add a migration for every engine (README, 'Adding a migration').");
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Generated_migrations_sort_after_the_hand_written_ones(string context)
    {
        using var db = Create(context);
        var ids = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();
        ids.ShouldNotBeEmpty();
        ids.ShouldAllBe(id => string.CompareOrdinal(id, OrderedMigrationsIdGenerator.LatestHandWrittenId) > 0);
    }

    [Fact]
    public void A_new_migration_id_sorts_after_every_existing_one()
    {
        var generator = new OrderedMigrationsIdGenerator();
        var latest = Factories().Keys.SelectMany(c =>
        {
            using var db = Create(c);
            return db.GetService<IMigrationsAssembly>().Migrations.Keys;
        }).Max(StringComparer.Ordinal)!;

        var id = generator.GenerateId("Next");

        string.CompareOrdinal(id, latest).ShouldBeGreaterThan(0);
        generator.IsValidId(id).ShouldBeTrue();
        generator.GetName(id).ShouldBe("Next");
    }

    private static DbContext Create(string context)
    {
        var factory = Activator.CreateInstance(Factories()[context])!;
        return (DbContext)factory.GetType().GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!.Invoke(factory, [Array.Empty<string>()])!;
    }

    private static Dictionary<string, Type> Factories() =>
        Host.Modules.All.Select(m => m.GetType().Assembly).Append(typeof(PlatformDb).Assembly)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .ToDictionary(t => t.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)).GetGenericArguments()[0].Name);
}

/// <summary>Migrating a fresh deployment, then again, on each engine.</summary>
public abstract class MigrationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Every_module_database_is_migrated_from_empty()
    {
        var registrations = Host.Services.GetRequiredService<ModuleDatabases>().Registrations;
        registrations.Select(r => r.Key).ShouldContain(PlatformDb.Key);
        foreach (var (type, key) in registrations)
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty(key);
            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.GetService<IMigrationsAssembly>().Migrations.Keys, key);
        }
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        await Host.App.MigrateAsync();
        var migrator = Host.Services.GetRequiredService<DatabaseMigrator>();
        foreach (var (type, key) in migrator.Targets())
        {
            (await migrator.MigrateAsync(type, CancellationToken.None)).ShouldBeEmpty(key);
        }
    }
}

public sealed class MigrationTestsOnSqlite(SqliteHost fixture) : MigrationTests<SqliteHost>(fixture);

public sealed class MigrationTestsOnPostgres(PostgresHost fixture) : MigrationTests<PostgresHost>(fixture);

public sealed class MigrationTestsOnMySql(MySqlHost fixture) : MigrationTests<MySqlHost>(fixture);
