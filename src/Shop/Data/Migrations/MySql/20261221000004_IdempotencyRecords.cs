using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quartet.Shop.Data.Migrations.MySql
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

            // Every order's key moves over before its columns go, so a retry of an order placed before still replays (the
            // answer is rebuilt from the order). A cart's orders kept one derived key per line ("cart:…:i"); those stay per line.
            migrationBuilder.Sql("INSERT INTO idempotency_records (`UserId`, `Operation`, `Key`, `Fingerprint`, `Status`, `ResourceId`, `CreatedAt`) SELECT `UserId`, CASE WHEN `IdempotencyKey` LIKE 'cart:%' THEN 'cart.checkout' ELSE 'orders.place' END, `IdempotencyKey`, `RequestHash`, 201, `Id`, `PlacedAt` FROM orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_user_idempotency",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "RequestHash",
                table: "orders");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "orders",
                type: "varchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "utf8mb4_bin");

            migrationBuilder.AddColumn<string>(
                name: "RequestHash",
                table: "orders",
                type: "varchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                collation: "utf8mb4_bin");

            migrationBuilder.CreateIndex(
                name: "ix_orders_user_idempotency",
                table: "orders",
                columns: new[] { "UserId", "IdempotencyKey" },
                unique: true);
        }
    }
}
