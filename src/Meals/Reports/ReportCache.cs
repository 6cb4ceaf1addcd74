using Microsoft.AspNetCore.Http;
using Quartet.Meals.Common;
using Quartet.Platform.Http;

namespace Quartet.Meals.Reports;

/// <summary>ETags for dashboard and reports from the user's data version, the query and today's date.</summary>
public static class ReportCache
{
    public static string ETagFor(HttpRequest request, MealsUser user, DateOnly today)
    {
        var source = $"{user.Settings.DataVersion}|{user.Settings.HomeCurrency}|{user.Settings.TimeZone}|{request.Path}{request.QueryString}|{today:yyyy-MM-dd}";
        return ETags.Of(source);
    }

    /// <summary>Sets the ETag; true when the client's copy is current (answer 304).</summary>
    public static bool IsNotModified(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "private, no-cache";
        return ETags.Matches(http.Request, etag);
    }
}
