using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Tests;

/// <summary>The hand-written migration builds exactly the schema the EF model expects, on each provider.</summary>
public abstract class SchemaTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    [Fact]
    public async Task Migrated_database_matches_the_model()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var differences = await SchemaVerifier.FindDifferencesAsync(scope.ServiceProvider.GetRequiredService<MealsDb>());
        differences.ShouldBeEmpty(string.Join("\n", differences));
    }
}

public sealed class SchemaTestsOnSqlite(SqliteHost fixture) : SchemaTests<SqliteHost>(fixture);

public sealed class SchemaTestsOnPostgres(PostgresHost fixture) : SchemaTests<PostgresHost>(fixture);
