using System.Security.Cryptography;
using MySql.Data.MySqlClient;
using Quartet.Platform.Cli;
using Quartet.Platform.Data;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Tests;

/// <summary>
/// <c>serve</c> with <c>Quartet:MigrateOnStartup=false</c> checks each MySQL server as <c>migrate</c> does before it
/// listens. Only a MariaDB new enough runs here and the check has no seam to fake an older one, so what is proven is:
/// start-up runs the check (wrong credentials stop it), the check accepts the real server and names the setting, and
/// the version rule it applies refuses MySQL &lt; 8 / MariaDB &lt; 10.6 (DatabaseEngineConfigurationTests).
/// </summary>
public sealed class ServeStartUpCheckTests : IDisposable
{
    private readonly string dataDir = TestDatabases.NewTempFolder("quartet-serve-check");

    [Fact]
    public async Task Serve_without_migrating_stops_before_listening_when_it_cannot_sign_in_to_the_mysql_server()
    {
        var serve = QuartetCli.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--apps", "shop", .. Settings("wrong-password")], Host.Modules.All);
        (await serve.WaitAsync(TimeSpan.FromSeconds(60))).ShouldBe(1);
    }

    [Fact]
    public async Task The_start_up_check_passes_a_supported_server_and_names_the_setting_when_it_cannot_connect()
    {
        await using (var app = QuartetApp.Build(Settings(password: null), Host.Modules.All))
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().CheckServersAsync(CancellationToken.None);
        }

        await using var misconfigured = QuartetApp.Build(Settings("wrong-password"), Host.Modules.All);
        var error = await Should.ThrowAsync<InvalidOperationException>(() =>
            misconfigured.Services.GetRequiredService<DatabaseMigrator>().CheckServersAsync(CancellationToken.None));
        error.Message.ShouldContain("(or ConnectionStrings:Default) with Quartet:Database:Engine=mysql");
        error.Message.ShouldContain("cannot connect to the MySQL server");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string[] Settings(string? password)
    {
        var server = new MySqlConnectionStringBuilder(TestDatabases.MySqlAdminConnectionString) { Database = "quartet" };
        if (password is not null)
        {
            server.Password = password;
        }

        return
        [
            "--Quartet:MigrateOnStartup=false",
            "--Quartet:Database:Engine=mysql",
            $"--ConnectionStrings:Default={server.ConnectionString}",
            $"--Quartet:Auth:SigningKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))}",
            $"--Quartet:DataDir={dataDir}",
        ];
    }
}
