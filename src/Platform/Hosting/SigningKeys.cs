using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Quartet.Platform.Hosting;

/// <summary>
/// The secret behind access tokens and signed blob URLs: <c>Quartet:Auth:SigningKey</c> (base64, ≥ 32 bytes), or in
/// Development a key generated once into the data folder (never committed). Each use derives its own sub-key.
/// </summary>
public sealed class SigningKeys
{
    private readonly byte[] master;

    public SigningKeys(IOptions<QuartetOptions> options, IHostEnvironment environment, ILogger<SigningKeys> logger)
    {
        var configured = options.Value.Auth.SigningKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            master = Convert.FromBase64String(configured);
            if (master.Length < 32)
            {
                throw new InvalidOperationException("Quartet:Auth:SigningKey must be at least 32 bytes (base64).");
            }

            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Quartet:Auth:SigningKey is not set. Set Quartet__Auth__SigningKey to a base64 key of 32+ bytes (e.g. `openssl rand -base64 48`); all instances must share it.");
        }

        var file = Path.Combine(options.Value.FullDataDir, "keys", "dev-signing.key");
        master = LoadOrCreate(file);
        logger.LogInformation("Using the development signing key in {File}", file);
    }

    public byte[] For(string purpose) => HMACSHA256.HashData(master, Encoding.UTF8.GetBytes("quartet:" + purpose));

    private static byte[] LoadOrCreate(string file)
    {
        if (File.Exists(file))
        {
            return Convert.FromBase64String(File.ReadAllText(file).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var key = RandomNumberGenerator.GetBytes(48);
        try
        {
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
        }
        catch (IOException) when (File.Exists(file))
        {
            return Convert.FromBase64String(File.ReadAllText(file).Trim());
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
