using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Data;

namespace Quartet.Live.Data;

/// <summary>
/// SQLite has one writer; letting transactions queue here instead of inside SQLite avoids its busy-retry sleeps
/// (which cost ~150 ms each under contention). PostgreSQL writers run in parallel and pass straight through.
/// </summary>
public sealed class WriteGate(IServiceProvider services) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly bool serialize = !services.TargetOf<LiveDb>().IsPostgres;

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        if (!serialize)
        {
            return await work();
        }

        await gate.WaitAsync(ct);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}

public static class WriteGateRegistration
{
    public static IServiceCollection AddWriteGate(this IServiceCollection services) => services.AddSingleton<WriteGate>();
}
