using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Live.Operations;
using Quartet.Live.Text;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Participants;

/// <param name="Nickname">Cleaned and checked against the filter and the bans; the batch adds a suffix on a clash (J3).</param>
public sealed record JoinItem(Guid SessionId, string Nickname, string RecoveryCodeHash, DateTime At)
{
    public TaskCompletionSource<Participant> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Group commit of joins: up to 100 joins or 10 ms per transaction. Per session the batch takes the session lock once
/// (row lock on PostgreSQL, write lock on SQLite), counts the participants once and checks nickname clashes against
/// the stored names plus those taken earlier in the batch, so capacity (J7), lock (L5) and distinct suffixes (J3) stay
/// exact while a join storm no longer pays one transaction per phone.
/// </summary>
public sealed class JoinBatcher(IServiceScopeFactory scopes, LiveMetrics metrics, TimeProvider clock)
    : GroupCommitter<JoinItem>(100, TimeSpan.FromMilliseconds(10))
{
    public async Task<Participant> SubmitAsync(JoinItem item, CancellationToken ct)
    {
        var submitted = clock.GetTimestamp();
        await EnqueueAsync(item, ct);
        var participant = await item.Done.Task.WaitAsync(ct);
        metrics.JoinWait(clock.GetElapsedTime(submitted));
        return participant;
    }

    protected override async Task CommitAsync(List<JoinItem> batch, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
            var outcomes = await db.InTransactionAsync(async t =>
            {
                var results = new (Participant? Joined, ProblemException? Refused)[batch.Count];
                foreach (var session in Enumerable.Range(0, batch.Count).GroupBy(i => batch[i].SessionId))
                {
                    await JoinSessionAsync(db, session.Key, [.. session], batch, results, t);
                }

                return results;
            }, ct);
            for (var i = 0; i < batch.Count; i++)
            {
                if (outcomes[i].Refused is { } refused)
                {
                    batch[i].Done.TrySetException(refused);
                }
                else
                {
                    batch[i].Done.TrySetResult(outcomes[i].Joined!);
                }
            }
        }
        catch (Exception e)
        {
            foreach (var item in batch)
            {
                item.Done.TrySetException(e);
            }
        }
    }

    private static async Task JoinSessionAsync(
        LiveDb db, Guid sessionId, List<int> indexes, List<JoinItem> batch, (Participant? Joined, ProblemException? Refused)[] results, CancellationToken ct)
    {
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Locked, x => x.Locked), ct);
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        var count = await db.Participants.CountAsync(p => p.SessionId == sessionId && p.Status != ParticipantStatus.Kicked, ct);
        var keys = indexes.Select(i => TextRules.Key(batch[i].Nickname)).Distinct().ToList();
        var stored = (await db.Participants.Where(p => p.SessionId == sessionId && keys.Contains(p.NicknameKey)).Select(p => p.NicknameKey).ToListAsync(ct)).ToHashSet();
        var added = new HashSet<string>();
        foreach (var i in indexes)
        {
            var item = batch[i];
            if (session.Locked)
            {
                results[i] = (null, new ProblemException(409, "SESSION_LOCKED", "The host locked the session; new people cannot join."));
                continue;
            }

            if (count >= session.MaxParticipants)
            {
                results[i] = (null, new ProblemException(409, "SESSION_FULL", "The session is full."));
                continue;
            }

            var key = TextRules.Key(item.Nickname);
            var finalName = item.Nickname;
            // Only a clash needs the suffixed variants; loading them for every join made a storm of "Guest N" names quadratic.
            if (stored.Contains(key) || added.Contains(key))
            {
                var baseKey = Nicknames.BaseKey(key);
                var taken = await db.Participants.Where(p => p.SessionId == sessionId && p.NicknameKey.StartsWith(baseKey)).Select(p => p.NicknameKey).ToListAsync(ct);
                finalName = Nicknames.WithSuffix(item.Nickname, taken.Concat(added).ToHashSet());
            }

            var participant = new Participant
            {
                Id = Guid.CreateVersion7(),
                SessionId = sessionId,
                Nickname = finalName,
                NicknameKey = TextRules.Key(finalName),
                Status = ParticipantStatus.Active,
                RecoveryCodeHash = item.RecoveryCodeHash,
                JoinedAt = item.At,
                LastSeenAt = item.At,
            };
            db.Participants.Add(participant);
            added.Add(participant.NicknameKey);
            count++;
            results[i] = (participant, null);
        }
    }
}
