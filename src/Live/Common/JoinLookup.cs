using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sessions;

namespace Quartet.Live.Common;

/// <summary>Finding the session a typed join code belongs to (ended sessions stay findable for 7 days).</summary>
public static class JoinLookup
{
    public static async Task<LiveSession?> FindSessionAsync(LiveDb db, string raw, DateTime now, CancellationToken ct)
    {
        var code = JoinCodes.Normalize(raw);
        if (!JoinCodes.IsWellFormed(code))
        {
            return null;
        }

        var recent = now.AddDays(-7);
        return await db.Sessions.AsNoTracking().Where(s => s.Code == code && (s.Status != SessionStatus.Ended || s.EndedAt > recent))
            .OrderByDescending(s => s.CreatedAt).FirstOrDefaultAsync(ct);
    }
}
