using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Meals.Data.Migrations;

/// <summary>
/// <c>receipt_uploads</c>: one row per accepted receipt upload, for the per-user hourly limit. Indexes on the blob keys of
/// receipts and data exports, so <c>meals sweep-blobs</c> asks "is this key referenced?" by index seeks.
/// </summary>
[DbContext(typeof(MealsDb))]
[Migration("20261203000000_MealsReceiptUploads")]
public sealed class MealsReceiptUploads : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "receipt_uploads",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_receipt_uploads", x => x.Id));
        migrationBuilder.CreateIndex("ix_receipt_uploads_user_at", "receipt_uploads", ["UserId", "At"]);
        migrationBuilder.CreateIndex("ix_receipt_uploads_at", "receipt_uploads", "At");
        migrationBuilder.CreateIndex("ux_receipts_blob_key", "receipts", "BlobKey", unique: true);
        migrationBuilder.CreateIndex("ix_data_exports_blob_key", "data_exports", "BlobKey");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("ix_data_exports_blob_key", "data_exports");
        migrationBuilder.DropIndex("ux_receipts_blob_key", "receipts");
        migrationBuilder.DropTable("receipt_uploads");
    }
}
