using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Parks.Data.Migrations;

[DbContext(typeof(ParksDb))]
[Migration("20261121230000_ParksAdmin")]
public sealed class ParksAdmin : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "source_overrides",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Source = table.Column<string>(maxLength: 8, nullable: false),
                EntityType = table.Column<string>(maxLength: 8, nullable: false),
                ExternalId = table.Column<string>(maxLength: 64, nullable: false),
                Action = table.Column<string>(maxLength: 8, nullable: false),
                TargetId = table.Column<Guid>(nullable: true),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
                CreatedBy = table.Column<string>(maxLength: 200, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_source_overrides", x => x.Id));
        migrationBuilder.CreateIndex("ix_source_overrides_external", "source_overrides", ["Source", "EntityType", "ExternalId"], unique: true);

        migrationBuilder.CreateTable(
            name: "match_candidates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Source = table.Column<string>(maxLength: 8, nullable: false),
                EntityType = table.Column<string>(maxLength: 8, nullable: false),
                ExternalId = table.Column<string>(maxLength: 64, nullable: false),
                ExternalName = table.Column<string>(maxLength: 160, nullable: false),
                ParkId = table.Column<Guid>(nullable: true),
                BestTargetId = table.Column<Guid>(nullable: true),
                Score = table.Column<double>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_match_candidates", x => x.Id));
        migrationBuilder.CreateIndex("ix_match_candidates_external", "match_candidates", ["Source", "EntityType", "ExternalId"], unique: true);

        migrationBuilder.CreateTable(
            name: "admin_audit",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Actor = table.Column<string>(maxLength: 200, nullable: false),
                Action = table.Column<string>(maxLength: 40, nullable: false),
                EntityType = table.Column<string>(maxLength: 20, nullable: false),
                EntityId = table.Column<string>(maxLength: 64, nullable: false),
                Before = table.Column<string>(nullable: true),
                After = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_admin_audit", x => x.Id));
        migrationBuilder.CreateIndex("ix_admin_audit_at", "admin_audit", "At");

        migrationBuilder.CreateTable(
            name: "external_id_changes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EntityType = table.Column<string>(maxLength: 8, nullable: false),
                EntityId = table.Column<Guid>(nullable: false),
                Source = table.Column<string>(maxLength: 8, nullable: false),
                OldId = table.Column<string>(maxLength: 64, nullable: true),
                NewId = table.Column<string>(maxLength: 64, nullable: true),
                ChangedAt = table.Column<DateTime>(nullable: false),
                Reason = table.Column<string>(maxLength: 16, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_external_id_changes", x => x.Id));
        migrationBuilder.CreateIndex("ix_external_id_changes_entity", "external_id_changes", ["EntityType", "EntityId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("external_id_changes");
        migrationBuilder.DropTable("admin_audit");
        migrationBuilder.DropTable("match_candidates");
        migrationBuilder.DropTable("source_overrides");
    }
}
