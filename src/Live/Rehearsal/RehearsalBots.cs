using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Quiz;
using Quartet.Live.Reactions;
using Quartet.Live.Sync;
using Quartet.Live.Text;

namespace Quartet.Live.Rehearsal;

/// <summary>
/// The simulated audience of a rehearsal: once a second, on the instance holding the session's publisher lease, each
/// bot that has not answered the open poll, rating, word cloud, open text or quiz question answers at random with a
/// 25 % chance (so answers arrive over a few seconds, like people), and a few bots react. Bot answers are ordinary
/// response rows, folded into versions by the batch publisher like everyone else's.
/// </summary>
public sealed class RehearsalBots(
    IServiceScopeFactory scopes, PublisherLeases leases, WriteSignals signals, ReactionCounters reactions, TimeProvider clock, ILogger<RehearsalBots> logger)
    : BackgroundService
{
    private const double AnswerChance = 0.25;
    private static readonly string[] Words = ["teamwork", "coffee", "roadmap", "customers", "growth", "focus", "fun", "quality", "speed", "trust"];
    private static readonly string[] Texts = ["Great session so far", "More time for questions please", "Can we get the slides?", "Loved the demo"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
                await TickAsync(Random.Shared, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Rehearsal bots failed a round");
            }
        }
    }

    /// <summary>One round for every rehearsal this instance publishes; returns how many answers the bots gave.</summary>
    public async Task<int> TickAsync(Random random, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var rehearsals = await db.Sessions.AsNoTracking().Where(s => s.IsRehearsal && s.Status == SessionStatus.Draft).Select(s => s.Id).ToListAsync(ct);
        var answered = 0;
        foreach (var sessionId in rehearsals)
        {
            if (await leases.HoldAsync(sessionId, ct))
            {
                answered += await AnswerAsync(db, sessionId, random, ct);
                db.ChangeTracker.Clear();
            }
        }

        return answered;
    }

    private async Task<int> AnswerAsync(LiveDb db, Guid sessionId, Random random, CancellationToken ct)
    {
        var bots = await db.Participants.AsNoTracking().Where(p => p.SessionId == sessionId && p.IsBot && p.Status == ParticipantStatus.Active)
            .Select(p => p.Id).ToListAsync(ct);
        if (bots.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var activity in await db.Activities.AsNoTracking().Where(a => a.SessionId == sessionId && a.State == ActivityState.Open).ToListAsync(ct))
        {
            var config = LiveJson.Deserialize<ActivityConfig>(activity.Config);
            if (activity.Type == ActivityType.Reactions)
            {
                var emojis = config.Emojis is { Count: > 0 } chosen ? chosen : [.. ActivityConfig.EmojiSet.Take(6)];
                reactions.Add(sessionId, activity.Id, emojis[random.Next(emojis.Count)], 1 + random.Next(Math.Max(1, bots.Count / 20)));
                continue;
            }

            QuizQuestionState? question = null;
            if (activity.Type == ActivityType.Quiz)
            {
                question = await db.QuizQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.ActivityId == activity.Id && q.Index == activity.QuizIndex && q.Stage == QuizStage.Open, ct);
                if (question is null)
                {
                    continue;
                }
            }
            else if (activity.Type is not (ActivityType.Poll or ActivityType.Rating or ActivityType.Wordcloud or ActivityType.Opentext))
            {
                continue;
            }

            var index = question?.Index ?? 0;
            var done = await db.Responses.AsNoTracking().Where(r => r.ActivityId == activity.Id && r.QuestionIndex == index).Select(r => r.ParticipantId).ToListAsync(ct);
            foreach (var bot in bots.Except(done).Where(_ => random.NextDouble() < AnswerChance))
            {
                db.Responses.Add(Answer(activity, config, question, bot, random, now));
                added++;
            }
        }

        if (added == 0)
        {
            return 0;
        }

        try
        {
            await db.Participants.Where(p => p.SessionId == sessionId && p.IsBot).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastSeenAt, now), ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another round (a lease handover) answered for one of these bots first; the next round tries again.
            return 0;
        }

        signals.MarkLocal(sessionId);
        return added;
    }

    private static Response Answer(Activity activity, ActivityConfig config, QuizQuestionState? question, Guid bot, Random random, DateTime now)
    {
        var response = new Response
        {
            Id = Guid.CreateVersion7(),
            SessionId = activity.SessionId,
            ActivityId = activity.Id,
            ParticipantId = bot,
            Payload = "",
            SubmittedAt = now,
            Moderation = EntryModeration.Visible,
        };
        switch (activity.Type)
        {
            case ActivityType.Poll:
                var options = config.Options?.Count ?? 2;
                var count = config.Multiple ? 1 + random.Next(config.MaxChoices ?? options) : 1;
                response.Payload = LiveJson.Serialize(new ResponsePayload { Choices = [.. Enumerable.Range(0, options).OrderBy(_ => random.Next()).Take(count).Order()] });
                break;
            case ActivityType.Rating:
                response.Payload = LiveJson.Serialize(new ResponsePayload { Rating = random.Next(config.Min, config.Max + 1) });
                break;
            case ActivityType.Wordcloud:
                var word = Words[random.Next(Words.Length)];
                response.Payload = LiveJson.Serialize(new ResponsePayload { Words = [new CloudWord(TextRules.WordKey(word), word)] });
                break;
            case ActivityType.Opentext:
                response.Payload = LiveJson.Serialize(new ResponsePayload { Text = Texts[random.Next(Texts.Length)] });
                response.Moderation = config.Moderated ? EntryModeration.Pending : EntryModeration.Visible;
                break;
            default:
                var definition = config.Questions![question!.Index];
                var choice = random.Next(definition.Options.Count);
                List<int> chosen = definition.Correct.Count > 1 && random.Next(2) == 0 ? definition.Correct : [choice];
                var elapsed = QuizScoring.ElapsedMs(question.OpenedAt!.Value, now, definition.TimeLimitSeconds);
                var correct = QuizScoring.IsCorrect(chosen, definition.Correct);
                response.QuestionIndex = question.Index;
                response.Payload = LiveJson.Serialize(new ResponsePayload { Choices = [.. chosen.Order()] });
                response.ElapsedMs = elapsed;
                response.Correct = correct;
                response.Points = QuizScoring.Points(correct, definition.Points, definition.TimeLimitSeconds, definition.SpeedBonus, elapsed);
                break;
        }

        return response;
    }
}
