using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quartet.Meals.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MealsMonthTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_expenses_user_currency_amount",
                table: "expenses");

            migrationBuilder.CreateTable(
                name: "expense_month_restaurants",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    RestaurantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    TotalMinor = table.Column<long>(type: "bigint", nullable: false),
                    Meals = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expense_month_restaurants", x => new { x.UserId, x.Currency, x.Month, x.RestaurantId });
                });

            migrationBuilder.CreateTable(
                name: "expense_month_totals",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    CategoryKey = table.Column<Guid>(type: "uuid", nullable: false),
                    MealTypeKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    TotalMinor = table.Column<long>(type: "bigint", nullable: false),
                    Meals = table.Column<int>(type: "integer", nullable: false),
                    SpendMinor = table.Column<long>(type: "bigint", nullable: false),
                    People = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expense_month_totals", x => new { x.UserId, x.Currency, x.Month, x.CategoryKey, x.MealTypeKey });
                });

            // The month rows of the expenses already stored; from here on every expense write keeps them exact.
            migrationBuilder.Sql(@"INSERT INTO ""expense_month_totals"" (""UserId"", ""Currency"", ""Month"", ""CategoryKey"", ""MealTypeKey"", ""Count"", ""TotalMinor"", ""Meals"", ""SpendMinor"", ""People"") SELECT ""UserId"", ""Currency"", date_trunc('month', ""LocalDate"")::date, COALESCE(""CategoryId"", '00000000-0000-0000-0000-000000000000'::uuid), COALESCE(""MealType"", ''), COUNT(*), SUM(""AmountMinor""), SUM(CASE WHEN ""AmountMinor"" > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN ""AmountMinor"" > 0 THEN ""AmountMinor"" ELSE 0 END), SUM(CASE WHEN ""AmountMinor"" > 0 THEN ""PartySize"" ELSE 0 END) FROM ""expenses"" GROUP BY 1, 2, 3, 4, 5");
            migrationBuilder.Sql(@"INSERT INTO ""expense_month_restaurants"" (""UserId"", ""Currency"", ""Month"", ""RestaurantId"", ""Count"", ""TotalMinor"", ""Meals"") SELECT ""UserId"", ""Currency"", date_trunc('month', ""LocalDate"")::date, ""RestaurantId"", COUNT(*), SUM(""AmountMinor""), SUM(CASE WHEN ""AmountMinor"" > 0 THEN 1 ELSE 0 END) FROM ""expenses"" GROUP BY 1, 2, 3, 4");

            migrationBuilder.CreateIndex(
                name: "ix_expenses_user_currency_amount_date",
                table: "expenses",
                columns: new[] { "UserId", "Currency", "AmountMinor", "LocalDate", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "expense_month_restaurants");

            migrationBuilder.DropTable(
                name: "expense_month_totals");

            migrationBuilder.DropIndex(
                name: "ix_expenses_user_currency_amount_date",
                table: "expenses");

            migrationBuilder.CreateIndex(
                name: "ix_expenses_user_currency_amount",
                table: "expenses",
                columns: new[] { "UserId", "Currency", "AmountMinor" });
        }
    }
}
