using Microsoft.Extensions.Configuration;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Tests;

/// <summary>Bad database configuration fails before serving, with a message naming the setting.</summary>
public sealed class DatabaseEngineConfigurationTests
{
    [Fact]
    public void An_unknown_engine_names_the_setting()
    {
        var error = Should.Throw<InvalidOperationException>(() => Resolve(new() { ["Quartet:Database:Engine"] = "oracle", ["ConnectionStrings:Default"] = "Host=x" }));
        error.Message.ShouldContain("Quartet:Database:Engine");
        error.Message.ShouldContain("sqlite, postgres or mysql");
    }

    [Fact]
    public void Without_an_engine_setting_the_connection_string_decides_as_before()
    {
        Resolve([]).Provider.ShouldBe(DatabaseProvider.Sqlite);
        Resolve(new() { ["ConnectionStrings:Default"] = "Host=db;Database=quartet" }).Provider.ShouldBe(DatabaseProvider.Postgres);
    }

    [Fact]
    public void Mysql_gives_each_module_its_own_database()
    {
        var target = Resolve(new() { ["Quartet:Database:Engine"] = "mysql", ["ConnectionStrings:Default"] = "Server=db;Database=quartet;User ID=q" });
        target.Provider.ShouldBe(DatabaseProvider.MySql);
        target.DatabaseName.ShouldBe("quartet_shop");
    }

    [Theory]
    [InlineData("8.0.36", true)]
    [InlineData("8.4.0", true)]
    [InlineData("10.11.19-MariaDB-0+deb12u1", true)]
    [InlineData("10.5.2-MariaDB", false)]
    [InlineData("5.7.44-log", false)]
    public void Servers_older_than_mysql_8_or_mariadb_10_6_are_refused(string version, bool accepted)
    {
        if (accepted)
        {
            MySqlServer.CheckVersion(version, "ConnectionStrings:Default");
        }
        else
        {
            Should.Throw<InvalidOperationException>(() => MySqlServer.CheckVersion(version, "ConnectionStrings:Default")).Message.ShouldContain("ConnectionStrings:Default");
        }
    }

    [Fact]
    public async Task Wrong_credentials_fail_in_migrate_naming_the_setting()
    {
        var server = new MySql.Data.MySqlClient.MySqlConnectionStringBuilder(TestDatabases.MySqlAdminConnectionString) { Password = "wrong-password" };
        var target = Resolve(new() { ["Quartet:Database:Engine"] = "mysql", ["ConnectionStrings:Default"] = server.ConnectionString });
        var error = await Should.ThrowAsync<InvalidOperationException>(() => MySqlServer.EnsureDatabaseAsync(target, CancellationToken.None));
        error.Message.ShouldContain("ConnectionStrings:shop");
        error.Message.ShouldContain("cannot connect");
    }

    private static DatabaseTarget Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = configuration.GetSection(QuartetOptions.Section).Get<QuartetOptions>() ?? new QuartetOptions();
        options.DataDir = Path.GetTempPath();
        return DatabaseTarget.Resolve("shop", configuration, options);
    }
}
