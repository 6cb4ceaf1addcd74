using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quartet.Platform.Data;

namespace Quartet.Live.Data;

public abstract class LiveDb(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Key = "live";

    public DbSet<LiveSession> Sessions => Set<LiveSession>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<QuizQuestionState> QuizQuestions => Set<QuizQuestionState>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<Response> Responses => Set<Response>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<QuestionVote> QuestionVotes => Set<QuestionVote>();

    public DbSet<ReactionTotal> ReactionTotals => Set<ReactionTotal>();

    public DbSet<Ban> Bans => Set<Ban>();

    public DbSet<Change> Changes => Set<Change>();

    public DbSet<PublisherLease> Leases => Set<PublisherLease>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LiveSession>(e =>
        {
            e.ToTable("live_sessions", t =>
            {
                t.HasCheckConstraint("CK_live_sessions_capacity", Sql("\"MaxParticipants\" BETWEEN 1 AND 20000"));
                t.HasCheckConstraint("CK_live_sessions_join_rate", Sql("\"JoinRatePerSecond\" BETWEEN 10 AND 500"));
            });
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(120);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.Code).HasMaxLength(6);
            Enum(e.Property(x => x.Status));
            Enum(e.Property(x => x.Screen));
            e.Property(x => x.PresenterKeyHash).HasMaxLength(64);
            e.HasIndex(x => x.Code).HasDatabaseName("ix_live_sessions_code");
            e.HasIndex(x => new { x.HostUserId, x.Status }).HasDatabaseName("ix_live_sessions_host_status");
        });

        modelBuilder.Entity<Activity>(e =>
        {
            e.ToTable("live_activities");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(300);
            Enum(e.Property(x => x.Type));
            Enum(e.Property(x => x.State));
            Enum(e.Property(x => x.ResultsMode));
            e.HasOne<LiveSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_live_activities_session");
            e.HasIndex(x => new { x.SessionId, x.Position }).HasDatabaseName("ix_live_activities_session_position");
        });

        modelBuilder.Entity<QuizQuestionState>(e =>
        {
            e.ToTable("live_quiz_questions");
            e.HasKey(x => new { x.ActivityId, x.Index });
            Enum(e.Property(x => x.Stage));
            e.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_live_quiz_questions_activity");
        });

        modelBuilder.Entity<Participant>(e =>
        {
            e.ToTable("live_participants");
            e.HasKey(x => x.Id);
            e.Property(x => x.Nickname).HasMaxLength(24);
            e.Property(x => x.NicknameKey).HasMaxLength(100);
            e.Property(x => x.RecoveryCodeHash).HasMaxLength(64);
            Enum(e.Property(x => x.Status));
            e.HasOne<LiveSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_live_participants_session");
            e.HasIndex(x => new { x.SessionId, x.NicknameKey }).IsUnique().HasDatabaseName("ix_live_participants_session_nickname");
        });

        modelBuilder.Entity<Response>(e =>
        {
            e.ToTable("live_responses");
            e.HasKey(x => x.Id);
            Enum(e.Property(x => x.Moderation));
            e.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_live_responses_activity");
            e.HasIndex(x => new { x.ActivityId, x.QuestionIndex, x.ParticipantId, x.Slot }).IsUnique().HasDatabaseName("ix_live_responses_unique_answer");
            e.HasIndex(x => x.ParticipantId).HasDatabaseName("ix_live_responses_participant");
        });

        modelBuilder.MapIdempotencyRecords();

        modelBuilder.Entity<Question>(e =>
        {
            e.ToTable("live_questions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Text).HasMaxLength(500);
            Enum(e.Property(x => x.State));
            e.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_live_questions_activity");
            e.HasIndex(x => x.ActivityId).HasDatabaseName("ix_live_questions_activity");
            e.HasIndex(x => x.AuthorParticipantId).HasDatabaseName("ix_live_questions_author");
        });

        modelBuilder.Entity<QuestionVote>(e =>
        {
            e.ToTable("live_question_votes");
            e.HasKey(x => new { x.QuestionId, x.ParticipantId });
            e.HasOne<Question>().WithMany().HasForeignKey(x => x.QuestionId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_live_question_votes_question");
        });

        modelBuilder.Entity<ReactionTotal>(e =>
        {
            e.ToTable("live_reaction_totals");
            e.HasKey(x => new { x.ActivityId, x.Emoji });
            e.Property(x => x.Emoji).HasMaxLength(16);
            e.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_live_reaction_totals_activity");
        });

        modelBuilder.Entity<Ban>(e =>
        {
            e.ToTable("live_bans");
            e.HasKey(x => x.Id);
            e.Property(x => x.NicknameKey).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(200);
            e.HasOne<LiveSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_live_bans_session");
            e.HasIndex(x => x.SessionId).HasDatabaseName("ix_live_bans_session");
        });

        modelBuilder.Entity<Change>(e =>
        {
            e.ToTable("live_changes");
            e.HasKey(x => new { x.SessionId, x.Kind, x.EntityId, x.Audience });
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.EntityId).HasMaxLength(80);
            e.Property(x => x.Audience).HasMaxLength(60);
            e.HasOne<LiveSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_live_changes_session");
            e.HasIndex(x => new { x.SessionId, x.Version }).HasDatabaseName("ix_live_changes_session_version");
        });

        modelBuilder.Entity<PublisherLease>(e =>
        {
            e.ToTable("live_publisher_leases");
            e.HasKey(x => x.SessionId);
            e.Property(x => x.InstanceId).HasMaxLength(100);
            e.HasIndex(x => x.InstanceId).HasDatabaseName("ix_live_publisher_leases_instance");
        });

        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("live_audit");
            e.HasKey(x => x.Id);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.Detail).HasMaxLength(500);
            e.HasIndex(x => x.SessionId).HasDatabaseName("ix_live_audit_session");
        });
    }

    private static void Enum<TEnum>(PropertyBuilder<TEnum> property) => property.HasConversion<string>().HasMaxLength(16);
}
