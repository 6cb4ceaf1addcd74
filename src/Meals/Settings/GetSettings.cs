using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Meals.Common;

namespace Quartet.Meals.Settings;

public static class GetSettings
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/settings", Handle);

    private static Ok<SettingsView> Handle(MealsUser user, TimeProvider clock) => TypedResults.Ok(SettingsView.Of(user.Settings, clock));
}
