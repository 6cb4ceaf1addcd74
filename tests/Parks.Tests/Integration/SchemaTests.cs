using Microsoft.Extensions.DependencyInjection;
using Quartet.Parks.Data;
using Quartet.Platform.Data;

namespace Quartet.Parks.Tests.Integration;

public abstract class SchemaTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    [Fact]
    public async Task The_hand_written_migration_matches_the_model()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParksDb>();

        (await SchemaVerifier.FindDifferencesAsync(db)).ShouldBeEmpty();
    }
}

public sealed class SchemaTestsOnSqlite(SqliteHost f) : SchemaTests<SqliteHost>(f);

public sealed class SchemaTestsOnPostgres(PostgresHost f) : SchemaTests<PostgresHost>(f);
