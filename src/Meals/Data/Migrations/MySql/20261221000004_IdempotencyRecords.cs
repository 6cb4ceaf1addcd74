using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quartet.Meals.Data.Migrations.MySql
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
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false),
                    Operation = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false, collation: "utf8mb4_bin"),
                    Key = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_bin"),
                    Fingerprint = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_bin"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Location = table.Column<string>(type: "varchar(300)", maxLength: 300, nullable: true, collation: "utf8mb4_bin"),
                    Body = table.Column<string>(type: "longtext", nullable: true, collation: "utf8mb4_bin"),
                    ResourceId = table.Column<Guid>(type: "char(36)", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.UserId, x.Operation, x.Key });
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_created",
                table: "idempotency_records",
                column: "CreatedAt");

            // The keys move over (they kept only the expense, so a replay of one answers with the expense as it is now).
            migrationBuilder.Sql("INSERT INTO idempotency_records (`UserId`,`Operation`,`Key`,`Fingerprint`,`Status`,`ResourceId`,`CreatedAt`) SELECT `UserId`, 'expenses.create', `Key`, `RequestHash`, 201, `ExpenseId`, `CreatedAt` FROM idempotency_keys");

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
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false),
                    Key = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_bin"),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false),
                    ExpenseId = table.Column<Guid>(type: "char(36)", nullable: false),
                    RequestHash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_bin")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.UserId, x.Key });
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created",
                table: "idempotency_keys",
                column: "CreatedAt");
        }
    }
}
