using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Platform.Accounts;

namespace Quartet.Live.Operations;

/// <summary>
/// <c>seed-demo</c>: the demo host account and one live session (code <see cref="DemoCode"/>) holding every activity
/// type, ready to open on the big screen and join from a phone. Idempotent.
/// </summary>
public static class DemoSeeder
{
    public const string HostEmail = "host@demo.quartet";
    public const string HostPassword = "quartet-host-1";
    public static readonly string DemoCode = JoinCodes.Chosen("TEAM42");

    public static async Task SeedAsync(IServiceProvider services, IProgress<string> progress, CancellationToken ct)
    {
        var host = await DemoAccounts.EnsureAsync(services, HostEmail, HostPassword, "Demo Host", [HostAccess.HostRole], ct);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (await db.Sessions.AnyAsync(s => s.Code == DemoCode && s.HostUserId == host.Id, ct))
        {
            progress.Report($"demo session {DemoCode} already exists (host {HostEmail})");
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var session = new LiveSession
        {
            Id = Guid.CreateVersion7(),
            HostUserId = host.Id,
            Title = "Quartet town hall (demo)",
            Description = "Every activity type, ready to run.",
            Code = DemoCode,
            Status = SessionStatus.Live,
            Screen = SessionScreen.Lobby,
            PresenterKeyHash = JoinCodes.NewPresenterKey().Hash,
            Version = 1,
            CreatedAt = now,
            StartedAt = now,
            LastActionAt = now,
        };
        db.Sessions.Add(session);
        var position = 0;
        void Add(ActivityType type, string title, ActivityConfig config, ResultsMode? mode = null) => db.Activities.Add(new Activity
        {
            Id = Guid.CreateVersion7(),
            SessionId = session.Id,
            Position = position++,
            Type = type,
            Title = title,
            Config = LiveJson.Serialize(config.Normalized(type)),
            State = ActivityState.Pending,
            ResultsMode = mode ?? (type is ActivityType.Quiz or ActivityType.Opentext ? ResultsMode.OnReveal : ResultsMode.Live),
            Identified = type == ActivityType.Quiz,
        });

        Add(ActivityType.Poll, "Where are you joining from?", new ActivityConfig { Options = ["Office", "Home", "On the road", "Somewhere else"] });
        Add(ActivityType.Wordcloud, "One word for this quarter?", new ActivityConfig());
        Add(ActivityType.Rating, "How clear is our strategy?", new ActivityConfig { Min = 1, Max = 5, MinLabel = "Foggy", MaxLabel = "Crystal clear" });
        Add(ActivityType.Opentext, "What should we stop doing?", new ActivityConfig { MaxLength = 280 });
        Add(ActivityType.Qna, "Ask the leadership team", new ActivityConfig());
        Add(ActivityType.Quiz, "Company trivia", new ActivityConfig
        {
            Questions =
            [
                new QuizQuestionDefinition { Text = "In which year was the company founded?", Options = ["2009", "2012", "2015", "2018"], Correct = [1] },
                new QuizQuestionDefinition { Text = "How many offices do we have?", Options = ["3", "5", "7"], Correct = [1], TimeLimitSeconds = 15 },
                new QuizQuestionDefinition { Text = "Warm-up: pick your favourite colour", Options = ["Red", "Green", "Blue"], Correct = [0, 1, 2], Points = 0, TimeLimitSeconds = null },
            ],
        });
        Add(ActivityType.Reactions, "Reactions", new ActivityConfig { Emojis = ["👍", "❤️", "😂", "👏", "🎉", "😮"] });
        await db.SaveChangesAsync(ct);
        progress.Report($"demo session \"{session.Title}\" is live with code {JoinCodes.Display(DemoCode)}; host {HostEmail} / {HostPassword}");
    }
}
