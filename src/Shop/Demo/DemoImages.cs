using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Quartet.Shop.Demo;

/// <summary>Draws simple product pictures (a coloured tile with a shape) as PNG files, so the demo needs no downloads.</summary>
public static class DemoImages
{
    public const int Size = 256;

    public static byte[] Tile(int seed, (byte R, byte G, byte B) colour)
    {
        var rows = new byte[Size * ((Size * 3) + 1)];
        var shape = seed % 3;
        for (var y = 0; y < Size; y++)
        {
            var row = y * ((Size * 3) + 1);
            for (var x = 0; x < Size; x++)
            {
                var dx = x - (Size / 2);
                var dy = y - (Size / 2);
                var inside = shape switch
                {
                    0 => (dx * dx) + (dy * dy) < 70 * 70,
                    1 => Math.Abs(dx) < 60 && Math.Abs(dy) < 60,
                    _ => Math.Abs(dx) + Math.Abs(dy) < 80,
                };
                var shade = (byte)(40 + (y * 60 / Size));
                var pixel = row + 1 + (x * 3);
                rows[pixel] = inside ? (byte)255 : (byte)Math.Min(255, colour.R + shade);
                rows[pixel + 1] = inside ? (byte)255 : (byte)Math.Min(255, colour.G + shade);
                rows[pixel + 2] = inside ? (byte)255 : (byte)Math.Min(255, colour.B + shade);
            }
        }

        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, Size);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), Size);
        header[8] = 8;
        header[9] = 2;
        Chunk(output, "IHDR", header);
        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(rows);
            }

            Chunk(output, "IDAT", pixels.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        output.Write(word);
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typed));
        output.Write(word);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
