using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Common;

/// <summary>Finding a session's activity for an edit, and whether anyone answered it yet.</summary>
public static class ActivityLookup
{
    public static async Task<Activity> FindAsync(LiveDb db, Guid sessionId, Guid activityId, CancellationToken ct) =>
        await db.Activities.SingleOrDefaultAsync(a => a.Id == activityId && a.SessionId == sessionId, ct)
        ?? throw new ProblemException(404, "ACTIVITY_NOT_FOUND", "No such activity.");

    public static async Task<bool> HasResponsesAsync(LiveDb db, Guid activityId, CancellationToken ct) =>
        await db.Responses.AnyAsync(r => r.ActivityId == activityId, ct) || await db.Questions.AnyAsync(q => q.ActivityId == activityId, ct);
}
