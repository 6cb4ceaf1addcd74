using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Shop.Data.Migrations;

/// <summary>Partial indexes over active products in each catalogue sort order (ties by id), so a page is read, not sorted.</summary>
[DbContext(typeof(ShopDb))]
[Migration("20261221000000_CatalogueSortIndexes")]
public sealed class CatalogueSortIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("ix_products_active_category", "products");
        migrationBuilder.DropIndex("ix_products_active_cost", "products");
        migrationBuilder.DropIndex("ix_products_active_created", "products");
        migrationBuilder.CreateIndex("ix_products_active_category", "products", ["CategoryKey", "CreatedAt", "Id"], descending: [false, true, false], filter: Product.ActiveFilter);
        migrationBuilder.CreateIndex("ix_products_active_cost", "products", ["PointsCost", "Id"], filter: Product.ActiveFilter);
        migrationBuilder.CreateIndex("ix_products_active_created", "products", ["CreatedAt", "Id"], descending: [true, false], filter: Product.ActiveFilter);
        migrationBuilder.CreateIndex("ix_products_active_name", "products", ["Name", "Id"], filter: Product.ActiveFilter);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("ix_products_active_category", "products");
        migrationBuilder.DropIndex("ix_products_active_cost", "products");
        migrationBuilder.DropIndex("ix_products_active_created", "products");
        migrationBuilder.DropIndex("ix_products_active_name", "products");
        migrationBuilder.CreateIndex("ix_products_active_category", "products", ["IsActive", "CategoryKey"]);
        migrationBuilder.CreateIndex("ix_products_active_cost", "products", ["IsActive", "PointsCost"]);
        migrationBuilder.CreateIndex("ix_products_active_created", "products", ["IsActive", "CreatedAt"]);
    }
}
