using Quartet.Platform.Http;

namespace Quartet.Meals.Common;

/// <summary>ETags <c>"v{version}"</c> on expenses and restaurants; replacing requires a matching <c>If-Match</c>.</summary>
public static class Versions
{
    public static readonly Precondition IfMatch = new(
        "Send the item's ETag in If-Match so a change made elsewhere is not overwritten.",
        "The item was changed elsewhere; reload it and try again.",
        MissingCode: "IF_MATCH_REQUIRED",
        StaleCode: "VERSION_MISMATCH");

    public static string ETag(int version) => ETags.OfVersion(version, "v");
}
