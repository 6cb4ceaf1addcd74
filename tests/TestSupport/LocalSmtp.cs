using System.Globalization;
using MimeKit;

namespace Quartet.TestSupport;

/// <summary>
/// A real SMTP server (npm smtp-server, tests/servers/smtp-server.mjs) on a loopback port, requiring a user name and
/// password; the tests read the messages it accepted.
/// </summary>
public sealed class LocalSmtp : IAsyncDisposable
{
    public const string User = "quartet-mailer";

    private readonly LocalServer server;
    private readonly string folder;

    private LocalSmtp(LocalServer server, string folder, string password)
    {
        this.server = server;
        this.folder = folder;
        Password = password;
    }

    public int Port => server.Port;

    public string Password { get; }

    /// <param name="failFirst">How many messages get a temporary failure (451) before the server accepts any.</param>
    public static async Task<LocalSmtp> StartAsync(int failFirst = 0)
    {
        var port = LocalServer.FreePort();
        var folder = TestDatabases.NewTempFolder("quartet-smtp");
        var password = "smtp-" + Guid.NewGuid().ToString("N")[..10];
        var server = await LocalServer.StartAsync("smtp-server.mjs",
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--dir", folder, "--user", User, "--pass", password, "--fail-first", failFirst.ToString(CultureInfo.InvariantCulture)], port);
        return new LocalSmtp(server, folder, password);
    }

    /// <summary>Host settings that send through this server.</summary>
    public Dictionary<string, string?> Settings(string publicUrl = "http://quartet.test") => new()
    {
        ["Quartet:Mail:SmtpHost"] = "127.0.0.1",
        ["Quartet:Mail:SmtpPort"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Quartet:Mail:UseStartTls"] = "false",
        ["Quartet:Mail:Username"] = User,
        ["Quartet:Mail:Password"] = Password,
        ["Quartet:Mail:From"] = "Quartet <no-reply@quartet.test>",
        ["Quartet:Mail:PublicUrl"] = publicUrl,
        ["Quartet:Mail:PollInterval"] = "00:00:00.200",
        ["Quartet:Mail:RetryDelay"] = "00:00:00.500",
    };

    /// <summary>Every message accepted so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Received() =>
        [.. Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))];

    /// <summary>Waits until a message to <paramref name="address"/> matching <paramref name="match"/> arrives.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, Func<MimeMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var found = Received().LastOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)) && (match?.Invoke(m) ?? true));
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail to {address} arrived; the server received {Received().Count}. Server output: {server.Output}");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
