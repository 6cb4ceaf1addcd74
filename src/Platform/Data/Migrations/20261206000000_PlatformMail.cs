using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Platform.Data.Migrations;

/// <summary>Mail outbox, users' mail settings, single-use account tokens, and the unverified-address mark.</summary>
[DbContext(typeof(PlatformDb))]
[Migration("20261206000000_PlatformMail")]
public sealed class PlatformMail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "EmailUnverifiedSince", table: "users", nullable: true);

        migrationBuilder.CreateTable(
            name: "mail_outbox",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Topic = table.Column<string>(maxLength: 64, nullable: false),
                ToAddress = table.Column<string>(maxLength: 254, nullable: false),
                Subject = table.Column<string>(maxLength: 300, nullable: false),
                TextBody = table.Column<string>(nullable: false),
                HtmlBody = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                LeaseUntil = table.Column<DateTime>(nullable: true),
                LeaseHolder = table.Column<string>(maxLength: 200, nullable: true),
                SentAt = table.Column<DateTime>(nullable: true),
                FailedAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
                DedupeKey = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_mail_outbox", x => x.Id));
        migrationBuilder.CreateIndex("ix_mail_outbox_due", "mail_outbox", ["SentAt", "NextAttemptAt"]);
        migrationBuilder.CreateIndex("ix_mail_outbox_to", "mail_outbox", "ToAddress");
        migrationBuilder.CreateIndex("ix_mail_outbox_dedupe", "mail_outbox", "DedupeKey", unique: true);

        migrationBuilder.CreateTable(
            name: "mail_settings",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                Language = table.Column<string>(maxLength: 10, nullable: false),
                OptedOut = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_mail_settings", x => x.UserId);
                table.ForeignKey("FK_mail_settings_users_UserId", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "account_tokens",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Purpose = table.Column<string>(maxLength: 32, nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                UsedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_account_tokens", x => x.Id);
                table.ForeignKey("FK_account_tokens_users_UserId", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_account_tokens_hash", "account_tokens", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("ix_account_tokens_user", "account_tokens", ["UserId", "Purpose", "CreatedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("account_tokens");
        migrationBuilder.DropTable("mail_settings");
        migrationBuilder.DropTable("mail_outbox");
        migrationBuilder.DropColumn(name: "EmailUnverifiedSince", table: "users");
    }
}
