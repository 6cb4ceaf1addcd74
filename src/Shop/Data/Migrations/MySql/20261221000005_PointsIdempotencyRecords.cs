using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quartet.Shop.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class PointsIdempotencyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The points admin's keys move off the ledger and batch rows before their columns go, so a retry of a grant,
            // deduction or batch made before still replays (the answer is rebuilt from the entry or batch).
            migrationBuilder.Sql("INSERT INTO idempotency_records (`UserId`, `Operation`, `Key`, `Fingerprint`, `Status`, `ResourceId`, `CreatedAt`) SELECT `OperatorId`, 'points.adjust', `IdempotencyKey`, `RequestHash`, 201, `Id`, `CreatedAt` FROM ledger_entries WHERE `IdempotencyKey` IS NOT NULL AND `RequestHash` IS NOT NULL AND `OperatorId` IS NOT NULL");
            migrationBuilder.Sql("INSERT INTO idempotency_records (`UserId`, `Operation`, `Key`, `Fingerprint`, `Status`, `ResourceId`, `CreatedAt`) SELECT `OperatorId`, 'points.batch', `IdempotencyKey`, `RequestHash`, 201, `Id`, `CreatedAt` FROM points_batches WHERE `IdempotencyKey` IS NOT NULL AND `RequestHash` IS NOT NULL");

            migrationBuilder.DropIndex(
                name: "ix_points_batches_operator_idempotency",
                table: "points_batches");

            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_operator_idempotency",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "points_batches");

            migrationBuilder.DropColumn(
                name: "RequestHash",
                table: "points_batches");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "RequestHash",
                table: "ledger_entries");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "points_batches",
                type: "varchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "utf8mb4_bin");

            migrationBuilder.AddColumn<string>(
                name: "RequestHash",
                table: "points_batches",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_bin");

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "ledger_entries",
                type: "varchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "utf8mb4_bin");

            migrationBuilder.AddColumn<string>(
                name: "RequestHash",
                table: "ledger_entries",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_bin");

            migrationBuilder.CreateIndex(
                name: "ix_points_batches_operator_idempotency",
                table: "points_batches",
                columns: new[] { "OperatorId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_operator_idempotency",
                table: "ledger_entries",
                columns: new[] { "OperatorId", "IdempotencyKey" },
                unique: true);
        }
    }
}
