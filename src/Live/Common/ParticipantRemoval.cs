using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Accounts;
using Quartet.Platform.Http;

namespace Quartet.Live.Common;

/// <summary>Kicking or banning a participant (J9, J10), optionally with everything they wrote and their votes.</summary>
public static class ParticipantRemoval
{
    public static async Task<(bool, ReconcileScope)> RemoveAsync(
        LiveDb db, Guid sessionId, Guid participantId, bool ban, bool removeResponses, string? reason, ClaimsPrincipal user, DateTime now, CancellationToken ct)
    {
        var session = await HostAccess.OwnedAsync(db, sessionId, user, ct);
        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == participantId && p.SessionId == sessionId, ct)
            ?? throw new ProblemException(404, "PARTICIPANT_NOT_FOUND", "No such participant.");
        participant.Status = ban ? ParticipantStatus.Banned : ParticipantStatus.Kicked;
        var scope = new ReconcileScope { Presence = true };
        scope.Participants.Add(participantId);
        if (ban)
        {
            db.Bans.Add(new Ban
            {
                Id = Guid.CreateVersion7(),
                SessionId = sessionId,
                ParticipantId = participantId,
                NicknameKey = participant.NicknameKey,
                Reason = Text.TextRules.CleanLine(reason),
                CreatedBy = user.UserId(),
                CreatedAt = now,
            });
        }

        if (removeResponses)
        {
            var activities = await db.Responses.Where(r => r.ParticipantId == participantId).Select(r => r.ActivityId)
                .Union(db.Questions.Where(q => q.AuthorParticipantId == participantId).Select(q => q.ActivityId))
                .Distinct().ToListAsync(ct);
            var voted = await db.QuestionVotes.Where(v => v.ParticipantId == participantId).Select(v => v.QuestionId).ToListAsync(ct);
            await db.QuestionVotes.Where(v => v.ParticipantId == participantId).ExecuteDeleteAsync(ct);
            foreach (var questionId in voted)
            {
                await db.Questions.Where(q => q.Id == questionId).ExecuteUpdateAsync(s => s.SetProperty(q => q.VoteCount, q => q.VoteCount - 1), ct);
            }

            activities.AddRange(await db.Questions.Where(q => voted.Contains(q.Id)).Select(q => q.ActivityId).Distinct().ToListAsync(ct));
            await db.Responses.Where(r => r.ParticipantId == participantId).ExecuteDeleteAsync(ct);
            await db.Questions.Where(q => q.AuthorParticipantId == participantId).ExecuteDeleteAsync(ct);
            scope.Activities.UnionWith(activities);
            scope.Scores.UnionWith(activities);
        }

        HostAccess.Audit(db, session, user, ban ? "ban" : "kick", now, participantId.ToString());
        return (true, scope);
    }
}
