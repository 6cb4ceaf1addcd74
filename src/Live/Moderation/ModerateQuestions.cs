using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Live.Text;
using Quartet.Platform.Http;

namespace Quartet.Live.Moderation;

public sealed class ApproveRequest
{
    public string? Text { get; init; }
}

public sealed class BlockWordRequest
{
    public string? Word { get; init; }
}

/// <summary>Host moderation (A4, A6, C2): Q&amp;A questions, open-text entries and word-cloud words; every decision is published at once.</summary>
public static class ModerateQuestions
{
    public const int MaxPins = 3;

    public static void Map(RouteGroupBuilder api)
    {
        var host = api.MapGroup("/sessions/{id:guid}").RequireAuthorization(p => p.RequireRole(HostAccess.HostRole));

        host.MapGet("/activities/{aid:guid}/questions", async (Guid id, Guid aid, QuestionState? state, PageRequest page, LiveDb db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await HostAccess.OwnedAsync(db, id, user, ct);
            var query = db.Questions.AsNoTracking().Where(q => q.ActivityId == aid && q.SessionId == id);
            if (state is { } wanted)
            {
                query = query.Where(q => q.State == wanted);
            }

            return Results.Ok(await query.OrderByDescending(q => q.Pinned).ThenByDescending(q => q.VoteCount).ThenBy(q => q.CreatedAt)
                .Select(q => new
                {
                    q.Id,
                    q.Text,
                    q.State,
                    q.Pinned,
                    q.VoteCount,
                    q.Anonymous,
                    q.Edited,
                    q.CreatedAt,
                    Author = q.Anonymous ? null : db.Participants.Where(p => p.Id == q.AuthorParticipantId).Select(p => p.Nickname).FirstOrDefault(),
                })
                .ToPageAsync(page, ct));
        });

        host.MapPost("/questions/{qid:guid}/{action:regex(^(approve|dismiss|answer|unanswer|pin|unpin|hide|unhide)$)}", async (
            Guid id, Guid qid, string action, ApproveRequest? request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var question = await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var q = await db.Questions.SingleOrDefaultAsync(x => x.Id == qid && x.SessionId == id, t)
                    ?? throw new ProblemException(404, "QUESTION_NOT_FOUND", "No such question.");
                static ProblemException Invalid(Question q, string action) => new(409, "INVALID_TRANSITION", $"A {q.State} question cannot be {action}ed.");
                switch (action)
                {
                    case "approve":
                        if (q.State is not (QuestionState.Pending or QuestionState.Filtered or QuestionState.Dismissed))
                        {
                            throw Invalid(q, action);
                        }

                        if (request?.Text is { } text && TextRules.CleanMultiline(text) is { Length: > 0 and <= 500 } edited && edited != q.Text)
                        {
                            q.Text = edited;
                            q.Edited = true;
                        }

                        q.State = QuestionState.Visible;
                        break;
                    case "dismiss":
                        if (q.State is not (QuestionState.Pending or QuestionState.Filtered or QuestionState.Visible))
                        {
                            throw Invalid(q, action);
                        }

                        q.State = QuestionState.Dismissed;
                        q.Pinned = false;
                        break;
                    case "answer":
                        if (q.State != QuestionState.Visible)
                        {
                            throw Invalid(q, action);
                        }

                        q.State = QuestionState.Answered;
                        q.AnsweredAt = now;
                        q.Pinned = false;
                        break;
                    case "unanswer":
                        if (q.State != QuestionState.Answered)
                        {
                            throw Invalid(q, action);
                        }

                        q.State = QuestionState.Visible;
                        q.AnsweredAt = null;
                        break;
                    case "pin":
                        if (q.State != QuestionState.Visible)
                        {
                            throw Invalid(q, action);
                        }

                        if (!q.Pinned && await db.Questions.CountAsync(x => x.ActivityId == q.ActivityId && x.Pinned, t) >= MaxPins)
                        {
                            throw new ProblemException(409, "PIN_LIMIT", $"At most {MaxPins} pinned questions.");
                        }

                        q.Pinned = true;
                        break;
                    case "unpin":
                        q.Pinned = false;
                        break;
                    case "hide":
                        if (q.State is not (QuestionState.Visible or QuestionState.Answered))
                        {
                            throw Invalid(q, action);
                        }

                        q.State = QuestionState.Hidden;
                        q.Pinned = false;
                        break;
                    default:
                        if (q.State != QuestionState.Hidden)
                        {
                            throw Invalid(q, action);
                        }

                        q.State = QuestionState.Visible;
                        break;
                }

                HostAccess.Audit(db, session, user, "question-" + action, now, qid.ToString());
                return (q, ReconcileScope.ForActivity(q.ActivityId));
            }, ct);
            return Results.Ok(new { question.Id, question.State, question.Pinned, question.Text, question.Edited, question.VoteCount });
        });

        host.MapGet("/activities/{aid:guid}/entries", async (Guid id, Guid aid, EntryModeration? state, PageRequest page, LiveDb db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await HostAccess.OwnedAsync(db, id, user, ct);
            var query = db.Responses.AsNoTracking().Where(r => r.ActivityId == aid && r.SessionId == id);
            if (state is { } wanted)
            {
                query = query.Where(r => r.Moderation == wanted);
            }

            var paged = await query.OrderByDescending(r => r.SubmittedAt).Select(r => new { r.Id, r.Payload, r.Moderation, r.SubmittedAt }).ToPageAsync(page, ct);
            return Results.Ok(new
            {
                paged.Page,
                paged.PageSize,
                paged.Total,
                Items = paged.Items.Select(r => new { r.Id, LiveJson.Deserialize<ResponsePayload>(r.Payload).Text, r.Moderation, r.SubmittedAt }),
            });
        });

        host.MapPost("/entries/{rid:guid}/{action:regex(^(approve|hide)$)}", async (Guid id, Guid rid, string action, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var entry = await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var r = await db.Responses.SingleOrDefaultAsync(x => x.Id == rid && x.SessionId == id, t)
                    ?? throw new ProblemException(404, "ENTRY_NOT_FOUND", "No such entry.");
                var target = action == "approve" ? EntryModeration.Visible : EntryModeration.Hidden;
                if (r.Moderation == target)
                {
                    throw new ProblemException(409, "INVALID_TRANSITION", $"The entry is already {target}.");
                }

                r.Moderation = target;
                HostAccess.Audit(db, session, user, "entry-" + action, now, rid.ToString());
                return (r, ReconcileScope.ForActivity(r.ActivityId));
            }, ct);
            return Results.Ok(new { entry.Id, entry.Moderation });
        });

        host.MapPost("/activities/{aid:guid}/words/block", async (Guid id, Guid aid, BlockWordRequest request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var word = TextRules.CleanLine(request.Word);
            if (word.Length is 0 or > 40)
            {
                return Problems.Validation("word", "1 to 40 characters.");
            }

            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == aid && a.SessionId == id && a.Type == ActivityType.Wordcloud, t)
                    ?? throw new ProblemException(404, "ACTIVITY_NOT_FOUND", "No such word cloud.");
                var key = TextRules.WordKey(word);
                foreach (var row in await db.Responses.Where(r => r.ActivityId == aid).ToListAsync(t))
                {
                    var payload = LiveJson.Deserialize<ResponsePayload>(row.Payload);
                    if (payload.Words?.RemoveAll(w => w.Key == key) > 0)
                    {
                        row.Payload = LiveJson.Serialize(payload);
                    }
                }

                var blocked = LiveJson.Deserialize<List<string>>(session.ExtraBlockedWords);
                if (!blocked.Contains(word) && blocked.Count < 200)
                {
                    blocked.Add(word);
                    session.ExtraBlockedWords = LiveJson.Serialize(blocked);
                }

                HostAccess.Audit(db, session, user, "block-word", now);
                return (true, ReconcileScope.ForActivity(activity.Id));
            }, ct);
            return Results.NoContent();
        });
    }
}
