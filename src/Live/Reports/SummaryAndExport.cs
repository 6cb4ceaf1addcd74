using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Quiz;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Csv;
using Quartet.Platform.Http;

namespace Quartet.Live.Reports;

/// <summary>
/// Summary (E1) and export (E2) for the owner or a platform admin, partial while live. Nicknames appear only for
/// identified activities and non-anonymous questions; CSV cells that start with = + - @ are prefixed with '.
/// </summary>
public static class SummaryAndExport
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sessions/{id:guid}").RequireAuthorization(p => p.RequireRole(HostAccess.HostRole, HostAccess.AdminRole));
        group.MapGet("/summary", async (Guid id, LiveDb db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var session = await HostAccess.OwnedAsync(db, id, user, ct, adminMayRead: true);
            return Results.Ok(await SummarizeAsync(db, session, ct));
        });

        group.MapGet("/export", async (Guid id, string? format, string? part, LiveDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        {
            format ??= "json";
            if (format is not ("json" or "csv") || (format == "csv" && part is not ("responses" or "questions" or "leaderboard" or "summary")))
            {
                return Problems.BadRequest("BAD_EXPORT", "format is json, or csv with part=responses|questions|leaderboard|summary.");
            }

            var session = await HostAccess.OwnedAsync(db, id, user, ct, adminMayRead: true);
            HostAccess.Audit(db, session, user, "export", clock.GetUtcNow().UtcDateTime, $"{format}:{part}");
            await db.SaveChangesAsync(ct);
            var rows = await ResponseRowsAsync(db, id, ct);
            var questions = await QuestionRowsAsync(db, id, ct);
            if (format == "json")
            {
                return Results.Ok(new
                {
                    Session = await SessionEndpoints.LoadViewAsync(db, session, ct),
                    Summary = await SummarizeAsync(db, session, ct),
                    Responses = rows.Select(r => new { r.Activity, r.QuestionIndex, r.Nickname, r.Answer, r.SubmittedAt, r.Correct, r.Points }),
                    Questions = questions,
                    Leaderboards = await LeaderboardsAsync(db, id, ct),
                });
            }

            var csv = new StringWriter(CultureInfo.InvariantCulture);
            await using var table = new CsvTable(csv);
            void Line(params object?[] cells) => table.Row(cells.Select(CsvCell.From));
            switch (part)
            {
                case "responses":
                    Line("activity", "question", "participant", "answer", "submittedAt", "correct", "points");
                    foreach (var r in rows)
                    {
                        Line(r.Activity, r.QuestionIndex, r.Nickname, r.Answer, r.SubmittedAt, r.Correct, r.Points);
                    }

                    break;
                case "questions":
                    Line("activity", "text", "author", "state", "votes", "createdAt");
                    foreach (var q in questions)
                    {
                        Line(q.Activity, q.Text, q.Author, q.State, q.VoteCount, q.CreatedAt);
                    }

                    break;
                case "leaderboard":
                    Line("quiz", "rank", "participant", "score", "correct", "answered");
                    foreach (var board in await LeaderboardsAsync(db, id, ct))
                    {
                        foreach (var p in board.Players)
                        {
                            Line(board.Quiz, p.Rank, p.Nickname, p.Score, p.CorrectCount, p.AnsweredCount);
                        }
                    }

                    break;
                default:
                    var summary = await SummarizeAsync(db, session, ct);
                    Line("activity", "type", "respondents", "responses", "participationPercent", "headline");
                    foreach (var a in summary.Activities)
                    {
                        Line(a.Title, a.Type, a.Respondents, a.Responses, a.ParticipationPercent, a.Headline is null ? null : LiveJson.Serialize(a.Headline));
                    }

                    break;
            }

            await table.FlushAsync();
            return Results.Text(csv.ToString(), "text/csv; charset=utf-8", Encoding.UTF8);
        });
    }

    /// <param name="Headline">Per type: top option, top 10 words, mean rating, question counts, reaction totals or the quiz's top 3.</param>
    public sealed record ActivitySummary(Guid Id, string Title, ActivityType Type, int Respondents, int Responses, double ParticipationPercent, object? Headline);

    /// <param name="Final">False while the session is live (the summary is partial).</param>
    /// <param name="PeakOnline">The highest online count published while live (sampled at each presence publish, ≤ every 5 s).</param>
    public sealed record Summary(Guid SessionId, string Title, SessionStatus Status, bool Final, int ParticipantsJoined, int Online, int PeakOnline, IReadOnlyList<ActivitySummary> Activities);

    public static async Task<Summary> SummarizeAsync(LiveDb db, LiveSession session, CancellationToken ct)
    {
        // In a rehearsal the bots are the audience; otherwise bots (bench-seed) are not people.
        var joined = await db.Participants.CountAsync(p => p.SessionId == session.Id && p.Status != ParticipantStatus.Kicked && (!p.IsBot || session.IsRehearsal), ct);
        var activities = await db.Activities.AsNoTracking().Where(a => a.SessionId == session.Id).OrderBy(a => a.Position).ToListAsync(ct);
        var responses = await db.Responses.AsNoTracking().Where(r => r.SessionId == session.Id)
            .GroupBy(r => r.ActivityId).Select(g => new { g.Key, Responses = g.Count(), Respondents = g.Select(r => r.ParticipantId).Distinct().Count() })
            .ToListAsync(ct);
        var questions = await db.Questions.AsNoTracking().Where(q => q.SessionId == session.Id)
            .GroupBy(q => q.ActivityId).Select(g => new { g.Key, Responses = g.Count(), Respondents = g.Select(q => q.AuthorParticipantId).Distinct().Count() })
            .ToListAsync(ct);

        // Headlines come from the published aggregates, which stay after participant data is purged (P2).
        var published = await db.Changes.AsNoTracking()
            .Where(c => c.SessionId == session.Id && !c.Removed && (c.Audience == Audiences.Host || c.Audience == Audiences.All)
                && (c.Kind == Kinds.Results || c.Kind == Kinds.Reactions || c.Kind == Kinds.Leaderboard || c.Kind == Kinds.Presence))
            .Select(c => new { c.Kind, c.EntityId, c.Data }).ToListAsync(ct);
        JsonNode? Published(string kind, string entityId) =>
            published.FirstOrDefault(c => c.Kind == kind && c.EntityId == entityId)?.Data is { } data ? JsonNode.Parse(data) : null;
        var averageScores = await db.Responses.AsNoTracking().Where(r => r.SessionId == session.Id && r.Points != null)
            .GroupBy(r => new { r.ActivityId, r.ParticipantId }).Select(g => new { g.Key.ActivityId, Score = g.Sum(r => r.Points ?? 0) })
            .ToListAsync(ct);

        var presence = Published(Kinds.Presence, session.Id.ToString());
        return new Summary(session.Id, session.Title, session.Status, session.Status == SessionStatus.Ended, joined,
            presence?["online"]?.GetValue<int>() ?? 0,
            presence?["peakOnline"]?.GetValue<int>() ?? 0,
            [.. activities.Select(a =>
            {
                var r = responses.FirstOrDefault(x => x.Key == a.Id) ?? questions.FirstOrDefault(x => x.Key == a.Id);
                var respondents = r?.Respondents ?? 0;
                var id = a.Id.ToString();
                var scores = averageScores.Where(x => x.ActivityId == a.Id).Select(x => x.Score).ToList();
                var headline = Headline(a, a.Type == ActivityType.Reactions ? Published(Kinds.Reactions, id) : Published(Kinds.Results, id),
                    Published(Kinds.Leaderboard, id), scores.Count == 0 ? null : Math.Round(scores.Average(), 1, MidpointRounding.AwayFromZero));
                return new ActivitySummary(a.Id, a.Title, a.Type, respondents, r?.Responses ?? 0,
                    joined == 0 ? 0 : Math.Round(100.0 * respondents / joined, 1, MidpointRounding.AwayFromZero), headline);
            })]);
    }

    private static object? Headline(Activity activity, JsonNode? results, JsonNode? leaderboard, double? averageScore)
    {
        switch (activity.Type)
        {
            case ActivityType.Poll when results is not null && results["counts"] is JsonArray counts && counts.Count > 0:
                var values = counts.Select(c => c!.GetValue<int>()).ToList();
                var top = values.IndexOf(values.Max());
                var options = LiveJson.Deserialize<ActivityConfig>(activity.Config).Options ?? [];
                return new { TopOption = top < options.Count ? options[top] : null, TopCount = values[top], TopPercent = results["percents"]?[top]?.GetValue<double>() };
            case ActivityType.Wordcloud when results is not null && results["words"] is JsonArray words:
                return new { TopWords = words.Take(10).Select(w => new { Text = w!["text"]!.GetValue<string>(), Count = w["count"]!.GetValue<int>() }).ToList() };
            case ActivityType.Rating when results is not null:
                return new { Mean = results["mean"]?.GetValue<double?>(), Median = results["median"]?.GetValue<double?>() };
            case ActivityType.Qna when results is not null && results["counts"] is JsonObject states:
                int State(string name) => states.FirstOrDefault(s => string.Equals(s.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.GetValue<int>() ?? 0;
                return new { Asked = results["total"]?.GetValue<int>() ?? 0, Answered = State("answered"), Dismissed = State("dismissed"), Pending = State("pending") + State("filtered") };
            case ActivityType.Reactions when results is not null && results["totals"] is JsonObject totals:
                return new { Totals = totals.ToDictionary(t => t.Key, t => t.Value!.GetValue<long>()) };
            case ActivityType.Quiz:
                return new
                {
                    Top = (leaderboard?["top"] as JsonArray ?? []).Take(3).Select(p => new
                    {
                        Rank = p!["rank"]!.GetValue<int>(),
                        Nickname = p["nickname"]?.GetValue<string>(),
                        Score = p["score"]!.GetValue<int>(),
                        CorrectCount = p["correctCount"]!.GetValue<int>(),
                    }).ToList(),
                    AverageScore = averageScore,
                };
            default:
                return null;
        }
    }

    private sealed record ResponseRow(string Activity, int QuestionIndex, string? Nickname, string Answer, DateTime SubmittedAt, bool? Correct, int? Points);

    private sealed record QuestionRow(string Activity, string Text, string? Author, QuestionState State, int VoteCount, DateTime CreatedAt);

    private static async Task<List<ResponseRow>> ResponseRowsAsync(LiveDb db, Guid sessionId, CancellationToken ct)
    {
        var rows = await (from r in db.Responses.AsNoTracking().Where(r => r.SessionId == sessionId)
                          join a in db.Activities on r.ActivityId equals a.Id
                          join p in db.Participants on r.ParticipantId equals p.Id into people
                          from p in people.DefaultIfEmpty()
                          orderby a.Position, r.QuestionIndex, r.SubmittedAt
                          select new { a.Title, a.Identified, r.QuestionIndex, Nickname = p == null ? null : p.Nickname, r.Payload, r.SubmittedAt, r.Correct, r.Points })
            .ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var payload = LiveJson.Deserialize<ResponsePayload>(r.Payload);
            var answer = payload.Text ?? (payload.Rating?.ToString(CultureInfo.InvariantCulture))
                ?? (payload.Words is { } words ? string.Join(" | ", words.Select(w => w.Text)) : string.Join(" ", payload.Choices ?? []));
            return new ResponseRow(r.Title, r.QuestionIndex, r.Identified ? r.Nickname : null, answer, r.SubmittedAt, r.Correct, r.Points);
        })];
    }

    private static async Task<List<QuestionRow>> QuestionRowsAsync(LiveDb db, Guid sessionId, CancellationToken ct) =>
        await (from q in db.Questions.AsNoTracking().Where(q => q.SessionId == sessionId)
               join a in db.Activities on q.ActivityId equals a.Id
               join p in db.Participants on q.AuthorParticipantId equals p.Id into people
               from p in people.DefaultIfEmpty()
               orderby q.CreatedAt
               select new QuestionRow(a.Title, q.Text, q.Anonymous || p == null ? null : p.Nickname, q.State, q.VoteCount, q.CreatedAt))
            .ToListAsync(ct);

    private sealed record LeaderboardRow(int Rank, string? Nickname, int Score, int CorrectCount, int AnsweredCount);

    private sealed record Leaderboard(Guid QuizId, string Quiz, IReadOnlyList<LeaderboardRow> Players);

    private static async Task<List<Leaderboard>> LeaderboardsAsync(LiveDb db, Guid sessionId, CancellationToken ct)
    {
        var boards = new List<Leaderboard>();
        foreach (var quiz in await db.Activities.AsNoTracking().Where(a => a.SessionId == sessionId && a.Type == ActivityType.Quiz).OrderBy(a => a.Position).ToListAsync(ct))
        {
            boards.Add(new Leaderboard(quiz.Id, quiz.Title, [.. (await LeaderboardAsync(db, quiz.Id, ct))
                .Select(x => new LeaderboardRow(x.Score.Rank, x.Nickname, x.Score.Score, x.Score.CorrectCount, x.Score.AnsweredCount))]));
        }

        return boards;
    }

    private static async Task<List<(PlayerScore Score, string? Nickname)>> LeaderboardAsync(LiveDb db, Guid quizId, CancellationToken ct)
    {
        var answers = await db.Responses.AsNoTracking().Where(r => r.ActivityId == quizId)
            .Select(r => new { r.ParticipantId, r.Points, r.Correct, r.ElapsedMs }).ToListAsync(ct);
        var ids = answers.Select(a => a.ParticipantId).Distinct().ToList();
        var names = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Nickname, ct);
        return [.. QuizScoring.Rank(answers.GroupBy(a => a.ParticipantId).Select(g => new PlayerScore(g.Key, g.Sum(a => a.Points ?? 0),
                g.Count(a => a.Correct == true), g.Count(), g.Where(a => a.Correct == true).Sum(a => (long)(a.ElapsedMs ?? 0)))))
            .Select(s => (s, names.GetValueOrDefault(s.ParticipantId)))];
    }
}
