using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Live.Data.Migrations;

[DbContext(typeof(LiveDb))]
[Migration("20261121200000_LiveInitial")]
public sealed class LiveInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "live_sessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                HostUserId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 120, nullable: false),
                Description = table.Column<string>(maxLength: 1000, nullable: false),
                Code = table.Column<string>(maxLength: 6, nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                Locked = table.Column<bool>(nullable: false),
                CurrentActivityId = table.Column<Guid>(nullable: true),
                Screen = table.Column<string>(maxLength: 16, nullable: false),
                MaxParticipants = table.Column<int>(nullable: false),
                JoinRatePerSecond = table.Column<int>(nullable: false),
                ProfanityFilter = table.Column<bool>(nullable: false),
                ExtraBlockedWords = table.Column<string>(nullable: false),
                PresenterKeyHash = table.Column<string>(maxLength: 64, nullable: false),
                Version = table.Column<long>(nullable: false),
                DeltaFloor = table.Column<long>(nullable: false),
                Revision = table.Column<int>(nullable: false),
                IsRehearsal = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: true),
                EndedAt = table.Column<DateTime>(nullable: true),
                LastActionAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_live_sessions", x => x.Id);
                table.CheckConstraint("CK_live_sessions_capacity", "\"MaxParticipants\" BETWEEN 1 AND 20000");
                table.CheckConstraint("CK_live_sessions_join_rate", "\"JoinRatePerSecond\" BETWEEN 10 AND 500");
            });
        migrationBuilder.CreateIndex("ix_live_sessions_code", "live_sessions", "Code");
        migrationBuilder.CreateIndex("ix_live_sessions_host_status", "live_sessions", ["HostUserId", "Status"]);

        migrationBuilder.CreateTable(
            name: "live_activities",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Type = table.Column<string>(maxLength: 16, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Config = table.Column<string>(nullable: false),
                State = table.Column<string>(maxLength: 16, nullable: false),
                ResultsMode = table.Column<string>(maxLength: 16, nullable: false),
                Revealed = table.Column<bool>(nullable: false),
                TimeLimitSeconds = table.Column<int>(nullable: true),
                CloseGraceSeconds = table.Column<int>(nullable: false),
                Identified = table.Column<bool>(nullable: false),
                Revision = table.Column<int>(nullable: false),
                QuizIndex = table.Column<int>(nullable: false),
                QuizPodium = table.Column<bool>(nullable: false),
                OpenedAt = table.Column<DateTime>(nullable: true),
                ClosesAt = table.Column<DateTime>(nullable: true),
                ClosedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_live_activities", x => x.Id);
                table.ForeignKey("FK_live_activities_session", x => x.SessionId, "live_sessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_live_activities_session_position", "live_activities", ["SessionId", "Position"]);

        migrationBuilder.CreateTable(
            name: "live_quiz_questions",
            columns: table => new
            {
                ActivityId = table.Column<Guid>(nullable: false),
                Index = table.Column<int>(nullable: false),
                Stage = table.Column<string>(maxLength: 16, nullable: false),
                OpenedAt = table.Column<DateTime>(nullable: true),
                DeadlineAt = table.Column<DateTime>(nullable: true),
                ClosedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_live_quiz_questions", x => new { x.ActivityId, x.Index });
                table.ForeignKey("FK_live_quiz_questions_activity", x => x.ActivityId, "live_activities", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "live_participants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                Nickname = table.Column<string>(maxLength: 24, nullable: false),
                NicknameKey = table.Column<string>(maxLength: 100, nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                TokenGeneration = table.Column<int>(nullable: false),
                RecoveryCodeHash = table.Column<string>(maxLength: 64, nullable: false),
                IsBot = table.Column<bool>(nullable: false),
                JoinedAt = table.Column<DateTime>(nullable: false),
                LastSeenAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_live_participants", x => x.Id);
                table.ForeignKey("FK_live_participants_session", x => x.SessionId, "live_sessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_live_participants_session_nickname", "live_participants", ["SessionId", "NicknameKey"], unique: true);

        migrationBuilder.CreateTable(
            name: "live_responses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                ActivityId = table.Column<Guid>(nullable: false),
                ParticipantId = table.Column<Guid>(nullable: false),
                QuestionIndex = table.Column<int>(nullable: false),
                Slot = table.Column<int>(nullable: false),
                Payload = table.Column<string>(nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: false),
                ElapsedMs = table.Column<int>(nullable: true),
                Correct = table.Column<bool>(nullable: true),
                Points = table.Column<int>(nullable: true),
                Moderation = table.Column<string>(maxLength: 16, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_live_responses", x => x.Id);
                table.ForeignKey("FK_live_responses_activity", x => x.ActivityId, "live_activities", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_live_responses_unique_answer", "live_responses", ["ActivityId", "QuestionIndex", "ParticipantId", "Slot"], unique: true);
        migrationBuilder.CreateIndex("ix_live_responses_participant", "live_responses", "ParticipantId");

        migrationBuilder.CreateTable(
            name: "live_write_receipts",
            columns: table => new
            {
                ParticipantId = table.Column<Guid>(nullable: false),
                RequestId = table.Column<string>(maxLength: 64, nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_live_write_receipts", x => new { x.ParticipantId, x.RequestId }));
        migrationBuilder.CreateIndex("ix_live_write_receipts_session", "live_write_receipts", "SessionId");

        migrationBuilder.CreateTable(
            name: "live_questions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                ActivityId = table.Column<Guid>(nullable: false),
                AuthorParticipantId = table.Column<Guid>(nullable: false),
                Anonymous = table.Column<bool>(nullable: false),
                Text = table.Column<string>(maxLength: 500, nullable: false),
                Edited = table.Column<bool>(nullable: false),
                State = table.Column<string>(maxLength: 16, nullable: false),
                Pinned = table.Column<bool>(nullable: false),
                VoteCount = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                AnsweredAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_live_questions", x => x.Id);
                table.ForeignKey("FK_live_questions_activity", x => x.ActivityId, "live_activities", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_live_questions_activity", "live_questions", "ActivityId");
        migrationBuilder.CreateIndex("ix_live_questions_author", "live_questions", "AuthorParticipantId");

        migrationBuilder.CreateTable(
            name: "live_question_votes",
            columns: table => new
            {
                QuestionId = table.Column<Guid>(nullable: false),
                ParticipantId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_live_question_votes", x => new { x.QuestionId, x.ParticipantId });
                table.ForeignKey("FK_live_question_votes_question", x => x.QuestionId, "live_questions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "live_reaction_totals",
            columns: table => new
            {
                ActivityId = table.Column<Guid>(nullable: false),
                Emoji = table.Column<string>(maxLength: 16, nullable: false),
                Total = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_live_reaction_totals", x => new { x.ActivityId, x.Emoji });
                table.ForeignKey("FK_live_reaction_totals_activity", x => x.ActivityId, "live_activities", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "live_bans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                ParticipantId = table.Column<Guid>(nullable: false),
                NicknameKey = table.Column<string>(maxLength: 100, nullable: false),
                Reason = table.Column<string>(maxLength: 200, nullable: false),
                CreatedBy = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_live_bans", x => x.Id);
                table.ForeignKey("FK_live_bans_session", x => x.SessionId, "live_sessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_live_bans_session", "live_bans", "SessionId");

        migrationBuilder.CreateTable(
            name: "live_changes",
            columns: table => new
            {
                SessionId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                EntityId = table.Column<string>(maxLength: 80, nullable: false),
                Audience = table.Column<string>(maxLength: 60, nullable: false),
                ScopeId = table.Column<Guid>(nullable: true),
                Version = table.Column<long>(nullable: false),
                Removed = table.Column<bool>(nullable: false),
                Data = table.Column<string>(nullable: true),
                ChangedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_live_changes", x => new { x.SessionId, x.Kind, x.EntityId, x.Audience });
                table.ForeignKey("FK_live_changes_session", x => x.SessionId, "live_sessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_live_changes_session_version", "live_changes", ["SessionId", "Version"]);

        migrationBuilder.CreateTable(
            name: "live_publisher_leases",
            columns: table => new
            {
                SessionId = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<string>(maxLength: 100, nullable: false),
                FencingToken = table.Column<long>(nullable: false),
                LeaseUntil = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_live_publisher_leases", x => x.SessionId));

        migrationBuilder.CreateTable(
            name: "live_audit",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                ActorUserId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 40, nullable: false),
                Detail = table.Column<string>(maxLength: 500, nullable: true),
                At = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_live_audit", x => x.Id));
        migrationBuilder.CreateIndex("ix_live_audit_session", "live_audit", "SessionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "live_audit", "live_publisher_leases", "live_changes", "live_bans", "live_reaction_totals", "live_question_votes",
            "live_questions", "live_write_receipts", "live_responses", "live_participants", "live_quiz_questions",
            "live_activities", "live_sessions",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
