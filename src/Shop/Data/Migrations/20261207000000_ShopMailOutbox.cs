using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Shop.Data.Migrations;

/// <summary>The shop's mail outbox: notifications are written in the same transaction as the order or points change.</summary>
[DbContext(typeof(ShopDb))]
[Migration("20261207000000_ShopMailOutbox")]
public sealed class ShopMailOutbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
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
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("mail_outbox");
}
