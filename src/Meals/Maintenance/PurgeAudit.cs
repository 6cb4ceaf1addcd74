using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Data;

namespace Quartet.Meals.Maintenance;

/// <summary><c>meals purge-audit</c> (daily): removes audit entries older than the retention (730 days by default).</summary>
public static class PurgeAudit
{
    public static async Task<int> RunAsync(MealsDb db, int retentionDays, DateTime now, CancellationToken ct)
    {
        var cutoff = now.AddDays(-retentionDays);
        return await db.Audit.Where(a => a.At < cutoff).ExecuteDeleteAsync(ct);
    }
}
