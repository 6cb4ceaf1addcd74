using Quartet.Platform.Modules;

namespace Quartet.Parks;

public sealed class ParksModule : QuartetModule
{
    public override string Key => "parks";

    public override string Name => "Theme Park Hall of Shame";

    public override string Description => "Which theme parks and rides are down the most, from live ride status.";

    public override IReadOnlyList<string> Roles => ["parks.admin"];
}
