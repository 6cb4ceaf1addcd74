using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quartet.Shop.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false),
                    At = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false),
                    ActorId = table.Column<Guid>(type: "char(36)", nullable: true),
                    ActorKind = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    Action = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false, collation: "utf8mb4_bin"),
                    EntityType = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false, collation: "utf8mb4_bin"),
                    EntityId = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_bin"),
                    Before = table.Column<string>(type: "longtext", nullable: true, collation: "utf8mb4_bin"),
                    After = table.Column<string>(type: "longtext", nullable: true, collation: "utf8mb4_bin"),
                    Reason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true, collation: "utf8mb4_bin"),
                    RequestId = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_bin"),
                    Ip = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true, collation: "utf8mb4_bin"),
                    UserAgent = table.Column<string>(type: "varchar(300)", maxLength: 300, nullable: true, collation: "utf8mb4_bin")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Type = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<int>(type: "int", nullable: false),
                    BalanceAfter = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: false, collation: "utf8mb4_bin"),
                    OperatorId = table.Column<Guid>(type: "char(36)", nullable: true),
                    OperatorKind = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    OrderId = table.Column<Guid>(type: "char(36)", nullable: true),
                    BatchId = table.Column<Guid>(type: "char(36)", nullable: true),
                    LotId = table.Column<Guid>(type: "char(36)", nullable: true),
                    Period = table.Column<string>(type: "varchar(7)", maxLength: 7, nullable: true, collation: "utf8mb4_bin"),
                    IdempotencyKey = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_bin"),
                    RequestHash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true, collation: "utf8mb4_bin"),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => x.Id);
                    table.CheckConstraint("CK_ledger_entries_amount", "`Amount` <> 0");
                    table.CheckConstraint("CK_ledger_entries_balance_after", "`BalanceAfter` >= 0");
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "lot_consumptions",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "char(36)", nullable: false),
                    LotId = table.Column<Guid>(type: "char(36)", nullable: false),
                    Points = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lot_consumptions", x => new { x.EntryId, x.LotId });
                    table.CheckConstraint("CK_lot_consumptions_points", "`Points` > 0");
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "monthly_allocations",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false),
                    Period = table.Column<string>(type: "varchar(7)", maxLength: 7, nullable: false, collation: "utf8mb4_bin"),
                    Amount = table.Column<int>(type: "int", nullable: false),
                    EntryId = table.Column<Guid>(type: "char(36)", nullable: true),
                    SkipReason = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: true, collation: "utf8mb4_bin"),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monthly_allocations", x => new { x.UserId, x.Period });
                    table.CheckConstraint("CK_monthly_allocations_amount", "`Amount` >= 0");
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false),
                    OrderNumber = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false, collation: "utf8mb4_bin"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false),
                    ProductId = table.Column<Guid>(type: "char(36)", nullable: false),
                    ProductName = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_bin"),
                    UnitCost = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    TotalCost = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_bin"),
                    RequestHash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_bin"),
                    PlacedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false),
                    FulfilledAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: true),
                    FulfilledBy = table.Column<Guid>(type: "char(36)", nullable: true),
                    FulfilmentNote = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true, collation: "utf8mb4_bin"),
                    CancelledAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: true),
                    CancelledBy = table.Column<Guid>(type: "char(36)", nullable: true),
                    CancelledByKind = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true),
                    CancelReason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true, collation: "utf8mb4_bin"),
                    Restocked = table.Column<bool>(type: "tinyint(1)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders", x => x.Id);
                    table.CheckConstraint("CK_orders_quantity", "`Quantity` >= 1");
                    table.CheckConstraint("CK_orders_total", "`TotalCost` = `UnitCost` * `Quantity`");
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "points_accounts",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false),
                    EmployeeNumber = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: true, collation: "utf8mb4_bin"),
                    Department = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_bin"),
                    Balance = table.Column<int>(type: "int", nullable: false),
                    AllocationOverride = table.Column<int>(type: "int", nullable: true),
                    OnboardingGrantedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: true),
                    LastActivityAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: true),
                    EntryCount = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_accounts", x => x.UserId);
                    table.CheckConstraint("CK_points_accounts_balance", "`Balance` >= 0");
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "points_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false),
                    Kind = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: false, collation: "utf8mb4_bin"),
                    ExpiresAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: true),
                    RowCount = table.Column<int>(type: "int", nullable: false),
                    TotalPoints = table.Column<int>(type: "int", nullable: false),
                    OperatorId = table.Column<Guid>(type: "char(36)", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_bin"),
                    RequestHash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true, collation: "utf8mb4_bin"),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_batches", x => x.Id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "points_lots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false),
                    SourceEntryId = table.Column<Guid>(type: "char(36)", nullable: false),
                    Amount = table.Column<int>(type: "int", nullable: false),
                    Remaining = table.Column<int>(type: "int", nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: true),
                    ExpiredAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_lots", x => x.Id);
                    table.CheckConstraint("CK_points_lots_amount", "`Amount` > 0");
                    table.CheckConstraint("CK_points_lots_remaining", "`Remaining` >= 0 AND `Remaining` <= `Amount`");
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false),
                    Name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_bin"),
                    Description = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: false, collation: "utf8mb4_bin"),
                    UsageNotes = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: false, collation: "utf8mb4_bin"),
                    Category = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false, collation: "utf8mb4_bin"),
                    CategoryKey = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false, collation: "utf8mb4_bin"),
                    SearchText = table.Column<string>(type: "longtext", nullable: false, collation: "utf8mb4_bin"),
                    PointsCost = table.Column<int>(type: "int", nullable: false),
                    Stock = table.Column<int>(type: "int", nullable: false),
                    IsActive = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    MaxPerEmployeePerMonth = table.Column<int>(type: "int", nullable: true),
                    ImageKey = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_bin"),
                    ImageContentType = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true, collation: "utf8mb4_bin"),
                    ImageBytes = table.Column<int>(type: "int", nullable: true),
                    ImageWidth = table.Column<int>(type: "int", nullable: true),
                    ImageHeight = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "char(36)", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_products", x => x.Id);
                    table.CheckConstraint("CK_products_cost", "`PointsCost` > 0");
                    table.CheckConstraint("CK_products_stock", "`Stock` >= 0");
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "stock_movements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false),
                    ProductId = table.Column<Guid>(type: "char(36)", nullable: false),
                    Delta = table.Column<int>(type: "int", nullable: false),
                    StockAfter = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    OrderId = table.Column<Guid>(type: "char(36)", nullable: true),
                    Reason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true, collation: "utf8mb4_bin"),
                    OperatorId = table.Column<Guid>(type: "char(36)", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stock_movements", x => x.Id);
                    table.CheckConstraint("CK_stock_movements_delta", "`Delta` <> 0");
                    table.CheckConstraint("CK_stock_movements_stock_after", "`StockAfter` >= 0");
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_at",
                table: "audit_entries",
                columns: new[] { "ActorId", "At" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity",
                table: "audit_entries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_batch",
                table: "ledger_entries",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_created",
                table: "ledger_entries",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_operator_idempotency",
                table: "ledger_entries",
                columns: new[] { "OperatorId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_order",
                table: "ledger_entries",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_user_created",
                table: "ledger_entries",
                columns: new[] { "UserId", "CreatedAt" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_user_sequence",
                table: "ledger_entries",
                columns: new[] { "UserId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lot_consumptions_lot",
                table: "lot_consumptions",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "ix_monthly_allocations_period",
                table: "monthly_allocations",
                column: "Period");

            migrationBuilder.CreateIndex(
                name: "ix_orders_number",
                table: "orders",
                column: "OrderNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_product",
                table: "orders",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "ix_orders_status_placed",
                table: "orders",
                columns: new[] { "Status", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_user_idempotency",
                table: "orders",
                columns: new[] { "UserId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_user_placed",
                table: "orders",
                columns: new[] { "UserId", "PlacedAt" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_points_accounts_employee_number",
                table: "points_accounts",
                column: "EmployeeNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_points_batches_created",
                table: "points_batches",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "ix_points_batches_operator_idempotency",
                table: "points_batches",
                columns: new[] { "OperatorId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_points_lots_expires",
                table: "points_lots",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "ix_points_lots_user_granted",
                table: "points_lots",
                columns: new[] { "UserId", "GrantedAt" });

            migrationBuilder.CreateIndex(
                name: "ix_products_active_category",
                table: "products",
                columns: new[] { "CategoryKey", "CreatedAt", "Id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_products_active_cost",
                table: "products",
                columns: new[] { "PointsCost", "Id" });

            migrationBuilder.CreateIndex(
                name: "ix_products_active_created",
                table: "products",
                columns: new[] { "CreatedAt", "Id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "ix_products_active_name",
                table: "products",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "ix_products_name",
                table: "products",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_product_created",
                table: "stock_movements",
                columns: new[] { "ProductId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "lot_consumptions");

            migrationBuilder.DropTable(
                name: "monthly_allocations");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "points_accounts");

            migrationBuilder.DropTable(
                name: "points_batches");

            migrationBuilder.DropTable(
                name: "points_lots");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "stock_movements");
        }
    }
}
