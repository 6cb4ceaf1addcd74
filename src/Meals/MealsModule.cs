using Quartet.Platform.Modules;

namespace Quartet.Meals;

public sealed class MealsModule : QuartetModule
{
    public override string Key => "meals";

    public override string Name => "Meal Expense Tracker";

    public override string Description => "Track what you spend eating out, with budgets and reports.";

    public override IReadOnlyList<string> Roles => ["meals.admin"];
}
