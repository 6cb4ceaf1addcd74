using System.Net;

namespace Quartet.TestSupport;

/// <summary>
/// 503s the specs prescribe as a state of the server, whatever the caller sent: a health report (e.g. no collection
/// yet) and the meals place lookup while no provider is configured (meals spec §5, PLACES_LOOKUP_DISABLED).
/// </summary>
public static class SpecifiedUnavailability
{
    public static async Task<bool> IsSpecifiedAsync(string path, HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
        {
            return false;
        }

        return path.EndsWith("/health", StringComparison.Ordinal)
            || (path == "/api/meals/places/search"
                && (await response.Content.ReadAsStringAsync()).Contains("\"code\":\"PLACES_LOOKUP_DISABLED\"", StringComparison.Ordinal));
    }
}
