using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Moderation;
using Quartet.Live.Operations;
using Quartet.Live.Participants;
using Quartet.Live.Presenter;
using Quartet.Live.Qna;
using Quartet.Live.Quiz;
using Quartet.Live.Reactions;
using Quartet.Live.Rehearsal;
using Quartet.Live.Reports;
using Quartet.Live.Responses;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Platform.Jobs;
using Quartet.Platform.Modules;

namespace Quartet.Live;

public sealed class LiveModule : QuartetModule
{
    public override string Key => "live";

    public override string Name => "Caja Live";

    public override string Description => "Polls, Q&A, word clouds and quizzes for live events.";

    public override IReadOnlyList<string> Roles => [HostAccess.HostRole];

    /// <summary>The app and the short join links phones open (<c>/j/{code}</c>).</summary>
    public override IReadOnlyList<string> UiPaths => [UiPath, "/j"];

    public override IReadOnlyList<ScheduledJob> Jobs =>
    [
        new("live auto-end", LiveCommands.AutoEndJob, JobSchedule.Hourly(40), TimeSpan.FromMinutes(25)),
        new("live purge", LiveCommands.PurgeJob, JobSchedule.Daily(1, 40), TimeSpan.FromMinutes(25)),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LiveOptions>(configuration.GetSection(LiveOptions.Section));
        services.AddModuleDbContext<LiveDb, SqliteLiveDb, PostgresLiveDb, MySqlLiveDb>(configuration, LiveDb.Key, "20261121200000_LiveInitial");
        services.AddScoped<Quartet.Platform.Accounts.IAccountDeletionHandler, Privacy.LiveAccountDeletion>();
        services.AddSingleton<SyncHub>();
        services.AddSingleton<Publisher>();
        services.AddSingleton<PublisherLeases>();
        services.AddSingleton<WriteSignals>();
        services.AddSingleton<LiveMetrics>();
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton<ReactionCounters>();
        services.AddSingleton<ActivityTimers>();
        services.AddSingleton<RateLimits>();
        services.AddSingleton<JoinGuards>();
        services.AddSingleton<ParticipantTokens>();
        services.AddSingleton<ParticipantAuth>();
        services.AddScoped<AuthenticatedParticipant>();
        services.AddSingleton<SyncResponder>();
        services.AddSingleton<PollPacing>();
        services.AddHostedService(sp => sp.GetRequiredService<PollPacing>());
        services.AddSingleton<ChangeListener>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeListener>());
        services.AddHostedService<BatchPublisher>();
        services.AddSingleton<VoteBatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<VoteBatcher>());
        services.AddSingleton<JoinBatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<JoinBatcher>());
        services.AddParticipantWrites();
        services.AddSingleton<RehearsalBots>();
        services.AddHostedService(sp => sp.GetRequiredService<RehearsalBots>());
    }

    public override void UseBeforeRouting(IApplicationBuilder app) => app.UseNotModifiedBeforeRouting();

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        // The platform admin may delete any session and read its summary and export (spec §2), never run or read it.
        var sessions = api.MapGroup("/sessions").RequireAuthorization(p => p.RequireRole(HostAccess.HostRole, HostAccess.AdminRole));
        ListSessions.Map(sessions);
        CreateSession.Map(sessions);
        GetSession.Map(sessions);
        UpdateSessionSettings.Map(sessions);
        DeleteSession.Map(sessions);
        DuplicateSession.Map(sessions);

        var readable = api.MapGroup("/sessions/{id:guid}").RequireAuthorization(p => p.RequireRole(HostAccess.HostRole, HostAccess.AdminRole));
        GetSessionSummary.Map(readable);
        ExportSession.Map(readable);

        var session = api.MapGroup("/sessions/{id:guid}").RequireAuthorization(HostAccess.HostOnly);
        StartSession.Map(session);
        EndSession.Map(session);
        LockSession.Map(session);
        UnlockSession.Map(session);
        RegenerateJoinCode.Map(session);
        RotatePresenterKey.Map(session);
        NavigateSession.Map(session);
        AddActivity.Map(session);
        EditActivity.Map(session);
        DeleteActivity.Map(session);
        ReorderActivities.Map(session);
        ChangeActivityState.Map(session);
        MoveQuizQuestion.Map(session);
        ListQuestionsToModerate.Map(session);
        ModerateQuestion.Map(session);
        ListEntriesToModerate.Map(session);
        ModerateEntry.Map(session);
        BlockWord.Map(session);
        ListParticipants.Map(session);
        RemoveParticipant.Map(session);
        RemoveQuestionAuthor.Map(session);
        ListBans.Map(session);
        LiftBan.Map(session);
        SyncAsHost.Map(session);
        StreamAsHost.Map(session);
        StartRehearsal.Map(session);
        StopRehearsal.Map(session);

        ExchangePresenterKey.Map(api);
        SyncAsPresenter.Map(api);
        StreamAsPresenter.Map(api);
        LookUpJoinCode.Map(api);
        JoinSession.Map(api);
        JoinQrCode.Map(api);
        LiveHealth.Map(api);

        var participant = api.MapGroup("/p/{sid:guid}").AllowAnonymous().WithSecurityScheme(OpenApiContracts.ParticipantScheme)
            .WithMetadata(new RequestSizeLimitAttribute(ParticipantBodyLimit)).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .AddEndpointFilter(RefuseLargeBodies).AddEndpointFilter(AuthenticatedParticipant.FilterAsync);
        SyncAsParticipant.Map(participant);
        StreamAsParticipant.Map(participant);
        SendHeartbeat.Map(participant);
        GetOwnParticipation.Map(participant);
        LeaveSession.Map(participant);
        SubmitResponse.Map(participant);
        AnswerQuestion.Map(participant);
        AskQuestion.Map(participant);
        ListQuestions.Map(participant);
        WithdrawQuestion.Map(participant);
        VoteForQuestion.Map(participant);
        RemoveVote.Map(participant);
        SendReactions.Map(participant);
    }

    /// <summary>Participant request bodies are small JSON documents (§4.7).</summary>
    public const int ParticipantBodyLimit = 8 * 1024;

    private static ValueTask<object?> RefuseLargeBodies(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Request.ContentLength > ParticipantBodyLimit
            ? ValueTask.FromResult<object?>(Platform.Http.Problems.Create(StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", "Participant requests are at most 8 KB."))
            : next(context);

    public override void AddCommands(Command moduleCommand, CommandContext context) => LiveCommands.Add(moduleCommand, context);

    /// <summary>
    /// Every published result must equal a recomputation from the raw rows (<c>live recompute-results</c>). Results not
    /// published yet are no contradiction: the publisher fills them in on the session's next change.
    /// </summary>
    public override async Task<IReadOnlyList<string>> CheckIntegrityAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        List<Guid> sessions;
        await using (var scope = services.CreateAsyncScope())
        {
            sessions = await scope.ServiceProvider.GetRequiredService<LiveDb>().Sessions
                .Where(s => s.Status != SessionStatus.Draft).Select(s => s.Id).ToListAsync(cancellationToken);
        }

        var problems = new List<string>();
        foreach (var session in sessions)
        {
            var outcome = await RecomputeResults.RunAsync(services, session, fix: false, cancellationToken);
            problems.AddRange(outcome.Mismatches.Where(m => !m.EndsWith(": not published", StringComparison.Ordinal)).Select(m => $"session {session}: {m}"));
        }

        return problems;
    }

    public override IReadOnlyList<DemoLogin> DemoLogins =>
        [new("live", $"host (session {JoinCodes.Display(DemoSeeder.DemoCode)}, join at /j/{DemoSeeder.DemoCode})", DemoSeeder.HostEmail, DemoSeeder.HostPassword)];

    public override Task SeedDemoAsync(IServiceProvider services, IProgress<string> progress, CancellationToken cancellationToken) =>
        DemoSeeder.SeedAsync(services, progress, cancellationToken);
}
