using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Settings;

/// <summary>Home currency and time zone; changing them never touches existing expenses.</summary>
public static class SettingsEndpoints
{
    public sealed class Input : IValidatableObject
    {
        public string? HomeCurrency { get; init; }

        public string? TimeZone { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Currencies.Normalize(HomeCurrency) is null)
            {
                yield return new ValidationResult("Unknown ISO 4217 currency code.", ["homeCurrency"]);
            }

            if (Zones.Canonical(TimeZone) is null)
            {
                yield return new ValidationResult("Unknown IANA time zone.", ["timeZone"]);
            }
        }
    }

    public sealed record View(string HomeCurrency, string TimeZone, string Today, long DataVersion);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/settings", (MealsUser user, TimeProvider clock) => TypedResults.Ok(ViewOf(user.Settings, clock)));
        group.MapPut("/settings", UpdateAsync);
    }

    private static async Task<IResult> UpdateAsync(Input input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
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
        return TypedResults.Ok(ViewOf(settings, clock));
    }

    private static View ViewOf(MealSettings s, TimeProvider clock) =>
        new(s.HomeCurrency, s.TimeZone, Expenses.ExpenseRules.FormatDate(Zones.Today(clock, s.TimeZone)), s.DataVersion);
}
