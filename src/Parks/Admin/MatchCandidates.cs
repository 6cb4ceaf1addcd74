using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

/// <summary>The upstream entities discovery could not link on its own, waiting for an admin's accept or dismiss.</summary>
public static class MatchCandidates
{
    /// <summary>The candidate while it is pending: 404 when there is none, 409 when it was accepted or dismissed already.</summary>
    public static async Task<MatchCandidate> PendingAsync(ParksDb db, Guid id, CancellationToken ct)
    {
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new ProblemException(404, "CANDIDATE_NOT_FOUND", "No such candidate.");
        return candidate.Status == "pending" ? candidate : throw new ProblemException(409, "CANDIDATE_CLOSED", $"The candidate is already {candidate.Status}.");
    }
}
