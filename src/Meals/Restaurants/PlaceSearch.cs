using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Meals.Common;
using Quartet.Platform.Http;

namespace Quartet.Meals.Restaurants;

public sealed record PlaceSuggestion(string PlaceRef, string Name, string? AddressLine1, string? City, string? Region, string? PostalCode, string? CountryCode, string? Website, string? Phone);

/// <summary>A place-lookup provider (<c>Meals:Places:Provider</c>). None ships yet; while none is registered the lookup answers 503.</summary>
public interface IPlaceLookup
{
    Task<IReadOnlyList<PlaceSuggestion>> SearchAsync(string query, CancellationToken ct);
}

/// <summary>GET /places/search?q=: provider lookup when one is enabled, else 503 <c>PLACES_LOOKUP_DISABLED</c>.</summary>
public static class PlaceSearch
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/places/search", HandleAsync).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
        .WithSummary("Search places");

    private static async Task<Ok<IReadOnlyList<PlaceSuggestion>>> HandleAsync(IServiceProvider services, CancellationToken ct, string? q = null)
    {
        var lookup = services.GetService<IPlaceLookup>()
            ?? throw new ProblemException(StatusCodes.Status503ServiceUnavailable, "PLACES_LOOKUP_DISABLED", "Place lookup is not enabled on this server.");
        var term = Text.Clean(q);
        if (term is null || term.Length > 200)
        {
            throw MealsProblems.Field("VALIDATION_FAILED", "q", "Search for 1–200 characters.");
        }

        return TypedResults.Ok(await lookup.SearchAsync(term, ct));
    }
}
