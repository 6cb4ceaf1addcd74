using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Parks.Data.Migrations;

[DbContext(typeof(ParksDb))]
[Migration("20261121200000_ParksInitial")]
public sealed class ParksInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "parks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Slug = table.Column<string>(maxLength: 80, nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                Brand = table.Column<string>(maxLength: 16, nullable: false),
                StatusModel = table.Column<string>(maxLength: 16, nullable: false),
                Country = table.Column<string>(maxLength: 2, nullable: false),
                City = table.Column<string>(maxLength: 80, nullable: true),
                Region = table.Column<string>(maxLength: 80, nullable: true),
                Latitude = table.Column<decimal>(precision: 9, scale: 6, nullable: true),
                Longitude = table.Column<decimal>(precision: 9, scale: 6, nullable: true),
                TimeZone = table.Column<string>(maxLength: 64, nullable: false),
                TpwId = table.Column<string>(maxLength: 64, nullable: true),
                QtId = table.Column<int>(nullable: true),
                IsActive = table.Column<bool>(nullable: false),
                MissingSince = table.Column<DateOnly>(nullable: true),
                ScheduleFetchedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_parks", x => x.Id);
                table.CheckConstraint("CK_parks_source", "\"TpwId\" IS NOT NULL OR \"QtId\" IS NOT NULL");
                table.CheckConstraint("CK_parks_us_longitude", "\"Country\" <> 'US' OR \"Longitude\" IS NULL OR \"Longitude\" <= 0");
            });
        migrationBuilder.CreateIndex("ix_parks_slug", "parks", "Slug", unique: true);
        migrationBuilder.CreateIndex("ix_parks_tpw_id", "parks", "TpwId", unique: true);
        migrationBuilder.CreateIndex("ix_parks_qt_id", "parks", "QtId", unique: true);

        migrationBuilder.CreateTable(
            name: "rides",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ParkId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 160, nullable: false),
                Land = table.Column<string>(maxLength: 120, nullable: true),
                Category = table.Column<string>(maxLength: 20, nullable: false),
                Tier = table.Column<int>(nullable: true),
                TierSource = table.Column<string>(maxLength: 8, nullable: false),
                TpwId = table.Column<string>(maxLength: 64, nullable: true),
                QtId = table.Column<int>(nullable: true),
                IsActive = table.Column<bool>(nullable: false),
                LastOperatedAt = table.Column<DateTime>(nullable: true),
                MissingSince = table.Column<DateOnly>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_rides", x => x.Id);
                table.ForeignKey("FK_rides_parks_ParkId", x => x.ParkId, "parks", "Id", onDelete: ReferentialAction.Restrict);
                table.CheckConstraint("CK_rides_source", "\"TpwId\" IS NOT NULL OR \"QtId\" IS NOT NULL");
                table.CheckConstraint("CK_rides_tier", "\"Tier\" IS NULL OR \"Tier\" BETWEEN 1 AND 3");
            });
        migrationBuilder.CreateIndex("ix_rides_park", "rides", "ParkId");
        migrationBuilder.CreateIndex("ix_rides_tpw_id", "rides", "TpwId", unique: true);
        migrationBuilder.CreateIndex("ix_rides_qt_id", "rides", "QtId", unique: true);

        migrationBuilder.CreateTable(
            name: "park_schedules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ParkId = table.Column<Guid>(nullable: false),
                LocalDate = table.Column<DateOnly>(nullable: false),
                Type = table.Column<string>(maxLength: 20, nullable: false),
                OpensAt = table.Column<DateTime>(nullable: false),
                ClosesAt = table.Column<DateTime>(nullable: false),
                Origin = table.Column<string>(maxLength: 8, nullable: false),
                FetchedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_park_schedules", x => x.Id);
                table.CheckConstraint("CK_park_schedules_window", "\"OpensAt\" < \"ClosesAt\"");
            });
        migrationBuilder.CreateIndex("ix_park_schedules_unique", "park_schedules", ["ParkId", "LocalDate", "Type", "OpensAt", "Origin"], unique: true);

        migrationBuilder.CreateTable(
            name: "runs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                Trigger = table.Column<string>(maxLength: 8, nullable: false),
                SlotAt = table.Column<DateTime>(nullable: true),
                StartedAt = table.Column<DateTime>(nullable: false),
                FinishedAt = table.Column<DateTime>(nullable: true),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                ParksOk = table.Column<int>(nullable: false),
                ParksFallback = table.Column<int>(nullable: false),
                ParksFailed = table.Column<int>(nullable: false),
                ParksSkipped = table.Column<int>(nullable: false),
                RidesSeen = table.Column<int>(nullable: false),
                SnapshotsWritten = table.Column<int>(nullable: false),
                IssuesRaised = table.Column<int>(nullable: false),
                ErrorSummary = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_runs", x => x.Id));
        migrationBuilder.CreateIndex("ix_runs_kind_started", "runs", ["Kind", "StartedAt"]);

        migrationBuilder.CreateTable(
            name: "run_park_results",
            columns: table => new
            {
                RunId = table.Column<Guid>(nullable: false),
                ParkId = table.Column<Guid>(nullable: false),
                Outcome = table.Column<string>(maxLength: 16, nullable: false),
                SourceUsed = table.Column<string>(maxLength: 8, nullable: true),
                Attempts = table.Column<int>(nullable: false),
                DurationMs = table.Column<int>(nullable: false),
                HttpStatus = table.Column<int>(nullable: true),
                ErrorCode = table.Column<string>(maxLength: 40, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_run_park_results", x => new { x.RunId, x.ParkId }));

        migrationBuilder.CreateTable(
            name: "park_snapshots",
            columns: table => new
            {
                ParkId = table.Column<Guid>(nullable: false),
                SlotAt = table.Column<DateTime>(nullable: false),
                RunId = table.Column<Guid>(nullable: false),
                FetchedAt = table.Column<DateTime>(nullable: false),
                Source = table.Column<string>(maxLength: 8, nullable: false),
                IntervalMinutes = table.Column<int>(nullable: false),
                ParkOpen = table.Column<bool>(nullable: false),
                Operating = table.Column<int>(nullable: false),
                Down = table.Column<int>(nullable: false),
                Closed = table.Column<int>(nullable: false),
                Refurbishment = table.Column<int>(nullable: false),
                Unknown = table.Column<int>(nullable: false),
                LiveA = table.Column<int>(nullable: false),
                LiveB = table.Column<int>(nullable: false),
                AvgWait = table.Column<int>(nullable: true),
                MaxWait = table.Column<int>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_park_snapshots", x => new { x.ParkId, x.SlotAt }));
        migrationBuilder.CreateIndex("ix_park_snapshots_slot", "park_snapshots", "SlotAt");

        migrationBuilder.CreateTable(
            name: "ride_snapshots",
            columns: table => new
            {
                RideId = table.Column<Guid>(nullable: false),
                SlotAt = table.Column<DateTime>(nullable: false),
                ParkId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                ReportedStatus = table.Column<string>(maxLength: 24, nullable: true),
                WaitMinutes = table.Column<int>(nullable: true),
                UpstreamUpdatedAt = table.Column<DateTime>(nullable: true),
                Source = table.Column<string>(maxLength: 8, nullable: false),
                IntervalMinutes = table.Column<int>(nullable: false),
                Fallback = table.Column<bool>(nullable: false),
                Stale = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ride_snapshots", x => new { x.RideId, x.SlotAt }));
        migrationBuilder.CreateIndex("ix_ride_snapshots_park_slot", "ride_snapshots", ["ParkId", "SlotAt"]);

        migrationBuilder.CreateTable(
            name: "ride_states",
            columns: table => new
            {
                RideId = table.Column<Guid>(nullable: false),
                ParkId = table.Column<Guid>(nullable: false),
                SlotAt = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                WaitMinutes = table.Column<int>(nullable: true),
                Since = table.Column<DateTime>(nullable: false),
                DownSince = table.Column<DateTime>(nullable: true),
                Counted = table.Column<bool>(nullable: false),
                CountedDown = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ride_states", x => x.RideId));
        migrationBuilder.CreateIndex("ix_ride_states_park", "ride_states", "ParkId");

        migrationBuilder.CreateTable(
            name: "park_states",
            columns: table => new
            {
                ParkId = table.Column<Guid>(nullable: false),
                SlotAt = table.Column<DateTime>(nullable: false),
                Open = table.Column<bool>(nullable: false),
                LiveA = table.Column<int>(nullable: false),
                LiveB = table.Column<int>(nullable: false),
                Source = table.Column<string>(maxLength: 8, nullable: false),
                Stale = table.Column<bool>(nullable: false),
                AvgWait = table.Column<int>(nullable: true),
                MaxWait = table.Column<int>(nullable: true),
                RidesReporting = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_park_states", x => x.ParkId));

        migrationBuilder.CreateTable(
            name: "ride_hour_stats",
            columns: table => new
            {
                RideId = table.Column<Guid>(nullable: false),
                HourStart = table.Column<DateTime>(nullable: false),
                ParkId = table.Column<Guid>(nullable: false),
                LocalDate = table.Column<DateOnly>(nullable: false),
                Weight = table.Column<int>(nullable: false),
                ObservedMin = table.Column<int>(nullable: false),
                OperatingMin = table.Column<int>(nullable: false),
                DownMin = table.Column<int>(nullable: false),
                ClosedMin = table.Column<int>(nullable: false),
                RefurbMin = table.Column<int>(nullable: false),
                UnknownMin = table.Column<int>(nullable: false),
                FallbackMin = table.Column<int>(nullable: false),
                OperatedEvidence = table.Column<int>(nullable: false),
                DownRunStarts = table.Column<int>(nullable: false),
                WaitSum = table.Column<int>(nullable: false),
                WaitCount = table.Column<int>(nullable: false),
                WaitMax = table.Column<int>(nullable: true),
                FormulaVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ride_hour_stats", x => new { x.RideId, x.HourStart });
                table.CheckConstraint("CK_ride_hour_stats_down", "\"DownMin\" <= \"ObservedMin\"");
            });
        migrationBuilder.CreateIndex("ix_ride_hour_stats_park_date", "ride_hour_stats", ["ParkId", "LocalDate"]);

        migrationBuilder.CreateTable(
            name: "ride_day_stats",
            columns: table => new
            {
                RideId = table.Column<Guid>(nullable: false),
                ParkId = table.Column<Guid>(nullable: false),
                LocalDate = table.Column<DateOnly>(nullable: false),
                Weight = table.Column<int>(nullable: false),
                ObservedMin = table.Column<int>(nullable: false),
                OperatingMin = table.Column<int>(nullable: false),
                DownMin = table.Column<int>(nullable: false),
                ClosedMin = table.Column<int>(nullable: false),
                RefurbMin = table.Column<int>(nullable: false),
                UnknownMin = table.Column<int>(nullable: false),
                FallbackMin = table.Column<int>(nullable: false),
                OperatedEvidence = table.Column<int>(nullable: false),
                DownRunStarts = table.Column<int>(nullable: false),
                WaitSum = table.Column<int>(nullable: false),
                WaitCount = table.Column<int>(nullable: false),
                WaitMax = table.Column<int>(nullable: true),
                FormulaVersion = table.Column<int>(nullable: false),
                Operated = table.Column<bool>(nullable: false),
                FirstOperatedAt = table.Column<DateTime>(nullable: true),
                LongestOutageMin = table.Column<int>(nullable: false),
                ExclusionReason = table.Column<string>(maxLength: 20, nullable: true),
                IsFinal = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ride_day_stats", x => new { x.RideId, x.LocalDate });
                table.CheckConstraint("CK_ride_day_stats_down", "\"DownMin\" <= \"ObservedMin\"");
            });
        migrationBuilder.CreateIndex("ix_ride_day_stats_date_park", "ride_day_stats", ["LocalDate", "ParkId"]);
        migrationBuilder.CreateIndex("ix_ride_day_stats_park_date", "ride_day_stats", ["ParkId", "LocalDate"]);

        migrationBuilder.CreateTable(
            name: "park_hour_stats",
            columns: table => new
            {
                ParkId = table.Column<Guid>(nullable: false),
                HourStart = table.Column<DateTime>(nullable: false),
                LocalDate = table.Column<DateOnly>(nullable: false),
                OpenMin = table.Column<int>(nullable: false),
                CountedRides = table.Column<int>(nullable: false),
                CountedWeight = table.Column<int>(nullable: false),
                CapacityWMin = table.Column<long>(nullable: false),
                DownWMin = table.Column<long>(nullable: false),
                DownMin = table.Column<int>(nullable: false),
                ObservedMin = table.Column<int>(nullable: false),
                RidesWithDowntime = table.Column<int>(nullable: false),
                Incidents = table.Column<int>(nullable: false),
                WaitSum = table.Column<long>(nullable: false),
                WaitCount = table.Column<int>(nullable: false),
                WaitMax = table.Column<int>(nullable: true),
                RidesReporting = table.Column<int>(nullable: false),
                FallbackMin = table.Column<int>(nullable: false),
                StaleSlots = table.Column<int>(nullable: false),
                IsFinal = table.Column<bool>(nullable: false),
                FormulaVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_park_hour_stats", x => new { x.ParkId, x.HourStart });
                table.CheckConstraint("CK_park_hour_stats_b_le_a", "\"DownWMin\" >= 0 AND \"DownWMin\" <= \"CapacityWMin\"");
            });
        migrationBuilder.CreateIndex("ix_park_hour_stats_date_park", "park_hour_stats", ["LocalDate", "ParkId"]);

        migrationBuilder.CreateTable(
            name: "park_day_stats",
            columns: table => new
            {
                ParkId = table.Column<Guid>(nullable: false),
                LocalDate = table.Column<DateOnly>(nullable: false),
                OpenMin = table.Column<int>(nullable: false),
                CountedRides = table.Column<int>(nullable: false),
                CountedWeight = table.Column<int>(nullable: false),
                CapacityWMin = table.Column<long>(nullable: false),
                DownWMin = table.Column<long>(nullable: false),
                DownMin = table.Column<int>(nullable: false),
                ObservedMin = table.Column<int>(nullable: false),
                RidesWithDowntime = table.Column<int>(nullable: false),
                Incidents = table.Column<int>(nullable: false),
                WaitSum = table.Column<long>(nullable: false),
                WaitCount = table.Column<int>(nullable: false),
                WaitMax = table.Column<int>(nullable: true),
                RidesReporting = table.Column<int>(nullable: false),
                FallbackMin = table.Column<int>(nullable: false),
                StaleSlots = table.Column<int>(nullable: false),
                IsFinal = table.Column<bool>(nullable: false),
                FormulaVersion = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_park_day_stats", x => new { x.ParkId, x.LocalDate });
                table.CheckConstraint("CK_park_day_stats_b_le_a", "\"DownWMin\" >= 0 AND \"DownWMin\" <= \"CapacityWMin\"");
            });
        migrationBuilder.CreateIndex("ix_park_day_stats_date", "park_day_stats", "LocalDate");

        migrationBuilder.CreateTable(
            name: "downtime_events",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RideId = table.Column<Guid>(nullable: false),
                ParkId = table.Column<Guid>(nullable: false),
                LocalDate = table.Column<DateOnly>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                EndedAt = table.Column<DateTime>(nullable: true),
                DownMinutes = table.Column<int>(nullable: false),
                EndReason = table.Column<string>(maxLength: 16, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_downtime_events", x => x.Id));
        migrationBuilder.CreateIndex("ix_downtime_events_ride_date", "downtime_events", ["RideId", "LocalDate"]);
        migrationBuilder.CreateIndex("ix_downtime_events_park_date", "downtime_events", ["ParkId", "LocalDate"]);

        migrationBuilder.CreateTable(
            name: "data_quality_issues",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Type = table.Column<string>(maxLength: 24, nullable: false),
                Source = table.Column<string>(maxLength: 8, nullable: false),
                ParkId = table.Column<Guid>(nullable: true),
                RideId = table.Column<Guid>(nullable: true),
                ExternalId = table.Column<string>(maxLength: 64, nullable: true),
                OpenKey = table.Column<string>(maxLength: 200, nullable: true),
                FirstSeenAt = table.Column<DateTime>(nullable: false),
                LastSeenAt = table.Column<DateTime>(nullable: false),
                Occurrences = table.Column<int>(nullable: false),
                MaxAgeMinutes = table.Column<int>(nullable: true),
                Details = table.Column<string>(maxLength: 4096, nullable: true),
                ResolvedAt = table.Column<DateTime>(nullable: true),
                ResolvedBy = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_data_quality_issues", x => x.Id));
        migrationBuilder.CreateIndex("ix_data_quality_issues_open_key", "data_quality_issues", "OpenKey", unique: true);
        migrationBuilder.CreateIndex("ix_data_quality_issues_last_seen", "data_quality_issues", "LastSeenAt");

        migrationBuilder.CreateTable(
            name: "data_version",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                LastRunId = table.Column<Guid>(nullable: true),
                RollupRevision = table.Column<long>(nullable: false),
                CatalogueRevision = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_data_version", x => x.Id));
        migrationBuilder.Sql("INSERT INTO data_version (\"Id\", \"RollupRevision\", \"CatalogueRevision\") VALUES (1, 0, 0)");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "data_version", "data_quality_issues", "downtime_events", "park_day_stats", "park_hour_stats", "ride_day_stats",
            "ride_hour_stats", "park_states", "ride_states", "ride_snapshots", "park_snapshots", "run_park_results", "runs",
            "park_schedules", "rides", "parks",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
