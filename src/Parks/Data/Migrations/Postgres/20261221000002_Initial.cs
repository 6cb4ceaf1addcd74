using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quartet.Parks.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "admin_audit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_quality_issues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: true),
                    RideId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExternalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OpenKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Occurrences = table.Column<int>(type: "integer", nullable: false),
                    MaxAgeMinutes = table.Column<int>(type: "integer", nullable: true),
                    Details = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_quality_issues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_version",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    LastRunId = table.Column<Guid>(type: "uuid", nullable: true),
                    RollupRevision = table.Column<long>(type: "bigint", nullable: false),
                    CatalogueRevision = table.Column<long>(type: "bigint", nullable: false),
                    PeriodWeekStart = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_version", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "downtime_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RideId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DownMinutes = table.Column<int>(type: "integer", nullable: false),
                    EndReason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_downtime_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "external_id_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    OldId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NewId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_external_id_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "match_candidates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExternalName = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: true),
                    BestTargetId = table.Column<Guid>(type: "uuid", nullable: true),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_candidates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "park_day_stats",
                columns: table => new
                {
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenMin = table.Column<int>(type: "integer", nullable: false),
                    CountedRides = table.Column<int>(type: "integer", nullable: false),
                    CountedWeight = table.Column<int>(type: "integer", nullable: false),
                    CapacityWMin = table.Column<long>(type: "bigint", nullable: false),
                    DownWMin = table.Column<long>(type: "bigint", nullable: false),
                    DownMin = table.Column<int>(type: "integer", nullable: false),
                    ObservedMin = table.Column<int>(type: "integer", nullable: false),
                    RidesWithDowntime = table.Column<int>(type: "integer", nullable: false),
                    Incidents = table.Column<int>(type: "integer", nullable: false),
                    WaitSum = table.Column<long>(type: "bigint", nullable: false),
                    WaitCount = table.Column<int>(type: "integer", nullable: false),
                    WaitMax = table.Column<int>(type: "integer", nullable: true),
                    RidesReporting = table.Column<int>(type: "integer", nullable: false),
                    FallbackMin = table.Column<int>(type: "integer", nullable: false),
                    StaleSlots = table.Column<int>(type: "integer", nullable: false),
                    IsFinal = table.Column<bool>(type: "boolean", nullable: false),
                    FormulaVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_park_day_stats", x => new { x.ParkId, x.LocalDate });
                    table.CheckConstraint("CK_park_day_stats_b_le_a", "\"DownWMin\" >= 0 AND \"DownWMin\" <= \"CapacityWMin\"");
                });

            migrationBuilder.CreateTable(
                name: "park_hour_stats",
                columns: table => new
                {
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    HourStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenMin = table.Column<int>(type: "integer", nullable: false),
                    CountedRides = table.Column<int>(type: "integer", nullable: false),
                    CountedWeight = table.Column<int>(type: "integer", nullable: false),
                    CapacityWMin = table.Column<long>(type: "bigint", nullable: false),
                    DownWMin = table.Column<long>(type: "bigint", nullable: false),
                    DownMin = table.Column<int>(type: "integer", nullable: false),
                    ObservedMin = table.Column<int>(type: "integer", nullable: false),
                    RidesWithDowntime = table.Column<int>(type: "integer", nullable: false),
                    Incidents = table.Column<int>(type: "integer", nullable: false),
                    WaitSum = table.Column<long>(type: "bigint", nullable: false),
                    WaitCount = table.Column<int>(type: "integer", nullable: false),
                    WaitMax = table.Column<int>(type: "integer", nullable: true),
                    RidesReporting = table.Column<int>(type: "integer", nullable: false),
                    FallbackMin = table.Column<int>(type: "integer", nullable: false),
                    StaleSlots = table.Column<int>(type: "integer", nullable: false),
                    IsFinal = table.Column<bool>(type: "boolean", nullable: false),
                    FormulaVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_park_hour_stats", x => new { x.ParkId, x.HourStart });
                    table.CheckConstraint("CK_park_hour_stats_b_le_a", "\"DownWMin\" >= 0 AND \"DownWMin\" <= \"CapacityWMin\"");
                });

            migrationBuilder.CreateTable(
                name: "park_period_stats",
                columns: table => new
                {
                    Span = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    CapacityWMin = table.Column<long>(type: "bigint", nullable: false),
                    DownWMin = table.Column<long>(type: "bigint", nullable: false),
                    DownMin = table.Column<long>(type: "bigint", nullable: false),
                    ObservedMin = table.Column<long>(type: "bigint", nullable: false),
                    MaxCountedRides = table.Column<int>(type: "integer", nullable: false),
                    Incidents = table.Column<int>(type: "integer", nullable: false),
                    WaitSum = table.Column<long>(type: "bigint", nullable: false),
                    WaitCount = table.Column<int>(type: "integer", nullable: false),
                    WaitMax = table.Column<int>(type: "integer", nullable: true),
                    MaxRidesReporting = table.Column<int>(type: "integer", nullable: false),
                    OpenMin = table.Column<int>(type: "integer", nullable: false),
                    MaxRidesWithDowntime = table.Column<int>(type: "integer", nullable: false),
                    FallbackMin = table.Column<int>(type: "integer", nullable: false),
                    StaleSlots = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_park_period_stats", x => new { x.Span, x.PeriodStart, x.ParkId });
                });

            migrationBuilder.CreateTable(
                name: "park_schedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Origin = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FetchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_park_schedules", x => x.Id);
                    table.CheckConstraint("CK_park_schedules_window", "\"OpensAt\" < \"ClosesAt\"");
                });

            migrationBuilder.CreateTable(
                name: "park_snapshots",
                columns: table => new
                {
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    SlotAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    FetchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    IntervalMinutes = table.Column<int>(type: "integer", nullable: false),
                    ParkOpen = table.Column<bool>(type: "boolean", nullable: false),
                    Operating = table.Column<int>(type: "integer", nullable: false),
                    Down = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    Refurbishment = table.Column<int>(type: "integer", nullable: false),
                    Unknown = table.Column<int>(type: "integer", nullable: false),
                    LiveA = table.Column<int>(type: "integer", nullable: false),
                    LiveB = table.Column<int>(type: "integer", nullable: false),
                    AvgWait = table.Column<int>(type: "integer", nullable: true),
                    MaxWait = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_park_snapshots", x => new { x.ParkId, x.SlotAt });
                });

            migrationBuilder.CreateTable(
                name: "park_states",
                columns: table => new
                {
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    SlotAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Open = table.Column<bool>(type: "boolean", nullable: false),
                    LiveA = table.Column<int>(type: "integer", nullable: false),
                    LiveB = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Stale = table.Column<bool>(type: "boolean", nullable: false),
                    AvgWait = table.Column<int>(type: "integer", nullable: true),
                    MaxWait = table.Column<int>(type: "integer", nullable: true),
                    RidesReporting = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_park_states", x => x.ParkId);
                });

            migrationBuilder.CreateTable(
                name: "parks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Brand = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StatusModel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    City = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Region = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Latitude = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    Longitude = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TpwId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    QtId = table.Column<int>(type: "integer", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    MissingSince = table.Column<DateOnly>(type: "date", nullable: true),
                    ScheduleFetchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_parks", x => x.Id);
                    table.CheckConstraint("CK_parks_source", "\"TpwId\" IS NOT NULL OR \"QtId\" IS NOT NULL");
                    table.CheckConstraint("CK_parks_us_longitude", "\"Country\" <> 'US' OR \"Longitude\" IS NULL OR \"Longitude\" <= 0");
                });

            migrationBuilder.CreateTable(
                name: "ride_day_stats",
                columns: table => new
                {
                    RideId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Operated = table.Column<bool>(type: "boolean", nullable: false),
                    FirstOperatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LongestOutageMin = table.Column<int>(type: "integer", nullable: false),
                    ExclusionReason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IsFinal = table.Column<bool>(type: "boolean", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    ObservedMin = table.Column<int>(type: "integer", nullable: false),
                    OperatingMin = table.Column<int>(type: "integer", nullable: false),
                    DownMin = table.Column<int>(type: "integer", nullable: false),
                    ClosedMin = table.Column<int>(type: "integer", nullable: false),
                    RefurbMin = table.Column<int>(type: "integer", nullable: false),
                    UnknownMin = table.Column<int>(type: "integer", nullable: false),
                    FallbackMin = table.Column<int>(type: "integer", nullable: false),
                    OperatedEvidence = table.Column<int>(type: "integer", nullable: false),
                    DownRunStarts = table.Column<int>(type: "integer", nullable: false),
                    WaitSum = table.Column<int>(type: "integer", nullable: false),
                    WaitCount = table.Column<int>(type: "integer", nullable: false),
                    WaitMax = table.Column<int>(type: "integer", nullable: true),
                    FormulaVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ride_day_stats", x => new { x.RideId, x.LocalDate });
                    table.CheckConstraint("CK_ride_day_stats_down", "\"DownMin\" <= \"ObservedMin\"");
                });

            migrationBuilder.CreateTable(
                name: "ride_hour_stats",
                columns: table => new
                {
                    RideId = table.Column<Guid>(type: "uuid", nullable: false),
                    HourStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    ObservedMin = table.Column<int>(type: "integer", nullable: false),
                    OperatingMin = table.Column<int>(type: "integer", nullable: false),
                    DownMin = table.Column<int>(type: "integer", nullable: false),
                    ClosedMin = table.Column<int>(type: "integer", nullable: false),
                    RefurbMin = table.Column<int>(type: "integer", nullable: false),
                    UnknownMin = table.Column<int>(type: "integer", nullable: false),
                    FallbackMin = table.Column<int>(type: "integer", nullable: false),
                    OperatedEvidence = table.Column<int>(type: "integer", nullable: false),
                    DownRunStarts = table.Column<int>(type: "integer", nullable: false),
                    WaitSum = table.Column<int>(type: "integer", nullable: false),
                    WaitCount = table.Column<int>(type: "integer", nullable: false),
                    WaitMax = table.Column<int>(type: "integer", nullable: true),
                    FormulaVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ride_hour_stats", x => new { x.RideId, x.HourStart });
                    table.CheckConstraint("CK_ride_hour_stats_down", "\"DownMin\" <= \"ObservedMin\"");
                });

            migrationBuilder.CreateTable(
                name: "ride_period_stats",
                columns: table => new
                {
                    Span = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    RideId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    CountedDays = table.Column<int>(type: "integer", nullable: false),
                    CountedDownMin = table.Column<long>(type: "bigint", nullable: false),
                    CountedObservedMin = table.Column<long>(type: "bigint", nullable: false),
                    CountedIncidents = table.Column<int>(type: "integer", nullable: false),
                    LongestOutageMin = table.Column<int>(type: "integer", nullable: false),
                    WaitSum = table.Column<long>(type: "bigint", nullable: false),
                    WaitCount = table.Column<int>(type: "integer", nullable: false),
                    WaitMax = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ride_period_stats", x => new { x.Span, x.PeriodStart, x.RideId });
                });

            migrationBuilder.CreateTable(
                name: "ride_snapshots",
                columns: table => new
                {
                    RideId = table.Column<Guid>(type: "uuid", nullable: false),
                    SlotAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReportedStatus = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    WaitMinutes = table.Column<int>(type: "integer", nullable: true),
                    UpstreamUpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    IntervalMinutes = table.Column<int>(type: "integer", nullable: false),
                    Fallback = table.Column<bool>(type: "boolean", nullable: false),
                    Stale = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ride_snapshots", x => new { x.RideId, x.SlotAt });
                });

            migrationBuilder.CreateTable(
                name: "ride_states",
                columns: table => new
                {
                    RideId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    SlotAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WaitMinutes = table.Column<int>(type: "integer", nullable: true),
                    Since = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DownSince = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Counted = table.Column<bool>(type: "boolean", nullable: false),
                    CountedDown = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ride_states", x => x.RideId);
                });

            migrationBuilder.CreateTable(
                name: "run_park_results",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceUsed = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    DurationMs = table.Column<int>(type: "integer", nullable: false),
                    HttpStatus = table.Column<int>(type: "integer", nullable: true),
                    ErrorCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_park_results", x => new { x.RunId, x.ParkId });
                });

            migrationBuilder.CreateTable(
                name: "runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SlotAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParksOk = table.Column<int>(type: "integer", nullable: false),
                    ParksFallback = table.Column<int>(type: "integer", nullable: false),
                    ParksFailed = table.Column<int>(type: "integer", nullable: false),
                    ParksSkipped = table.Column<int>(type: "integer", nullable: false),
                    RidesSeen = table.Column<int>(type: "integer", nullable: false),
                    SnapshotsWritten = table.Column<int>(type: "integer", nullable: false),
                    IssuesRaised = table.Column<int>(type: "integer", nullable: false),
                    ErrorSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "source_overrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_source_overrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    Land = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Tier = table.Column<int>(type: "integer", nullable: true),
                    TierSource = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    TpwId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    QtId = table.Column<int>(type: "integer", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    LastOperatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MissingSince = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rides", x => x.Id);
                    table.CheckConstraint("CK_rides_source", "\"TpwId\" IS NOT NULL OR \"QtId\" IS NOT NULL");
                    table.CheckConstraint("CK_rides_tier", "\"Tier\" IS NULL OR \"Tier\" BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "FK_rides_parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "data_version",
                columns: new[] { "Id", "CatalogueRevision", "LastRunId", "PeriodWeekStart", "RollupRevision" },
                values: new object[] { 1, 0L, null, 0, 0L });

            migrationBuilder.CreateIndex(
                name: "ix_admin_audit_at",
                table: "admin_audit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "ix_data_quality_issues_last_seen",
                table: "data_quality_issues",
                column: "LastSeenAt");

            migrationBuilder.CreateIndex(
                name: "ix_data_quality_issues_open_key",
                table: "data_quality_issues",
                column: "OpenKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_downtime_events_park_date",
                table: "downtime_events",
                columns: new[] { "ParkId", "LocalDate" });

            migrationBuilder.CreateIndex(
                name: "ix_downtime_events_ride_date",
                table: "downtime_events",
                columns: new[] { "RideId", "LocalDate" });

            migrationBuilder.CreateIndex(
                name: "ix_external_id_changes_entity",
                table: "external_id_changes",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "ix_match_candidates_external",
                table: "match_candidates",
                columns: new[] { "Source", "EntityType", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_park_day_stats_date",
                table: "park_day_stats",
                column: "LocalDate");

            migrationBuilder.CreateIndex(
                name: "ix_park_hour_stats_date_park",
                table: "park_hour_stats",
                columns: new[] { "LocalDate", "ParkId" });

            migrationBuilder.CreateIndex(
                name: "ix_park_schedules_unique",
                table: "park_schedules",
                columns: new[] { "ParkId", "LocalDate", "Type", "OpensAt", "Origin" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_park_snapshots_slot",
                table: "park_snapshots",
                column: "SlotAt");

            migrationBuilder.CreateIndex(
                name: "ix_parks_qt_id",
                table: "parks",
                column: "QtId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_parks_slug",
                table: "parks",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_parks_tpw_id",
                table: "parks",
                column: "TpwId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ride_day_stats_date_park",
                table: "ride_day_stats",
                columns: new[] { "LocalDate", "ParkId" });

            migrationBuilder.CreateIndex(
                name: "ix_ride_day_stats_park_date",
                table: "ride_day_stats",
                columns: new[] { "ParkId", "LocalDate" });

            migrationBuilder.CreateIndex(
                name: "ix_ride_hour_stats_park_date",
                table: "ride_hour_stats",
                columns: new[] { "ParkId", "LocalDate" });

            migrationBuilder.CreateIndex(
                name: "ix_ride_period_stats_park",
                table: "ride_period_stats",
                columns: new[] { "ParkId", "Span", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "ix_ride_snapshots_park_slot",
                table: "ride_snapshots",
                columns: new[] { "ParkId", "SlotAt" });

            migrationBuilder.CreateIndex(
                name: "ix_ride_states_park",
                table: "ride_states",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "ix_rides_park",
                table: "rides",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "ix_rides_qt_id",
                table: "rides",
                column: "QtId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rides_tpw_id",
                table: "rides",
                column: "TpwId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_runs_kind_started",
                table: "runs",
                columns: new[] { "Kind", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "ix_source_overrides_external",
                table: "source_overrides",
                columns: new[] { "Source", "EntityType", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "admin_audit");

            migrationBuilder.DropTable(
                name: "data_quality_issues");

            migrationBuilder.DropTable(
                name: "data_version");

            migrationBuilder.DropTable(
                name: "downtime_events");

            migrationBuilder.DropTable(
                name: "external_id_changes");

            migrationBuilder.DropTable(
                name: "match_candidates");

            migrationBuilder.DropTable(
                name: "park_day_stats");

            migrationBuilder.DropTable(
                name: "park_hour_stats");

            migrationBuilder.DropTable(
                name: "park_period_stats");

            migrationBuilder.DropTable(
                name: "park_schedules");

            migrationBuilder.DropTable(
                name: "park_snapshots");

            migrationBuilder.DropTable(
                name: "park_states");

            migrationBuilder.DropTable(
                name: "ride_day_stats");

            migrationBuilder.DropTable(
                name: "ride_hour_stats");

            migrationBuilder.DropTable(
                name: "ride_period_stats");

            migrationBuilder.DropTable(
                name: "ride_snapshots");

            migrationBuilder.DropTable(
                name: "ride_states");

            migrationBuilder.DropTable(
                name: "rides");

            migrationBuilder.DropTable(
                name: "run_park_results");

            migrationBuilder.DropTable(
                name: "runs");

            migrationBuilder.DropTable(
                name: "source_overrides");

            migrationBuilder.DropTable(
                name: "parks");
        }
    }
}
