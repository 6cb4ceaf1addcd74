using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Platform.Accounts;
using Quartet.Platform.Http;

namespace Quartet.Platform.Mail;

public sealed record MailPreferencesView(string Language, IReadOnlyList<string> Languages, IReadOnlyList<MailTopicView> Topics);

public sealed record MailTopicView(string Key, string Label, bool Enabled);

public sealed class SaveMailPreferencesRequest : IValidatableObject
{
    [Required, MaxLength(10)]
    public string Language { get; init; } = MailLanguages.English;

    [MaxLength(50)]
    public List<string> OptedOut { get; init; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailLanguages.All.Contains(Language))
        {
            yield return new ValidationResult($"Choose one of: {string.Join(", ", MailLanguages.All)}.", [nameof(Language)]);
        }
    }
}

/// <summary><c>/api/auth/mail-preferences</c>: the signed-in user's mail language and notification opt-outs.</summary>
public static class MailPreferenceEndpoints
{
    public static void MapMailPreferences(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/auth/mail-preferences", ApiGroups.PlatformDocument).WithTag("Auth", AuthEndpoints.Tag).RequireAuthorization();
        group.MapGet("", GetAsync);
        group.MapPut("", SaveAsync);
    }

    private static async Task<Ok<MailPreferencesView>> GetAsync(ClaimsPrincipal principal, MailPreferences preferences, MailTopicCatalog topics, CancellationToken ct)
    {
        var settings = await preferences.GetAsync(principal.UserId(), ct);
        return TypedResults.Ok(ViewOf(settings, topics));
    }

    private static async Task<Results<Ok<MailPreferencesView>, ValidationProblem>> SaveAsync(
        SaveMailPreferencesRequest request, ClaimsPrincipal principal, MailPreferences preferences, MailTopicCatalog topics, CancellationToken ct)
    {
        var unknown = request.OptedOut.Where(t => !topics.IsKnown(t)).ToList();
        if (unknown.Count > 0)
        {
            return Problems.Validation("optedOut", $"Unknown notification(s): {string.Join(", ", unknown.Take(5))}.");
        }

        await preferences.SaveAsync(principal.UserId(), request.Language, request.OptedOut, ct);
        return TypedResults.Ok(ViewOf(await preferences.GetAsync(principal.UserId(), ct), topics));
    }

    private static MailPreferencesView ViewOf(MailSettings settings, MailTopicCatalog topics)
    {
        var optedOut = settings.OptedOutTopics;
        return new MailPreferencesView(settings.Language, MailLanguages.All,
            [.. topics.All.Select(t => new MailTopicView(t.Key, t.Label, !optedOut.Contains(t.Key)))]);
    }
}
