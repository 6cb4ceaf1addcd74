using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Shop.Data.Migrations;

[DbContext(typeof(ShopDb))]
[Migration("20261201000000_ShopInitial")]
public sealed class ShopInitial : Migration
{
    private const string HasRemaining = "\"Remaining\" > 0";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "points_accounts",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                EmployeeNumber = table.Column<string>(maxLength: 32, nullable: true),
                Department = table.Column<string>(maxLength: 100, nullable: true),
                Balance = table.Column<int>(nullable: false),
                AllocationOverride = table.Column<int>(nullable: true),
                OnboardingGrantedAt = table.Column<DateTime>(nullable: true),
                LastActivityAt = table.Column<DateTime>(nullable: true),
                EntryCount = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_points_accounts", x => x.UserId);
                table.CheckConstraint("CK_points_accounts_balance", "\"Balance\" >= 0");
            });
        migrationBuilder.CreateIndex("ix_points_accounts_employee_number", "points_accounts", "EmployeeNumber", unique: true);

        migrationBuilder.CreateTable(
            name: "points_lots",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                SourceEntryId = table.Column<Guid>(nullable: false),
                Amount = table.Column<int>(nullable: false),
                Remaining = table.Column<int>(nullable: false),
                GrantedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: true),
                ExpiredAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_points_lots", x => x.Id);
                table.CheckConstraint("CK_points_lots_amount", "\"Amount\" > 0");
                table.CheckConstraint("CK_points_lots_remaining", "\"Remaining\" >= 0 AND \"Remaining\" <= \"Amount\"");
            });
        migrationBuilder.CreateIndex("ix_points_lots_user_granted", "points_lots", ["UserId", "GrantedAt"], filter: HasRemaining);
        migrationBuilder.CreateIndex("ix_points_lots_expires", "points_lots", "ExpiresAt", filter: HasRemaining);

        migrationBuilder.CreateTable(
            name: "ledger_entries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Type = table.Column<string>(maxLength: 20, nullable: false),
                Source = table.Column<string>(maxLength: 20, nullable: false),
                Amount = table.Column<int>(nullable: false),
                BalanceAfter = table.Column<int>(nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
                OperatorId = table.Column<Guid>(nullable: true),
                OperatorKind = table.Column<string>(maxLength: 20, nullable: false),
                OrderId = table.Column<Guid>(nullable: true),
                BatchId = table.Column<Guid>(nullable: true),
                LotId = table.Column<Guid>(nullable: true),
                Period = table.Column<string>(maxLength: 7, nullable: true),
                IdempotencyKey = table.Column<string>(maxLength: 100, nullable: true),
                RequestHash = table.Column<string>(maxLength: 64, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ledger_entries", x => x.Id);
                table.CheckConstraint("CK_ledger_entries_amount", "\"Amount\" <> 0");
                table.CheckConstraint("CK_ledger_entries_balance_after", "\"BalanceAfter\" >= 0");
            });
        migrationBuilder.CreateIndex("ix_ledger_entries_user_created", "ledger_entries", ["UserId", "CreatedAt"], descending: [false, true]);
        migrationBuilder.CreateIndex("ix_ledger_entries_user_sequence", "ledger_entries", ["UserId", "Sequence"], unique: true);
        migrationBuilder.CreateIndex("ix_ledger_entries_created", "ledger_entries", "CreatedAt");
        migrationBuilder.CreateIndex("ix_ledger_entries_order", "ledger_entries", "OrderId");
        migrationBuilder.CreateIndex("ix_ledger_entries_batch", "ledger_entries", "BatchId");
        migrationBuilder.CreateIndex("ix_ledger_entries_operator_idempotency", "ledger_entries", ["OperatorId", "IdempotencyKey"], unique: true);

        migrationBuilder.CreateTable(
            name: "lot_consumptions",
            columns: table => new
            {
                EntryId = table.Column<Guid>(nullable: false),
                LotId = table.Column<Guid>(nullable: false),
                Points = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_lot_consumptions", x => new { x.EntryId, x.LotId });
                table.CheckConstraint("CK_lot_consumptions_points", "\"Points\" > 0");
            });
        migrationBuilder.CreateIndex("ix_lot_consumptions_lot", "lot_consumptions", "LotId");

        migrationBuilder.CreateTable(
            name: "monthly_allocations",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                Period = table.Column<string>(maxLength: 7, nullable: false),
                Amount = table.Column<int>(nullable: false),
                EntryId = table.Column<Guid>(nullable: true),
                SkipReason = table.Column<string>(maxLength: 50, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_monthly_allocations", x => new { x.UserId, x.Period });
                table.CheckConstraint("CK_monthly_allocations_amount", "\"Amount\" >= 0");
            });
        migrationBuilder.CreateIndex("ix_monthly_allocations_period", "monthly_allocations", "Period");

        migrationBuilder.CreateTable(
            name: "points_batches",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: true),
                RowCount = table.Column<int>(nullable: false),
                TotalPoints = table.Column<int>(nullable: false),
                OperatorId = table.Column<Guid>(nullable: false),
                IdempotencyKey = table.Column<string>(maxLength: 100, nullable: true),
                RequestHash = table.Column<string>(maxLength: 64, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_points_batches", x => x.Id));
        migrationBuilder.CreateIndex("ix_points_batches_operator_idempotency", "points_batches", ["OperatorId", "IdempotencyKey"], unique: true);
        migrationBuilder.CreateIndex("ix_points_batches_created", "points_batches", "CreatedAt");

        migrationBuilder.CreateTable(
            name: "products",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                UsageNotes = table.Column<string>(maxLength: 1000, nullable: false),
                Category = table.Column<string>(maxLength: 50, nullable: false),
                CategoryKey = table.Column<string>(maxLength: 50, nullable: false),
                SearchText = table.Column<string>(nullable: false),
                PointsCost = table.Column<int>(nullable: false),
                Stock = table.Column<int>(nullable: false),
                IsActive = table.Column<bool>(nullable: false),
                MaxPerEmployeePerMonth = table.Column<int>(nullable: true),
                ImageKey = table.Column<string>(maxLength: 100, nullable: true),
                ImageContentType = table.Column<string>(maxLength: 20, nullable: true),
                ImageBytes = table.Column<int>(nullable: true),
                ImageWidth = table.Column<int>(nullable: true),
                ImageHeight = table.Column<int>(nullable: true),
                Version = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<Guid>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_products", x => x.Id);
                table.CheckConstraint("CK_products_stock", "\"Stock\" >= 0");
                table.CheckConstraint("CK_products_cost", "\"PointsCost\" > 0");
            });
        migrationBuilder.CreateIndex("ix_products_active_category", "products", ["IsActive", "CategoryKey"]);
        migrationBuilder.CreateIndex("ix_products_active_cost", "products", ["IsActive", "PointsCost"]);
        migrationBuilder.CreateIndex("ix_products_active_created", "products", ["IsActive", "CreatedAt"]);
        migrationBuilder.CreateIndex("ix_products_name", "products", "Name");

        migrationBuilder.CreateTable(
            name: "stock_movements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                Delta = table.Column<int>(nullable: false),
                StockAfter = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                OrderId = table.Column<Guid>(nullable: true),
                Reason = table.Column<string>(maxLength: 500, nullable: true),
                OperatorId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_stock_movements", x => x.Id);
                table.CheckConstraint("CK_stock_movements_delta", "\"Delta\" <> 0");
                table.CheckConstraint("CK_stock_movements_stock_after", "\"StockAfter\" >= 0");
            });
        migrationBuilder.CreateIndex("ix_stock_movements_product_created", "stock_movements", ["ProductId", "CreatedAt"]);

        migrationBuilder.CreateTable(
            name: "orders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderNumber = table.Column<string>(maxLength: 20, nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                ProductName = table.Column<string>(maxLength: 200, nullable: false),
                UnitCost = table.Column<int>(nullable: false),
                Quantity = table.Column<int>(nullable: false),
                TotalCost = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                IdempotencyKey = table.Column<string>(maxLength: 100, nullable: false),
                RequestHash = table.Column<string>(maxLength: 64, nullable: false),
                PlacedAt = table.Column<DateTime>(nullable: false),
                FulfilledAt = table.Column<DateTime>(nullable: true),
                FulfilledBy = table.Column<Guid>(nullable: true),
                FulfilmentNote = table.Column<string>(maxLength: 500, nullable: true),
                CancelledAt = table.Column<DateTime>(nullable: true),
                CancelledBy = table.Column<Guid>(nullable: true),
                CancelledByKind = table.Column<string>(maxLength: 20, nullable: true),
                CancelReason = table.Column<string>(maxLength: 500, nullable: true),
                Restocked = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_orders", x => x.Id);
                table.CheckConstraint("CK_orders_quantity", "\"Quantity\" >= 1");
                table.CheckConstraint("CK_orders_total", "\"TotalCost\" = \"UnitCost\" * \"Quantity\"");
            });
        migrationBuilder.CreateIndex("ix_orders_user_placed", "orders", ["UserId", "PlacedAt"], descending: [false, true]);
        migrationBuilder.CreateIndex("ix_orders_product", "orders", "ProductId");
        migrationBuilder.CreateIndex("ix_orders_status_placed", "orders", ["Status", "PlacedAt"]);
        migrationBuilder.CreateIndex("ix_orders_user_idempotency", "orders", ["UserId", "IdempotencyKey"], unique: true);
        migrationBuilder.CreateIndex("ix_orders_number", "orders", "OrderNumber", unique: true);

        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                ActorId = table.Column<Guid>(nullable: true),
                ActorKind = table.Column<string>(maxLength: 20, nullable: false),
                Action = table.Column<string>(maxLength: 50, nullable: false),
                EntityType = table.Column<string>(maxLength: 50, nullable: false),
                EntityId = table.Column<string>(maxLength: 100, nullable: false),
                Before = table.Column<string>(nullable: true),
                After = table.Column<string>(nullable: true),
                Reason = table.Column<string>(maxLength: 500, nullable: true),
                RequestId = table.Column<string>(maxLength: 100, nullable: true),
                Ip = table.Column<string>(maxLength: 64, nullable: true),
                UserAgent = table.Column<string>(maxLength: 300, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_audit_entries", x => x.Id));
        migrationBuilder.CreateIndex("ix_audit_entries_at", "audit_entries", "At");
        migrationBuilder.CreateIndex("ix_audit_entries_entity", "audit_entries", ["EntityType", "EntityId"]);
        migrationBuilder.CreateIndex("ix_audit_entries_actor_at", "audit_entries", ["ActorId", "At"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "audit_entries", "orders", "stock_movements", "products", "points_batches", "monthly_allocations",
            "lot_consumptions", "ledger_entries", "points_lots", "points_accounts",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
