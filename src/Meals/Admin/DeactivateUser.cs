using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Admin;

public static class DeactivateUser
{
    public static void Map(RouteGroupBuilder admin) => admin.MapPost("/users/{userId:guid}/deactivate", HandleAsync).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<Ok<UserAccessView>> HandleAsync(
        Guid userId, HttpContext http, MealsDb db, PlatformDb platform, IOptions<MealsOptions> options, TimeProvider clock, CancellationToken ct) =>
        UserAccess.SetAsync(userId, true, http, db, platform, options.Value, clock, ct);
}
