using System.Threading.Channels;
using Microsoft.Extensions.Hosting;

namespace Quartet.Live.Data;

/// <summary>
/// Group commit (M3): callers queue items and wait; one reader takes up to <paramref name="maxBatch"/> items, or what
/// arrived within <paramref name="maxWait"/> of the first, and commits them in one transaction. Each item is answered
/// only after its batch committed.
/// </summary>
public abstract class GroupCommitter<TItem>(int maxBatch, TimeSpan maxWait) : BackgroundService
{
    private readonly Channel<TItem> queue = Channel.CreateBounded<TItem>(new BoundedChannelOptions(20_000) { SingleReader = true });

    protected ValueTask EnqueueAsync(TItem item, CancellationToken ct) => queue.Writer.WriteAsync(item, ct);

    /// <summary>Commits one batch and answers every item in it, with an exception when the batch failed.</summary>
    protected abstract Task CommitAsync(List<TItem> batch, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<TItem>(maxBatch);
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            using var window = new CancellationTokenSource(maxWait);
            try
            {
                while (batch.Count < maxBatch)
                {
                    if (queue.Reader.TryRead(out var item))
                    {
                        batch.Add(item);
                    }
                    else if (batch.Count > 0 && !await queue.Reader.WaitToReadAsync(window.Token))
                    {
                        break;
                    }
                }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
            }

            await CommitAsync(batch, stoppingToken);
        }
    }
}
