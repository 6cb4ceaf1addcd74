using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quartet.Live.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "live_audit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "live_publisher_leases",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstanceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FencingToken = table.Column<long>(type: "bigint", nullable: false),
                    LeaseUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_publisher_leases", x => x.SessionId);
                });

            migrationBuilder.CreateTable(
                name: "live_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HostUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Locked = table.Column<bool>(type: "boolean", nullable: false),
                    CurrentActivityId = table.Column<Guid>(type: "uuid", nullable: true),
                    Screen = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MaxParticipants = table.Column<int>(type: "integer", nullable: false),
                    JoinRatePerSecond = table.Column<int>(type: "integer", nullable: false),
                    ProfanityFilter = table.Column<bool>(type: "boolean", nullable: false),
                    ExtraBlockedWords = table.Column<string>(type: "text", nullable: false),
                    PresenterKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    DeltaFloor = table.Column<long>(type: "bigint", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    IsRehearsal = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastActionAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_sessions", x => x.Id);
                    table.CheckConstraint("CK_live_sessions_capacity", "\"MaxParticipants\" BETWEEN 1 AND 20000");
                    table.CheckConstraint("CK_live_sessions_join_rate", "\"JoinRatePerSecond\" BETWEEN 10 AND 500");
                });

            migrationBuilder.CreateTable(
                name: "live_write_receipts",
                columns: table => new
                {
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_write_receipts", x => new { x.ParticipantId, x.RequestId });
                });

            migrationBuilder.CreateTable(
                name: "live_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Config = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ResultsMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Revealed = table.Column<bool>(type: "boolean", nullable: false),
                    TimeLimitSeconds = table.Column<int>(type: "integer", nullable: true),
                    CloseGraceSeconds = table.Column<int>(type: "integer", nullable: false),
                    Identified = table.Column<bool>(type: "boolean", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    QuizIndex = table.Column<int>(type: "integer", nullable: false),
                    QuizPodium = table.Column<bool>(type: "boolean", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_live_activities_session",
                        column: x => x.SessionId,
                        principalTable: "live_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "live_bans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    NicknameKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_bans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_live_bans_session",
                        column: x => x.SessionId,
                        principalTable: "live_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "live_changes",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Audience = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ScopeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false),
                    Data = table.Column<string>(type: "text", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_changes", x => new { x.SessionId, x.Kind, x.EntityId, x.Audience });
                    table.ForeignKey(
                        name: "FK_live_changes_session",
                        column: x => x.SessionId,
                        principalTable: "live_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "live_participants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nickname = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    NicknameKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TokenGeneration = table.Column<int>(type: "integer", nullable: false),
                    RecoveryCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsBot = table.Column<bool>(type: "boolean", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_live_participants_session",
                        column: x => x.SessionId,
                        principalTable: "live_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "live_questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Edited = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Pinned = table.Column<bool>(type: "boolean", nullable: false),
                    VoteCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_live_questions_activity",
                        column: x => x.ActivityId,
                        principalTable: "live_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "live_quiz_questions",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeadlineAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_quiz_questions", x => new { x.ActivityId, x.Index });
                    table.ForeignKey(
                        name: "FK_live_quiz_questions_activity",
                        column: x => x.ActivityId,
                        principalTable: "live_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "live_reaction_totals",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Emoji = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_reaction_totals", x => new { x.ActivityId, x.Emoji });
                    table.ForeignKey(
                        name: "FK_live_reaction_totals_activity",
                        column: x => x.ActivityId,
                        principalTable: "live_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "live_responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionIndex = table.Column<int>(type: "integer", nullable: false),
                    Slot = table.Column<int>(type: "integer", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ElapsedMs = table.Column<int>(type: "integer", nullable: true),
                    Correct = table.Column<bool>(type: "boolean", nullable: true),
                    Points = table.Column<int>(type: "integer", nullable: true),
                    Moderation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_live_responses_activity",
                        column: x => x.ActivityId,
                        principalTable: "live_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "live_question_votes",
                columns: table => new
                {
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_question_votes", x => new { x.QuestionId, x.ParticipantId });
                    table.ForeignKey(
                        name: "FK_live_question_votes_question",
                        column: x => x.QuestionId,
                        principalTable: "live_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_live_activities_session_position",
                table: "live_activities",
                columns: new[] { "SessionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "ix_live_audit_session",
                table: "live_audit",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "ix_live_bans_session",
                table: "live_bans",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "ix_live_changes_session_version",
                table: "live_changes",
                columns: new[] { "SessionId", "Version" });

            migrationBuilder.CreateIndex(
                name: "ix_live_participants_session_nickname",
                table: "live_participants",
                columns: new[] { "SessionId", "NicknameKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_live_questions_activity",
                table: "live_questions",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "ix_live_questions_author",
                table: "live_questions",
                column: "AuthorParticipantId");

            migrationBuilder.CreateIndex(
                name: "ix_live_responses_participant",
                table: "live_responses",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "ix_live_responses_unique_answer",
                table: "live_responses",
                columns: new[] { "ActivityId", "QuestionIndex", "ParticipantId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_live_sessions_code",
                table: "live_sessions",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "ix_live_sessions_host_status",
                table: "live_sessions",
                columns: new[] { "HostUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "ix_live_write_receipts_session",
                table: "live_write_receipts",
                column: "SessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "live_audit");

            migrationBuilder.DropTable(
                name: "live_bans");

            migrationBuilder.DropTable(
                name: "live_changes");

            migrationBuilder.DropTable(
                name: "live_participants");

            migrationBuilder.DropTable(
                name: "live_publisher_leases");

            migrationBuilder.DropTable(
                name: "live_question_votes");

            migrationBuilder.DropTable(
                name: "live_quiz_questions");

            migrationBuilder.DropTable(
                name: "live_reaction_totals");

            migrationBuilder.DropTable(
                name: "live_responses");

            migrationBuilder.DropTable(
                name: "live_write_receipts");

            migrationBuilder.DropTable(
                name: "live_questions");

            migrationBuilder.DropTable(
                name: "live_activities");

            migrationBuilder.DropTable(
                name: "live_sessions");
        }
    }
}
