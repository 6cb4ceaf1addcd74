using System.Net;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;

namespace Quartet.Platform.Tests;

public abstract class KeyRingEncryptionTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Cookie_keys_are_stored_encrypted_and_still_protect_sessions()
    {
        var user = await Host.CreateUserAsync();
        var cookieClient = Host.CreateClient();
        await QuartetTestHost.SignInAsync(cookieClient, user.Email, QuartetTestHost.TestPassword);

        (await cookieClient.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var scope = Host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PlatformDb>().DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(xml => xml.Contains("<encryptedSecret") && xml.Contains("KeyRingDecryptor") && !xml.Contains("<masterKey"));

        // Read back from the database (not the in-memory key ring) and decrypted, as another instance would.
        var keys = Host.Services.GetRequiredService<IKeyManager>().GetAllKeys();
        keys.Count.ShouldBe(rows.Count);
        keys.ShouldAllBe(k => k.Descriptor.ExportToXml().SerializedDescriptorElement.Name.LocalName == "descriptor");
    }
}

public sealed class KeyRingEncryptionTestsOnSqlite(SqliteHost fixture) : KeyRingEncryptionTests<SqliteHost>(fixture);

public sealed class KeyRingEncryptionTestsOnPostgres(PostgresHost fixture) : KeyRingEncryptionTests<PostgresHost>(fixture);

public sealed class KeyRingEncryptionTestsOnMySql(MySqlHost fixture) : KeyRingEncryptionTests<MySqlHost>(fixture);
