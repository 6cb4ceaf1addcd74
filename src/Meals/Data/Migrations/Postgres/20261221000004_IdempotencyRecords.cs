using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quartet.Meals.Data.Migrations.Postgres
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
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Operation = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Body = table.Column<string>(type: "text", nullable: true),
                    ResourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpenseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
