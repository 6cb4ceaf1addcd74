using System.Buffers.Binary;

namespace Quartet.Shop.Products;

public sealed record ImageInfo(string ContentType, int Width, int Height);

/// <summary>
/// Recognises JPEG, PNG and WebP by their signature bytes (never by the declared type or file name) and reads the
/// dimensions from the header.
/// </summary>
public static class ImageFormat
{
    public enum Result
    {
        Ok,
        Unsupported,
        Invalid,
    }

    public static (Result Result, ImageInfo? Info) Inspect(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 8 && data[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Png(data);
        }

        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return Jpeg(data);
        }

        if (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(data);
        }

        return (Result.Unsupported, null);
    }

    private static (Result, ImageInfo?) Png(ReadOnlySpan<byte> data)
    {
        if (data.Length < 24 || !data[12..16].SequenceEqual("IHDR"u8))
        {
            return (Result.Invalid, null);
        }

        return Sized("image/png", BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
    }

    private static (Result, ImageInfo?) Jpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 4 <= data.Length)
        {
            if (data[i] != 0xFF)
            {
                return (Result.Invalid, null);
            }

            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                i += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            if (length < 2)
            {
                return (Result.Invalid, null);
            }

            var isFrameHeader = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (isFrameHeader)
            {
                if (i + 9 > data.Length)
                {
                    return (Result.Invalid, null);
                }

                return Sized("image/jpeg", BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            }

            i += 2 + length;
        }

        return (Result.Invalid, null);
    }

    private static (Result, ImageInfo?) WebP(ReadOnlySpan<byte> data)
    {
        if (data.Length < 30)
        {
            return (Result.Invalid, null);
        }

        var chunk = data[12..16];
        if (chunk.SequenceEqual("VP8 "u8) && data[23] == 0x9D && data[24] == 0x01 && data[25] == 0x2A)
        {
            return Sized("image/webp", BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFFu, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFFu);
        }

        if (chunk.SequenceEqual("VP8L"u8) && data[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return Sized("image/webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            var width = (uint)(data[24] | (data[25] << 8) | (data[26] << 16)) + 1;
            var height = (uint)(data[27] | (data[28] << 8) | (data[29] << 16)) + 1;
            return Sized("image/webp", width, height);
        }

        return (Result.Invalid, null);
    }

    private static (Result, ImageInfo?) Sized(string contentType, uint width, uint height) =>
        width is >= 1 and <= 4096 && height is >= 1 and <= 4096
            ? (Result.Ok, new ImageInfo(contentType, (int)width, (int)height))
            : (Result.Invalid, null);
}
