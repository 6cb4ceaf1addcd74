using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Platform.Data.Migrations;

[DbContext(typeof(PlatformDb))]
[Migration("20261121000000_PlatformInitial")]
public sealed class PlatformInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                NormalizedEmail = table.Column<string>(maxLength: 254, nullable: false),
                DisplayName = table.Column<string>(maxLength: 100, nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                IsActive = table.Column<bool>(nullable: false),
                FailedLogins = table.Column<int>(nullable: false),
                LockoutUntil = table.Column<DateTime>(nullable: true),
                SecurityStamp = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                LastLoginAt = table.Column<DateTime>(nullable: true),
                ExternalSubject = table.Column<string>(maxLength: 300, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_users", x => x.Id));
        migrationBuilder.CreateIndex("ix_users_normalized_email", "users", "NormalizedEmail", unique: true);
        migrationBuilder.CreateIndex("ix_users_external_subject", "users", "ExternalSubject", unique: true);

        migrationBuilder.CreateTable(
            name: "user_roles",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 64, nullable: false),
                GrantedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_roles", x => new { x.UserId, x.Role });
                table.ForeignKey("FK_user_roles_users_UserId", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_user_roles_role", "user_roles", "Role");

        migrationBuilder.CreateTable(
            name: "job_leases",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Holder = table.Column<string>(maxLength: 200, nullable: false),
                AcquiredAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_job_leases", x => x.Name));

        migrationBuilder.CreateTable(
            name: "job_runs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Job = table.Column<string>(maxLength: 100, nullable: false),
                Holder = table.Column<string>(maxLength: 200, nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                FinishedAt = table.Column<DateTime>(nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                Summary = table.Column<string>(nullable: true),
                Error = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_job_runs", x => x.Id));
        migrationBuilder.CreateIndex("ix_job_runs_job_started", "job_runs", ["Job", "StartedAt"]);

        migrationBuilder.CreateTable(
            name: "data_protection_keys",
            columns: table => new
            {
                FriendlyName = table.Column<string>(maxLength: 200, nullable: false),
                Xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_data_protection_keys", x => x.FriendlyName));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("data_protection_keys");
        migrationBuilder.DropTable("job_runs");
        migrationBuilder.DropTable("job_leases");
        migrationBuilder.DropTable("user_roles");
        migrationBuilder.DropTable("users");
    }
}
