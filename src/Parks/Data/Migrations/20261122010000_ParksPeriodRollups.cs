using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Parks.Data.Migrations;

/// <summary>
/// Week and month roll-ups. Existing day rows are summed into them by the next <c>parks aggregate</c> (the
/// data_version marker stays null until then, and readers sum day rows meanwhile); an empty database is complete at once.
/// </summary>
[DbContext(typeof(ParksDb))]
[Migration("20261122010000_ParksPeriodRollups")]
public sealed class ParksPeriodRollups : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "PeriodWeekStart", table: "data_version", nullable: true);

        migrationBuilder.CreateTable(
            name: "park_period_stats",
            columns: table => new
            {
                Span = table.Column<string>(maxLength: 8, nullable: false),
                PeriodStart = table.Column<DateOnly>(nullable: false),
                ParkId = table.Column<Guid>(nullable: false),
                Days = table.Column<int>(nullable: false),
                CapacityWMin = table.Column<long>(nullable: false),
                DownWMin = table.Column<long>(nullable: false),
                DownMin = table.Column<long>(nullable: false),
                ObservedMin = table.Column<long>(nullable: false),
                MaxCountedRides = table.Column<int>(nullable: false),
                Incidents = table.Column<int>(nullable: false),
                WaitSum = table.Column<long>(nullable: false),
                WaitCount = table.Column<int>(nullable: false),
                WaitMax = table.Column<int>(nullable: true),
                MaxRidesReporting = table.Column<int>(nullable: false),
                OpenMin = table.Column<int>(nullable: false),
                MaxRidesWithDowntime = table.Column<int>(nullable: false),
                FallbackMin = table.Column<int>(nullable: false),
                StaleSlots = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_park_period_stats", x => new { x.Span, x.PeriodStart, x.ParkId }));

        migrationBuilder.CreateTable(
            name: "ride_period_stats",
            columns: table => new
            {
                Span = table.Column<string>(maxLength: 8, nullable: false),
                PeriodStart = table.Column<DateOnly>(nullable: false),
                RideId = table.Column<Guid>(nullable: false),
                ParkId = table.Column<Guid>(nullable: false),
                Days = table.Column<int>(nullable: false),
                CountedDays = table.Column<int>(nullable: false),
                CountedDownMin = table.Column<long>(nullable: false),
                CountedObservedMin = table.Column<long>(nullable: false),
                CountedIncidents = table.Column<int>(nullable: false),
                LongestOutageMin = table.Column<int>(nullable: false),
                WaitSum = table.Column<long>(nullable: false),
                WaitCount = table.Column<int>(nullable: false),
                WaitMax = table.Column<int>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ride_period_stats", x => new { x.Span, x.PeriodStart, x.RideId }));
        migrationBuilder.CreateIndex("ix_ride_period_stats_park", "ride_period_stats", ["ParkId", "Span", "PeriodStart"]);

        // With no day rows yet there is nothing to sum: the (empty) span tables are complete for a Sunday week start.
        migrationBuilder.Sql("UPDATE data_version SET \"PeriodWeekStart\" = 0 WHERE NOT EXISTS (SELECT 1 FROM park_day_stats) AND NOT EXISTS (SELECT 1 FROM ride_day_stats)");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ride_period_stats");
        migrationBuilder.DropTable("park_period_stats");
        migrationBuilder.DropColumn(name: "PeriodWeekStart", table: "data_version");
    }
}
