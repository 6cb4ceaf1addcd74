using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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

    /// <summary>Declares the answers of <see cref="IfMatch"/>: 428 without If-Match, 412 when it is stale.</summary>
    public static RouteHandlerBuilder ProducesPreconditionProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
