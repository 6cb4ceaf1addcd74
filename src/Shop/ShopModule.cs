using Quartet.Platform.Modules;

namespace Quartet.Shop;

public sealed class ShopModule : QuartetModule
{
    public override string Key => "shop";

    public override string Name => "AWSomeShop";

    public override string Description => "Redeem your benefit points for goods and vouchers.";

    public override IReadOnlyList<string> Roles => ["shop.employee", "shop.admin", "shop.products", "shop.points"];
}
