using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Meals.Data.Migrations;

[DbContext(typeof(MealsDb))]
[Migration("20261201000000_MealsInitial")]
public sealed class MealsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "settings",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                HomeCurrency = table.Column<string>(maxLength: 3, nullable: false),
                TimeZone = table.Column<string>(maxLength: 64, nullable: false),
                Deactivated = table.Column<bool>(nullable: false),
                DataVersion = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_settings", x => x.UserId));

        migrationBuilder.CreateTable(
            name: "restaurants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                NormalizedName = table.Column<string>(maxLength: 100, nullable: false),
                NormalizedCity = table.Column<string>(maxLength: 100, nullable: false),
                AddressLine1 = table.Column<string>(maxLength: 200, nullable: true),
                AddressLine2 = table.Column<string>(maxLength: 200, nullable: true),
                City = table.Column<string>(maxLength: 100, nullable: true),
                Region = table.Column<string>(maxLength: 100, nullable: true),
                PostalCode = table.Column<string>(maxLength: 20, nullable: true),
                CountryCode = table.Column<string>(maxLength: 2, nullable: true),
                Cuisine = table.Column<string>(maxLength: 50, nullable: true),
                PriceLevel = table.Column<int>(nullable: true),
                Rating = table.Column<int>(nullable: true),
                Website = table.Column<string>(maxLength: 500, nullable: true),
                Phone = table.Column<string>(maxLength: 30, nullable: true),
                Notes = table.Column<string>(maxLength: 2000, nullable: true),
                PlaceRef = table.Column<string>(maxLength: 255, nullable: true),
                Version = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_restaurants", x => x.Id));
        migrationBuilder.CreateIndex("ux_restaurants_user_name_city", "restaurants", ["UserId", "NormalizedName", "NormalizedCity"], unique: true);

        migrationBuilder.CreateTable(
            name: "categories",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 50, nullable: false),
                NormalizedName = table.Column<string>(maxLength: 50, nullable: false),
                Colour = table.Column<string>(maxLength: 7, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                IsDefault = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_categories", x => x.Id));
        migrationBuilder.CreateIndex("ux_categories_user_name", "categories", ["UserId", "NormalizedName"], unique: true);

        migrationBuilder.CreateTable(
            name: "tags",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 30, nullable: false),
                NormalizedName = table.Column<string>(maxLength: 30, nullable: false),
                Colour = table.Column<string>(maxLength: 7, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_tags", x => x.Id));
        migrationBuilder.CreateIndex("ux_tags_user_name", "tags", ["UserId", "NormalizedName"], unique: true);

        migrationBuilder.CreateTable(
            name: "expenses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                RestaurantId = table.Column<Guid>(nullable: false),
                AmountMinor = table.Column<long>(nullable: false),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                LocalDate = table.Column<DateOnly>(nullable: false),
                LocalTime = table.Column<TimeOnly>(nullable: true),
                TimeZone = table.Column<string>(maxLength: 64, nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
                PostedDate = table.Column<DateOnly>(nullable: true),
                CategoryId = table.Column<Guid>(nullable: true),
                MealType = table.Column<string>(maxLength: 20, nullable: true),
                OrderType = table.Column<string>(maxLength: 20, nullable: true),
                PartySize = table.Column<int>(nullable: false),
                Notes = table.Column<string>(maxLength: 2000, nullable: true),
                Source = table.Column<string>(maxLength: 10, nullable: false),
                ImportId = table.Column<Guid>(nullable: true),
                Version = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_expenses", x => x.Id);
                table.ForeignKey("fk_expenses_restaurant", x => x.RestaurantId, "restaurants", "Id", onDelete: ReferentialAction.Restrict);
                table.CheckConstraint("CK_expenses_party_size", "\"PartySize\" BETWEEN 1 AND 50");
                table.CheckConstraint("CK_expenses_amount", "\"AmountMinor\" <> 0");
            });
        migrationBuilder.CreateIndex("ix_expenses_user_date", "expenses", ["UserId", "LocalDate", "Id"]);
        migrationBuilder.CreateIndex("ix_expenses_user_restaurant", "expenses", ["UserId", "RestaurantId", "LocalDate"]);
        migrationBuilder.CreateIndex("ix_expenses_user_category", "expenses", ["UserId", "CategoryId"]);
        migrationBuilder.CreateIndex("ix_expenses_user_currency_amount", "expenses", ["UserId", "Currency", "AmountMinor"]);
        migrationBuilder.CreateIndex("ix_expenses_user_import", "expenses", ["UserId", "ImportId"]);
        migrationBuilder.CreateIndex("IX_expenses_RestaurantId", "expenses", "RestaurantId");

        migrationBuilder.CreateTable(
            name: "expense_tags",
            columns: table => new
            {
                ExpenseId = table.Column<Guid>(nullable: false),
                TagId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_expense_tags", x => new { x.ExpenseId, x.TagId });
                table.ForeignKey("fk_expense_tags_expense", x => x.ExpenseId, "expenses", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_expense_tags_tag", x => x.TagId, "tags", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_expense_tags_tag", "expense_tags", "TagId");

        migrationBuilder.CreateTable(
            name: "budgets",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                CategoryId = table.Column<Guid>(nullable: true),
                Scope = table.Column<string>(maxLength: 40, nullable: false),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                LimitMinor = table.Column<long>(nullable: false),
                WarnAtPercent = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_budgets", x => x.Id);
                table.CheckConstraint("CK_budgets_limit", "\"LimitMinor\" > 0");
            });
        migrationBuilder.CreateIndex("ux_budgets_user_scope_currency", "budgets", ["UserId", "Scope", "Currency"], unique: true);

        migrationBuilder.CreateTable(
            name: "receipts",
            columns: table => new
            {
                ExpenseId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                BlobKey = table.Column<string>(maxLength: 200, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                SizeBytes = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                OriginalName = table.Column<string>(maxLength: 255, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_receipts", x => x.ExpenseId);
                table.ForeignKey("fk_receipts_expense", x => x.ExpenseId, "expenses", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_receipts_user", "receipts", "UserId");

        migrationBuilder.CreateTable(
            name: "import_batches",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                Format = table.Column<string>(maxLength: 10, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                DateOrder = table.Column<string>(maxLength: 3, nullable: false),
                SignConvention = table.Column<string>(maxLength: 20, nullable: false),
                DefaultCurrency = table.Column<string>(maxLength: 3, nullable: false),
                RowCount = table.Column<int>(nullable: false),
                FileInfoJson = table.Column<string>(nullable: false),
                ResultJson = table.Column<string>(nullable: true),
                LastTouchedAt = table.Column<DateTime>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_import_batches", x => x.Id));
        migrationBuilder.CreateIndex("ix_import_batches_user", "import_batches", ["UserId", "CreatedAt"]);
        migrationBuilder.CreateIndex("ix_import_batches_status_touched", "import_batches", ["Status", "LastTouchedAt"]);

        migrationBuilder.CreateTable(
            name: "import_rows",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BatchId = table.Column<Guid>(nullable: false),
                RowNumber = table.Column<int>(nullable: false),
                RawJson = table.Column<string>(nullable: false),
                ParsedJson = table.Column<string>(nullable: true),
                ErrorsJson = table.Column<string>(nullable: false),
                WarningsJson = table.Column<string>(nullable: false),
                RestaurantCandidatesJson = table.Column<string>(nullable: false),
                DuplicateCandidatesJson = table.Column<string>(nullable: false),
                RestaurantAction = table.Column<string>(maxLength: 10, nullable: true),
                RestaurantId = table.Column<Guid>(nullable: true),
                ExpenseAction = table.Column<string>(maxLength: 10, nullable: true),
                TargetExpenseId = table.Column<Guid>(nullable: true),
                TargetVersion = table.Column<int>(nullable: true),
                HasErrors = table.Column<bool>(nullable: false),
                PossibleDuplicate = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_import_rows", x => x.Id);
                table.ForeignKey("fk_import_rows_batch", x => x.BatchId, "import_batches", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ux_import_rows_batch_row", "import_rows", ["BatchId", "RowNumber"], unique: true);

        migrationBuilder.CreateTable(
            name: "idempotency_keys",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 100, nullable: false),
                RequestHash = table.Column<string>(maxLength: 64, nullable: false),
                ExpenseId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_idempotency_keys", x => new { x.UserId, x.Key }));
        migrationBuilder.CreateIndex("ix_idempotency_keys_created", "idempotency_keys", "CreatedAt");

        migrationBuilder.CreateTable(
            name: "audit",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                ActorId = table.Column<Guid>(nullable: false),
                SubjectUserId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 50, nullable: false),
                DetailJson = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_audit", x => x.Id));
        migrationBuilder.CreateIndex("ix_audit_at", "audit", "At");
        migrationBuilder.CreateIndex("ix_audit_subject", "audit", "SubjectUserId");

        migrationBuilder.CreateTable(
            name: "data_exports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                BlobKey = table.Column<string>(maxLength: 200, nullable: true),
                SizeBytes = table.Column<long>(nullable: true),
                ExpiresAt = table.Column<DateTime>(nullable: true),
                Error = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_data_exports", x => x.Id));
        migrationBuilder.CreateIndex("ix_data_exports_user_status", "data_exports", ["UserId", "Status"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "data_exports", "audit", "idempotency_keys", "import_rows", "import_batches", "receipts", "budgets", "expense_tags", "expenses", "tags", "categories", "restaurants", "settings" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
