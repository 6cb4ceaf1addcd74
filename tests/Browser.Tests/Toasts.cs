using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Quartet.Browser.Tests;

public static partial class Toasts
{
    /// <summary>A confirmation toast with this text, in the page's notifications region.</summary>
    public static ILocator Toast(this IPage page, string text) => Region(page).GetByText(text);

    /// <inheritdoc cref="Toast(IPage, string)"/>
    public static ILocator Toast(this IPage page, Regex text) => Region(page).GetByText(text);

    private static ILocator Region(IPage page) => page.GetByRole(AriaRole.Region, new() { NameRegex = Notifications() });

    [GeneratedRegex("^Notifications")]
    private static partial Regex Notifications();
}
