using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quartet.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccountChangeVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "account_change_versions",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_account_change_versions", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "ix_account_change_versions_version",
                table: "account_change_versions",
                column: "Version");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_change_versions");
        }
    }
}
