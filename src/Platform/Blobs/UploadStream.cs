using System.Security.Cryptography;

namespace Quartet.Platform.Blobs;

/// <summary>An upload refused part-way because it passed its size limit; nothing of it is kept.</summary>
public sealed class UploadTooLargeException(long maxBytes) : Exception($"The upload is larger than {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}

/// <summary>
/// An upload read straight from the request on its way to the blob store: the first bytes are read ahead so the type
/// can be told from them before anything is stored, the rest passes through in small chunks, counted against a size
/// limit and hashed, so no upload is ever held whole in memory.
/// </summary>
public sealed class UploadStream : Stream
{
    private readonly Stream source;
    private readonly long maxBytes;
    private readonly byte[] head;
    private readonly IncrementalHash sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int headOffset;
    private byte[]? digest;

    private UploadStream(Stream source, long maxBytes, byte[] head)
    {
        this.source = source;
        this.maxBytes = maxBytes;
        this.head = head;
    }

    /// <summary>
    /// Reads up to <paramref name="headBytes"/> bytes ahead. Reading the stream throws <see cref="UploadTooLargeException"/>
    /// as soon as more than <paramref name="maxBytes"/> have come from the source.
    /// </summary>
    public static async Task<UploadStream> OpenAsync(Stream source, long maxBytes, int headBytes, CancellationToken cancellationToken)
    {
        var head = new byte[headBytes];
        var filled = await source.ReadAtLeastAsync(head, headBytes, throwOnEndOfStream: false, cancellationToken);
        return new UploadStream(source, maxBytes, head[..filled]) { BytesRead = filled };
    }

    /// <summary>The first bytes of the upload (fewer when the upload is shorter).</summary>
    public ReadOnlySpan<byte> Head => head;

    /// <summary>Bytes read from the source so far; the upload's size once it has been read to the end.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The SHA-256 of everything read, in lower-case hex; only once the upload has been read to the end.</summary>
    public string Sha256Hex => Convert.ToHexStringLower(digest ?? throw new InvalidOperationException("The upload has not been read to the end."));

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (headOffset < head.Length)
        {
            var n = Math.Min(buffer.Length, head.Length - headOffset);
            head.AsMemory(headOffset, n).CopyTo(buffer);
            sha256.AppendData(head, headOffset, n);
            headOffset += n;
            return n;
        }

        var read = await source.ReadAsync(buffer, cancellationToken);
        Count(read);
        if (read == 0)
        {
            digest ??= sha256.GetHashAndReset();
        }
        else
        {
            sha256.AppendData(buffer.Span[..read]);
        }

        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sha256.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Count(int read)
    {
        BytesRead += read;
        if (BytesRead > maxBytes)
        {
            throw new UploadTooLargeException(maxBytes);
        }
    }
}
