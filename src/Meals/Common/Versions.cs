using Microsoft.AspNetCore.Http;
using Quartet.Platform.Http;

namespace Quartet.Meals.Common;

/// <summary>ETags <c>"v{version}"</c> on expenses and restaurants; replacing requires a matching <c>If-Match</c>.</summary>
public static class Versions
{
    public static string ETag(int version) => $"\"v{version}\"";

    /// <summary>The version named by <c>If-Match</c>; 428 when absent, 412 when it cannot name a version.</summary>
    public static int RequiredIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            throw new ProblemException(StatusCodes.Status428PreconditionRequired, "IF_MATCH_REQUIRED",
                "Send the item's ETag in If-Match so a change made elsewhere is not overwritten.");
        }

        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        var value = header.Trim('"');
        if (value.StartsWith('v') && int.TryParse(value.AsSpan(1), out var version))
        {
            return version;
        }

        throw Mismatch();
    }

    public static ProblemException Mismatch() =>
        new(StatusCodes.Status412PreconditionFailed, "VERSION_MISMATCH", "The item was changed elsewhere; reload it and try again.");
}
