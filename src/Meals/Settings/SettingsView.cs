using System.ComponentModel.DataAnnotations;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Settings;

/// <summary>Home currency and time zone; changing them never touches existing expenses.</summary>
public sealed record SettingsView(string HomeCurrency, string TimeZone, string Today, long DataVersion)
{
    public static SettingsView Of(MealSettings s, TimeProvider clock) =>
        new(s.HomeCurrency, s.TimeZone, Expenses.ExpenseRules.FormatDate(Zones.Today(clock, s.TimeZone)), s.DataVersion);
}

public sealed class SettingsInput : IValidatableObject
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
