using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Settings;

public static class UpdateSettings
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/settings", HandleAsync);

    private static async Task<Ok<SettingsView>> HandleAsync(SettingsInput input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var settings = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var current = await db.Settings.FirstAsync(s => s.UserId == user.Id, token);
            current.HomeCurrency = Currencies.Normalize(input.HomeCurrency)!;
            current.TimeZone = Zones.Canonical(input.TimeZone)!;
            return current;
        }, ct);
        return TypedResults.Ok(SettingsView.Of(settings, clock));
    }
}
