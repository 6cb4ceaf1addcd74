using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Sync;

namespace Quartet.Live.Sessions;

public sealed class SessionSettingsRequest : IValidatableObject
{
    [StringLength(120, MinimumLength = 1)]
    public string? Title { get; init; }

    [StringLength(1000)]
    public string? Description { get; init; }

    [Range(1, 20_000)]
    public int? MaxParticipants { get; init; }

    [Range(10, 500)]
    public int? JoinRatePerSecond { get; init; }

    public bool? ProfanityFilter { get; init; }

    public List<string>? ExtraBlockedWords { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ExtraBlockedWords is { Count: > 200 } || ExtraBlockedWords?.Any(w => string.IsNullOrWhiteSpace(w) || w.Length > 40) == true)
        {
            yield return new ValidationResult("At most 200 words of 1 to 40 characters.", [nameof(ExtraBlockedWords)]);
        }

        if (Title is not null && Text.TextRules.CleanLine(Title).Length == 0)
        {
            yield return new ValidationResult("The title cannot be blank.", [nameof(Title)]);
        }
    }

    public void ApplyTo(LiveSession session)
    {
        if (Title is not null)
        {
            session.Title = Text.TextRules.CleanLine(Title);
        }

        if (Description is not null)
        {
            session.Description = Text.TextRules.CleanMultiline(Description);
        }

        session.MaxParticipants = MaxParticipants ?? session.MaxParticipants;
        session.JoinRatePerSecond = JoinRatePerSecond ?? session.JoinRatePerSecond;
        session.ProfanityFilter = ProfanityFilter ?? session.ProfanityFilter;
        if (ExtraBlockedWords is not null)
        {
            session.ExtraBlockedWords = LiveJson.Serialize(ExtraBlockedWords.Select(Text.TextRules.CleanLine).Distinct().ToList());
        }
    }
}

/// <summary>Edits a session's title, description and settings (If-Match with the definition's ETag).</summary>
public static class UpdateSessionSettings
{
    public static void Map(RouteGroupBuilder sessions) =>
        sessions.MapPatch("/{id:guid}", async Task<Ok<SessionView>> (
            Guid id, SessionSettingsRequest request, LiveDb db, ClaimsPrincipal user, HttpContext http, Publisher publisher, CancellationToken ct) =>
        {
            var view = await publisher.RunAsync(id, async (tx, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(tx, id, user, t);
                HostAccess.EnsureNotEnded(session);
                DefinitionRevisions.SessionMatch.Require(http.Request, DefinitionRevisions.SessionTag(session.Revision));
                request.ApplyTo(session);
                session.Revision++;
                session.LastActionAt = now;
                return (session, ReconcileScope.SessionOnly);
            }, ct);
            http.Response.Headers.ETag = DefinitionRevisions.SessionTag(view.Revision);
            return TypedResults.Ok(await SessionView.LoadAsync(db, view, ct));
        }).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
