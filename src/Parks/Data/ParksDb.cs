using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quartet.Platform.Data;

namespace Quartet.Parks.Data;

public abstract class ParksDb(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Key = "parks";

    public DbSet<Park> Parks => Set<Park>();

    public DbSet<Ride> Rides => Set<Ride>();

    public DbSet<ParkSchedule> Schedules => Set<ParkSchedule>();

    public DbSet<CollectionRun> Runs => Set<CollectionRun>();

    public DbSet<CollectionParkResult> ParkResults => Set<CollectionParkResult>();

    public DbSet<ParkSnapshot> ParkSnapshots => Set<ParkSnapshot>();

    public DbSet<RideSnapshot> RideSnapshots => Set<RideSnapshot>();

    public DbSet<RideCurrentState> RideStates => Set<RideCurrentState>();

    public DbSet<ParkCurrentState> ParkStates => Set<ParkCurrentState>();

    public DbSet<RideHourStat> RideHours => Set<RideHourStat>();

    public DbSet<RideDayStat> RideDays => Set<RideDayStat>();

    public DbSet<ParkHourStat> ParkHours => Set<ParkHourStat>();

    public DbSet<ParkDayStat> ParkDays => Set<ParkDayStat>();

    public DbSet<ParkPeriodStat> ParkPeriods => Set<ParkPeriodStat>();

    public DbSet<RidePeriodStat> RidePeriods => Set<RidePeriodStat>();

    public DbSet<DowntimeEvent> Events => Set<DowntimeEvent>();

    public DbSet<DataQualityIssue> Issues => Set<DataQualityIssue>();

    public DbSet<DataVersion> Versions => Set<DataVersion>();

    public DbSet<SourceOverride> Overrides => Set<SourceOverride>();

    public DbSet<MatchCandidate> Candidates => Set<MatchCandidate>();

    public DbSet<AdminAuditEntry> AuditEntries => Set<AdminAuditEntry>();

    public DbSet<ExternalIdChange> IdChanges => Set<ExternalIdChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Park>(e =>
        {
            e.ToTable("parks", t =>
            {
                t.HasCheckConstraint("CK_parks_source", Sql("\"TpwId\" IS NOT NULL OR \"QtId\" IS NOT NULL"));
                t.HasCheckConstraint("CK_parks_us_longitude", Sql("\"Country\" <> 'US' OR \"Longitude\" IS NULL OR \"Longitude\" <= 0"));
            });
            e.Property(p => p.Slug).HasMaxLength(80);
            e.Property(p => p.Name).HasMaxLength(120);
            e.Property(p => p.Brand).HasMaxLength(16);
            e.Property(p => p.StatusModel).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.Country).HasMaxLength(2);
            e.Property(p => p.City).HasMaxLength(80);
            e.Property(p => p.Region).HasMaxLength(80);
            e.Property(p => p.Latitude).HasPrecision(9, 6);
            e.Property(p => p.Longitude).HasPrecision(9, 6);
            e.Property(p => p.TimeZone).HasMaxLength(64);
            e.Property(p => p.TpwId).HasMaxLength(64);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasIndex(p => p.Slug).IsUnique().HasDatabaseName("ix_parks_slug");
            e.HasIndex(p => p.TpwId).IsUnique().HasDatabaseName("ix_parks_tpw_id");
            e.HasIndex(p => p.QtId).IsUnique().HasDatabaseName("ix_parks_qt_id");
        });

        modelBuilder.Entity<Ride>(e =>
        {
            e.ToTable("rides", t =>
            {
                t.HasCheckConstraint("CK_rides_source", Sql("\"TpwId\" IS NOT NULL OR \"QtId\" IS NOT NULL"));
                t.HasCheckConstraint("CK_rides_tier", Sql("\"Tier\" IS NULL OR \"Tier\" BETWEEN 1 AND 3"));
            });
            e.Property(r => r.Name).HasMaxLength(160);
            e.Property(r => r.Land).HasMaxLength(120);
            e.Property(r => r.Category).HasMaxLength(20);
            e.Property(r => r.TierSource).HasMaxLength(8);
            e.Property(r => r.TpwId).HasMaxLength(64);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasIndex(r => r.ParkId).HasDatabaseName("ix_rides_park");
            e.HasIndex(r => r.TpwId).IsUnique().HasDatabaseName("ix_rides_tpw_id");
            e.HasIndex(r => r.QtId).IsUnique().HasDatabaseName("ix_rides_qt_id");
            e.HasOne<Park>().WithMany().HasForeignKey(r => r.ParkId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ParkSchedule>(e =>
        {
            e.ToTable("park_schedules", t => t.HasCheckConstraint("CK_park_schedules_window", Sql("\"OpensAt\" < \"ClosesAt\"")));
            e.Property(s => s.Type).HasMaxLength(20);
            e.Property(s => s.Origin).HasMaxLength(8);
            e.HasIndex(s => new { s.ParkId, s.LocalDate, s.Type, s.OpensAt, s.Origin }).IsUnique().HasDatabaseName("ix_park_schedules_unique");
        });

        modelBuilder.Entity<CollectionRun>(e =>
        {
            e.ToTable("runs");
            e.Property(r => r.Kind).HasMaxLength(16);
            e.Property(r => r.Trigger).HasMaxLength(8);
            e.Property(r => r.Status).HasMaxLength(16);
            e.Property(r => r.ErrorSummary).HasMaxLength(2000);
            e.HasIndex(r => new { r.Kind, r.StartedAt }).HasDatabaseName("ix_runs_kind_started");
        });

        modelBuilder.Entity<CollectionParkResult>(e =>
        {
            e.ToTable("run_park_results");
            e.HasKey(r => new { r.RunId, r.ParkId });
            e.Property(r => r.Outcome).HasMaxLength(16);
            e.Property(r => r.SourceUsed).HasMaxLength(8);
            e.Property(r => r.ErrorCode).HasMaxLength(40);
        });

        modelBuilder.Entity<ParkSnapshot>(e =>
        {
            e.ToTable("park_snapshots");
            e.HasKey(s => new { s.ParkId, s.SlotAt });
            e.Property(s => s.Source).HasMaxLength(8);
            e.HasIndex(s => s.SlotAt).HasDatabaseName("ix_park_snapshots_slot");
        });

        modelBuilder.Entity<RideSnapshot>(e =>
        {
            e.ToTable("ride_snapshots");
            e.HasKey(s => new { s.RideId, s.SlotAt });
            e.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(s => s.ReportedStatus).HasMaxLength(24);
            e.Property(s => s.Source).HasMaxLength(8);
            e.HasIndex(s => new { s.ParkId, s.SlotAt }).HasDatabaseName("ix_ride_snapshots_park_slot");
        });

        modelBuilder.Entity<RideCurrentState>(e =>
        {
            e.ToTable("ride_states");
            e.HasKey(s => s.RideId);
            e.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(s => s.ParkId).HasDatabaseName("ix_ride_states_park");
        });

        modelBuilder.Entity<ParkCurrentState>(e =>
        {
            e.ToTable("park_states");
            e.HasKey(s => s.ParkId);
            e.Property(s => s.Source).HasMaxLength(8);
        });

        modelBuilder.Entity<RideHourStat>(e =>
        {
            e.ToTable("ride_hour_stats", t => t.HasCheckConstraint("CK_ride_hour_stats_down", Sql("\"DownMin\" <= \"ObservedMin\"")));
            e.HasKey(s => new { s.RideId, s.HourStart });
            e.HasIndex(s => new { s.ParkId, s.LocalDate }).HasDatabaseName("ix_ride_hour_stats_park_date");
        });

        modelBuilder.Entity<RideDayStat>(e =>
        {
            e.ToTable("ride_day_stats", t => t.HasCheckConstraint("CK_ride_day_stats_down", Sql("\"DownMin\" <= \"ObservedMin\"")));
            e.HasKey(s => new { s.RideId, s.LocalDate });
            e.Property(s => s.ExclusionReason).HasMaxLength(20);
            e.HasIndex(s => new { s.LocalDate, s.ParkId }).HasDatabaseName("ix_ride_day_stats_date_park");
            e.HasIndex(s => new { s.ParkId, s.LocalDate }).HasDatabaseName("ix_ride_day_stats_park_date");
        });

        modelBuilder.Entity<ParkHourStat>(e =>
        {
            e.ToTable("park_hour_stats", ParkChecks<ParkHourStat>("park_hour_stats"));
            e.HasKey(s => new { s.ParkId, s.HourStart });
            e.HasIndex(s => new { s.LocalDate, s.ParkId }).HasDatabaseName("ix_park_hour_stats_date_park");
        });

        modelBuilder.Entity<ParkDayStat>(e =>
        {
            e.ToTable("park_day_stats", ParkChecks<ParkDayStat>("park_day_stats"));
            e.HasKey(s => new { s.ParkId, s.LocalDate });
            e.HasIndex(s => s.LocalDate).HasDatabaseName("ix_park_day_stats_date");
        });

        modelBuilder.Entity<ParkPeriodStat>(e =>
        {
            e.ToTable("park_period_stats");
            e.HasKey(s => new { s.Span, s.PeriodStart, s.ParkId });
            e.Property(s => s.Span).HasMaxLength(8);
        });

        modelBuilder.Entity<RidePeriodStat>(e =>
        {
            e.ToTable("ride_period_stats");
            e.HasKey(s => new { s.Span, s.PeriodStart, s.RideId });
            e.Property(s => s.Span).HasMaxLength(8);
            e.HasIndex(s => new { s.ParkId, s.Span, s.PeriodStart }).HasDatabaseName("ix_ride_period_stats_park");
        });

        modelBuilder.Entity<DowntimeEvent>(e =>
        {
            e.ToTable("downtime_events");
            e.Property(s => s.EndReason).HasMaxLength(16);
            e.HasIndex(s => new { s.RideId, s.LocalDate }).HasDatabaseName("ix_downtime_events_ride_date");
            e.HasIndex(s => new { s.ParkId, s.LocalDate }).HasDatabaseName("ix_downtime_events_park_date");
        });

        modelBuilder.Entity<DataQualityIssue>(e =>
        {
            e.ToTable("data_quality_issues");
            e.Property(s => s.Type).HasMaxLength(24);
            e.Property(s => s.Source).HasMaxLength(8);
            e.Property(s => s.ExternalId).HasMaxLength(64);
            e.Property(s => s.OpenKey).HasMaxLength(200);
            e.Property(s => s.Details).HasMaxLength(4096);
            e.Property(s => s.ResolvedBy).HasMaxLength(200);
            e.HasIndex(s => s.OpenKey).IsUnique().HasDatabaseName("ix_data_quality_issues_open_key");
            e.HasIndex(s => s.LastSeenAt).HasDatabaseName("ix_data_quality_issues_last_seen");
        });

        modelBuilder.Entity<DataVersion>(e =>
        {
            e.ToTable("data_version");
            e.Property(v => v.Id).ValueGeneratedNever();
            e.Ignore(v => v.Token);

            // The single version row exists from the start; a new database has no statistics yet, so weeks start on day 0.
            e.HasData(new DataVersion { Id = 1, RollupRevision = 0, CatalogueRevision = 0, PeriodWeekStart = 0 });
        });

        modelBuilder.Entity<SourceOverride>(e =>
        {
            e.ToTable("source_overrides");
            e.Property(o => o.Source).HasMaxLength(8);
            e.Property(o => o.EntityType).HasMaxLength(8);
            e.Property(o => o.ExternalId).HasMaxLength(64);
            e.Property(o => o.Action).HasMaxLength(8);
            e.Property(o => o.Reason).HasMaxLength(500);
            e.Property(o => o.CreatedBy).HasMaxLength(200);
            e.HasIndex(o => new { o.Source, o.EntityType, o.ExternalId }).IsUnique().HasDatabaseName("ix_source_overrides_external");
        });

        modelBuilder.Entity<MatchCandidate>(e =>
        {
            e.ToTable("match_candidates");
            e.Property(c => c.Source).HasMaxLength(8);
            e.Property(c => c.EntityType).HasMaxLength(8);
            e.Property(c => c.ExternalId).HasMaxLength(64);
            e.Property(c => c.ExternalName).HasMaxLength(160);
            e.Property(c => c.Status).HasMaxLength(16);
            e.HasIndex(c => new { c.Source, c.EntityType, c.ExternalId }).IsUnique().HasDatabaseName("ix_match_candidates_external");
        });

        modelBuilder.Entity<AdminAuditEntry>(e =>
        {
            e.ToTable("admin_audit");
            e.Property(a => a.Actor).HasMaxLength(200);
            e.Property(a => a.Action).HasMaxLength(40);
            e.Property(a => a.EntityType).HasMaxLength(20);
            e.Property(a => a.EntityId).HasMaxLength(64);
            e.HasIndex(a => a.At).HasDatabaseName("ix_admin_audit_at");
        });

        modelBuilder.Entity<ExternalIdChange>(e =>
        {
            e.ToTable("external_id_changes");
            e.Property(c => c.EntityType).HasMaxLength(8);
            e.Property(c => c.Source).HasMaxLength(8);
            e.Property(c => c.OldId).HasMaxLength(64);
            e.Property(c => c.NewId).HasMaxLength(64);
            e.Property(c => c.Reason).HasMaxLength(16);
            e.HasIndex(c => new { c.EntityType, c.EntityId }).HasDatabaseName("ix_external_id_changes_entity");
        });
    }

    private Action<TableBuilder<T>> ParkChecks<T>(string table) where T : class => t =>
    {
        t.HasCheckConstraint($"CK_{table}_b_le_a", Sql("\"DownWMin\" >= 0 AND \"DownWMin\" <= \"CapacityWMin\""));
    };
}
