using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Data;

namespace Quartet.Platform.Jobs;

/// <summary>
/// A lease in the platform database: one holder per job name across processes and machines. The holder renews it
/// while working; if the holder dies, the lease expires and the next run takes over. A lease someone else holds is the
/// expected outcome of a race, not an error: the lease row is inserted only if absent, so a losing instance's
/// database provider logs no failed command (a plain insert logged "Duplicate entry … PRIMARY" at error level).
/// </summary>
public sealed class JobLock(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static string NewHolderId() => $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.CreateVersion7():N}";

    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan ttl, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (await InsertIfAbsentAsync(db, new JobLease { Name = name, Holder = holder, AcquiredAt = now, ExpiresAt = now + ttl }, cancellationToken))
        {
            return true;
        }

        var taken = await db.JobLeases
            .Where(l => l.Name == name && l.ExpiresAt < now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.AcquiredAt, now).SetProperty(l => l.ExpiresAt, now + ttl), cancellationToken);
        return taken == 1;
    }

    private static async Task<bool> InsertIfAbsentAsync(PlatformDb db, JobLease lease, CancellationToken ct)
    {
        const string Columns = "(\"Name\", \"Holder\", \"AcquiredAt\", \"ExpiresAt\") VALUES ({0}, {1}, {2}, {3})";
        var sql = db.IsMySql
            ? $"INSERT IGNORE INTO job_leases {Columns.Replace('"', '`')}"
            : $"INSERT INTO job_leases {Columns} ON CONFLICT (\"Name\") DO NOTHING";
        return await db.Database.ExecuteSqlRawAsync(sql, [lease.Name, lease.Holder, lease.AcquiredAt, lease.ExpiresAt], ct) == 1;
    }

    /// <summary>Extends the lease; false when it was lost (expired and taken by someone else).</summary>
    public async Task<bool> RenewAsync(string name, string holder, TimeSpan ttl, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var expires = clock.GetUtcNow().UtcDateTime + ttl;
        var renewed = await db.JobLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, expires), cancellationToken);
        return renewed == 1;
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        await db.JobLeases.Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<string?> CurrentHolderAsync(string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.JobLeases.Where(l => l.Name == name && l.ExpiresAt >= now).Select(l => l.Holder).FirstOrDefaultAsync(cancellationToken);
    }
}
