using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Quartet.Platform.Http;

public static class ApiGroups
{
    public const string PlatformDocument = "platform";

    /// <summary>
    /// A route group under <paramref name="prefix"/> that belongs to one OpenAPI document and validates request bodies.
    /// Every API endpoint of the platform and the modules is mapped through one of these.
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string document) =>
        app.MapGroup(prefix).WithGroupName(document).AddEndpointFilterFactory(Validation.Filter);
}
