using Quartet.Platform.Accounts;
using Quartet.Platform.Cli;

namespace Quartet.Platform.Tests;

/// <summary>The command line runs in-process against a throw-away data folder.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string dataDir = TestDatabases.NewTempFolder("quartet-cli");

    private Task<int> Run(params string[] args) => QuartetCli.RunAsync([.. args, "--data-dir", dataDir, "--apps", "shop"], Host.Modules.All);

    [Fact]
    public async Task Migrate_users_create_and_backup_work_and_users_create_is_idempotent()
    {
        (await Run("migrate")).ShouldBe(0);
        File.Exists(Path.Combine(dataDir, "platform.db")).ShouldBeTrue();

        (await Run("users", "create", "--email", "first@example.test", "--password", "first-admin-1", "--role", "admin", "--role", "shop.admin")).ShouldBe(0);
        (await Run("users", "create", "--email", "first@example.test", "--role", "shop.admin")).ShouldBe(0);
        (await Run("users", "create", "--email", "bad@example.test", "--password", "short")).ShouldBe(2);
        (await Run("users", "create", "--email", "x@example.test", "--password", "good-pass-1", "--role", "pirate")).ShouldBe(2);

        await using (var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?> { ["Quartet:DataDir"] = dataDir }, modules: [.. Host.Modules.All.Where(m => m.Key == "shop")]))
        {
            var client = host.CreateClient();
            await QuartetTestHost.SignInAsync(client, "first@example.test", "first-admin-1");
            var me = await (await client.GetAsync("/api/auth/me")).ReadAsAsync<UserView>();
            me.Roles.ShouldBe(["admin", "shop.admin"]);
        }

        var backupDir = Path.Combine(dataDir, "backup-test");
        (await Run("backup", "--out", backupDir)).ShouldBe(0);
        new FileInfo(Path.Combine(backupDir, "platform.db")).Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Jobs_refuse_an_unmigrated_data_folder_without_touching_it()
    {
        (await Run("backup", "--out", Path.Combine(dataDir, "backup-test"))).ShouldBe(1);
        (await Run("mail", "purge")).ShouldBe(1);
        Directory.Exists(Path.Combine(dataDir, "backup-test")).ShouldBeFalse();

        (await Run("migrate")).ShouldBe(0);
        (await Run("mail", "purge")).ShouldBe(0);
    }

    [Fact]
    public async Task Help_is_available() => (await Run("--help")).ShouldBe(0);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
