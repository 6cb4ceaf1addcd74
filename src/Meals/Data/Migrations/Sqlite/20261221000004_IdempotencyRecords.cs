using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quartet.Meals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdempotencyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: true),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.UserId, x.Operation, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_created",
                table: "idempotency_records",
                column: "CreatedAt");

            // The keys move over (they kept only the expense, so a replay of one answers with the expense as it is now).
            migrationBuilder.Sql("INSERT INTO idempotency_records (\"UserId\",\"Operation\",\"Key\",\"Fingerprint\",\"Status\",\"ResourceId\",\"CreatedAt\") SELECT \"UserId\", 'expenses.create', \"Key\", \"RequestHash\", 201, \"ExpenseId\", \"CreatedAt\" FROM idempotency_keys");

            migrationBuilder.DropTable(
                name: "idempotency_keys");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpenseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.UserId, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created",
                table: "idempotency_keys",
                column: "CreatedAt");
        }
    }
}
