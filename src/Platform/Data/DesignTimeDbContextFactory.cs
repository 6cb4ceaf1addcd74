using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build one engine's context without starting the host. Adding a migration
/// needs no server; the connection strings here are placeholders.
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext>(DatabaseProvider engine, string key) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var target = engine switch
        {
            DatabaseProvider.Postgres => new DatabaseTarget(key, engine, $"Host=localhost;Database=quartet;Search Path={key}"),
            DatabaseProvider.MySql => new DatabaseTarget(key, engine, $"Server=localhost;Database=quartet_{key}"),
            _ => new DatabaseTarget(key, engine, $"Data Source={key}.db"),
        };
        var builder = new DbContextOptionsBuilder<TContext>();
        ModuleDatabaseRegistration.Configure(builder, target, new DatabaseOptions());
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}
