using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Data;

/// <summary>
/// Encrypts the data-protection keys (which protect sign-in cookies and anti-forgery tokens) with AES-GCM under a
/// sub-key of the signing key before they reach the platform database, so a copy of the database alone cannot
/// forge a session. Changing the signing key makes the stored keys unreadable: sessions end and new keys are made.
/// </summary>
internal sealed class KeyRingEncryptor(SigningKeys keys) : IXmlEncryptor
{
    internal const string Purpose = "data-protection-key-ring";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var ciphertext = new byte[plaintext.Length];
        using (var aes = new AesGcm(keys.For(Purpose), tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }

        var element = new XElement("encryptedKey",
            new XComment(" Encrypted with a sub-key of Quartet:Auth:SigningKey. "),
            new XElement("value", Convert.ToBase64String([.. nonce, .. tag, .. ciphertext])));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }
}

/// <summary>Created by data protection through its activator, hence the service-provider constructor.</summary>
internal sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var sealedBytes = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? throw new CryptographicException("The encrypted key has no value."));
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        if (sealedBytes.Length < nonceSize + tagSize)
        {
            throw new CryptographicException("The encrypted key is truncated.");
        }

        var plaintext = new byte[sealedBytes.Length - nonceSize - tagSize];
        using (var aes = new AesGcm(services.GetRequiredService<SigningKeys>().For(KeyRingEncryptor.Purpose), tagSize))
        {
            aes.Decrypt(sealedBytes.AsSpan(0, nonceSize), sealedBytes.AsSpan(nonceSize + tagSize), sealedBytes.AsSpan(nonceSize, tagSize), plaintext);
        }

        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
