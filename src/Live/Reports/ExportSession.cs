using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Quiz;
using Quartet.Live.Sessions;
using Quartet.Platform.Csv;
using Quartet.Platform.Http;

namespace Quartet.Live.Reports;

/// <summary>One answer in the export; the nickname only for identified activities.</summary>
public sealed record ExportedResponse(string Activity, int QuestionIndex, string? Nickname, string Answer, DateTime SubmittedAt, bool? Correct, int? Points);

/// <summary>One Q&amp;A question in the export; the author only when the question is not anonymous.</summary>
public sealed record ExportedQuestion(string Activity, string Text, string? Author, QuestionState State, int VoteCount, DateTime CreatedAt);

public sealed record LeaderboardPlayer(int Rank, string? Nickname, int Score, int CorrectCount, int AnsweredCount);

public sealed record QuizLeaderboard(Guid QuizId, string Quiz, IReadOnlyList<LeaderboardPlayer> Players);

/// <summary>Everything of a session (E2): its definition, summary, answers, questions and quiz leaderboards.</summary>
public sealed record SessionExport(
    SessionView Session, SessionSummary Summary, IReadOnlyList<ExportedResponse> Responses, IReadOnlyList<ExportedQuestion> Questions,
    IReadOnlyList<QuizLeaderboard> Leaderboards);

/// <summary>
/// The export (E2) for the owner or a platform admin, partial while live: JSON, or CSV of one part. Nicknames appear only
/// for identified activities and non-anonymous questions; CSV text cells get the formula rule.
/// </summary>
public static class ExportSession
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapGet("/export", async Task<Results<Ok<SessionExport>, ContentHttpResult, ProblemHttpResult>> (Guid id, string? format, string? part, LiveDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        {
            format ??= "json";
            if (format is not ("json" or "csv") || (format == "csv" && part is not ("responses" or "questions" or "leaderboard" or "summary")))
            {
                return Problems.BadRequest("BAD_EXPORT", "format is json, or csv with part=responses|questions|leaderboard|summary.");
            }

            var session = await HostAccess.OwnedAsync(db, id, user, ct, adminMayRead: true);
            HostAccess.Audit(db, session, user, "export", clock.GetUtcNow().UtcDateTime, $"{format}:{part}");
            await db.SaveChangesAsync(ct);
            var rows = await ExportedResponsesAsync(db, id, ct);
            var questions = await ExportedQuestionsAsync(db, id, ct);
            if (format == "json")
            {
                return TypedResults.Ok(new SessionExport(
                    await SessionView.LoadAsync(db, session, ct), await SessionSummaries.SummarizeAsync(db, session, ct), rows, questions, await LeaderboardsAsync(db, id, ct)));
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
                    var summary = await SessionSummaries.SummarizeAsync(db, session, ct);
                    Line("activity", "type", "respondents", "responses", "participationPercent", "headline");
                    foreach (var a in summary.Activities)
                    {
                        Line(a.Title, a.Type, a.Respondents, a.Responses, a.ParticipationPercent, a.Headline is null ? null : LiveJson.Serialize(a.Headline));
                    }

                    break;
            }

            await table.FlushAsync();
            return TypedResults.Text(csv.ToString(), "text/csv; charset=utf-8", Encoding.UTF8);
        }).WithSummary("Export session").AlsoAnswersCsv();

    private static async Task<List<ExportedResponse>> ExportedResponsesAsync(LiveDb db, Guid sessionId, CancellationToken ct)
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
            return new ExportedResponse(r.Title, r.QuestionIndex, r.Identified ? r.Nickname : null, answer, r.SubmittedAt, r.Correct, r.Points);
        })];
    }

    private static async Task<List<ExportedQuestion>> ExportedQuestionsAsync(LiveDb db, Guid sessionId, CancellationToken ct) =>
        await (from q in db.Questions.AsNoTracking().Where(q => q.SessionId == sessionId)
               join a in db.Activities on q.ActivityId equals a.Id
               join p in db.Participants on q.AuthorParticipantId equals p.Id into people
               from p in people.DefaultIfEmpty()
               orderby q.CreatedAt
               select new ExportedQuestion(a.Title, q.Text, q.Anonymous || p == null ? null : p.Nickname, q.State, q.VoteCount, q.CreatedAt))
            .ToListAsync(ct);

    private static async Task<List<QuizLeaderboard>> LeaderboardsAsync(LiveDb db, Guid sessionId, CancellationToken ct)
    {
        var boards = new List<QuizLeaderboard>();
        foreach (var quiz in await db.Activities.AsNoTracking().Where(a => a.SessionId == sessionId && a.Type == ActivityType.Quiz).OrderBy(a => a.Position).ToListAsync(ct))
        {
            boards.Add(new QuizLeaderboard(quiz.Id, quiz.Title, [.. (await LeaderboardAsync(db, quiz.Id, ct))
                .Select(x => new LeaderboardPlayer(x.Score.Rank, x.Nickname, x.Score.Score, x.Score.CorrectCount, x.Score.AnsweredCount))]));
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
