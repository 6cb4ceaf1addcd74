using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Meals.Data.Migrations;

/// <summary>
/// A covering index for per-currency aggregates over a date range (reports, dashboard, summary, budgets): every column
/// those queries read is in the index, so they never visit the table rows. And the dashboard's "latest expenses" order
/// (date, time of day, id) as an index, so it reads five entries instead of sorting every expense of the user.
/// </summary>
[DbContext(typeof(MealsDb))]
[Migration("20261202000000_MealsReportIndex")]
public sealed class MealsReportIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("ix_expenses_user_currency_date_cover", "expenses",
            ["UserId", "Currency", "LocalDate", "AmountMinor", "PartySize", "CategoryId", "RestaurantId", "MealType", "Id"]);
        migrationBuilder.CreateIndex("ix_expenses_user_latest", "expenses", ["UserId", "LocalDate", "OccurredAt", "Id"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("ix_expenses_user_latest", "expenses");
        migrationBuilder.DropIndex("ix_expenses_user_currency_date_cover", "expenses");
    }
}
