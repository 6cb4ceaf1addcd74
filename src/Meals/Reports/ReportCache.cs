using Microsoft.AspNetCore.Http;
using Quartet.Meals.Common;
using Quartet.Platform.Http;

namespace Quartet.Meals.Reports;

/// <summary>ETags for dashboard and reports from the user's data version, the query and today's date.</summary>
public static class ReportCache
{
    public static string ETagFor(HttpRequest request, MealsUser user, DateOnly today) =>
        ETagFor(user, $"{request.Path}{request.QueryString}", today);

    /// <summary>The tag of <paramref name="what"/> (a path and its query, or any name of a result) for the user's current data.</summary>
    public static string ETagFor(MealsUser user, string what, DateOnly today) =>
        ETags.Of($"{user.Settings.DataVersion}|{user.Settings.HomeCurrency}|{user.Settings.TimeZone}|{what}|{today:yyyy-MM-dd}");
}
