using Quartet.Live;
using Quartet.Meals;
using Quartet.Parks;
using Quartet.Platform.Modules;
using Quartet.Shop;

namespace Quartet.Host;

public static class Modules
{
    /// <summary>Every app this host can run; <c>Apps</c> / <c>--apps</c> picks a subset.</summary>
    public static IReadOnlyList<QuartetModule> All => [new ShopModule(), new MealsModule(), new LiveModule(), new ParksModule()];
}
