using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Data;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Sessions;

public sealed class CreateSessionRequest : IValidatableObject
{
    [Required]
    [StringLength(120, MinimumLength = 1)]
    public string Title { get; init; } = "";

    public SessionSettingsRequest? Settings { get; init; }

    [StringLength(1000)]
    public string? Description { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Text.TextRules.CleanLine(Title).Length == 0 ? [new ValidationResult("The title cannot be blank.", [nameof(Title)])] : [];
}

/// <summary>A new draft session with a fresh join code and presenter key.</summary>
public static class CreateSession
{
    public static void Map(RouteGroupBuilder sessions) =>
        sessions.MapPost("", async Task<Results<Created<SessionView>, ProblemHttpResult, ValidationProblem>> (
            CreateSessionRequest request, LiveDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        {
            if (!user.IsInRole(HostAccess.HostRole))
            {
                return TypedResults.Problem(statusCode: 403, extensions: new Dictionary<string, object?> { ["code"] = "NOT_HOST" });
            }

            if (request.Settings is { } settings && Validation.Validate(settings) is { Count: > 0 } errors)
            {
                return Problems.Validation(errors.ToDictionary(e => "settings." + e.Key, e => e.Value));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var (_, keyHash) = JoinCodes.NewPresenterKey();
            var session = await db.InTransactionAsync(async t =>
            {
                var created = new LiveSession
                {
                    Id = Guid.CreateVersion7(),
                    HostUserId = user.UserId(),
                    Title = Text.TextRules.CleanLine(request.Title),
                    Description = Text.TextRules.CleanMultiline(request.Description),
                    Code = await JoinCodes.NewAsync(db, now, t),
                    Status = SessionStatus.Draft,
                    Screen = SessionScreen.Lobby,
                    PresenterKeyHash = keyHash,
                    Version = 1,
                    CreatedAt = now,
                    LastActionAt = now,
                };
                request.Settings?.ApplyTo(created);
                db.Sessions.Add(created);
                return created;
            }, ct);
            return TypedResults.Created($"/api/live/sessions/{session.Id}", SessionView.From(session, [], new HashSet<Guid>()));
        }).RequireAuthorization(HostAccess.HostOnly);
}
