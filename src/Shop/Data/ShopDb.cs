using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Quartet.Platform.Data;

namespace Quartet.Shop.Data;

public abstract class ShopDb(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Key = "shop";

    public DbSet<PointsAccount> Accounts => Set<PointsAccount>();

    public DbSet<PointsLot> Lots => Set<PointsLot>();

    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    public DbSet<LotConsumption> Consumptions => Set<LotConsumption>();

    public DbSet<MonthlyAllocation> Allocations => Set<MonthlyAllocation>();

    public DbSet<PointsBatch> Batches => Set<PointsBatch>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public bool IsPostgres => Database.IsNpgsql();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        Platform.Mail.OutboxMail.Map(modelBuilder);
        modelBuilder.MapIdempotencyRecords();
        modelBuilder.Entity<PointsAccount>(e =>
        {
            e.ToTable("points_accounts", t => t.HasCheckConstraint("CK_points_accounts_balance", Sql("\"Balance\" >= 0")));
            e.HasKey(a => a.UserId);
            e.Property(a => a.EmployeeNumber).HasMaxLength(32);
            e.Property(a => a.Department).HasMaxLength(100);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.HasIndex(a => a.EmployeeNumber).IsUnique().HasDatabaseName("ix_points_accounts_employee_number");
        });
        modelBuilder.Entity<PointsLot>(e =>
        {
            e.ToTable("points_lots", t =>
            {
                t.HasCheckConstraint("CK_points_lots_amount", Sql("\"Amount\" > 0"));
                t.HasCheckConstraint("CK_points_lots_remaining", Sql("\"Remaining\" >= 0 AND \"Remaining\" <= \"Amount\""));
            });
            e.HasKey(l => l.Id);
            e.HasIndex(l => new { l.UserId, l.GrantedAt }).HasFilter(IndexFilter("\"Remaining\" > 0")).HasDatabaseName("ix_points_lots_user_granted");
            e.HasIndex(l => l.ExpiresAt).HasFilter(IndexFilter("\"Remaining\" > 0")).HasDatabaseName("ix_points_lots_expires");
        });
        modelBuilder.Entity<LedgerEntry>(e =>
        {
            e.ToTable("ledger_entries", t =>
            {
                t.HasCheckConstraint("CK_ledger_entries_amount", Sql("\"Amount\" <> 0"));
                t.HasCheckConstraint("CK_ledger_entries_balance_after", Sql("\"BalanceAfter\" >= 0"));
            });
            e.HasKey(l => l.Id);
            Lower(e.Property(l => l.Type));
            Lower(e.Property(l => l.Source));
            Lower(e.Property(l => l.OperatorKind));
            e.Property(l => l.Reason).HasMaxLength(500);
            e.Property(l => l.Period).HasMaxLength(7);
            e.HasIndex(l => new { l.UserId, l.CreatedAt }).IsDescending(false, true).HasDatabaseName("ix_ledger_entries_user_created");
            e.HasIndex(l => new { l.UserId, l.Sequence }).IsUnique().HasDatabaseName("ix_ledger_entries_user_sequence");
            e.HasIndex(l => l.CreatedAt).HasDatabaseName("ix_ledger_entries_created");
            e.HasIndex(l => l.OrderId).HasDatabaseName("ix_ledger_entries_order");
            e.HasIndex(l => l.BatchId).HasDatabaseName("ix_ledger_entries_batch");
        });
        modelBuilder.Entity<LotConsumption>(e =>
        {
            e.ToTable("lot_consumptions", t => t.HasCheckConstraint("CK_lot_consumptions_points", Sql("\"Points\" > 0")));
            e.HasKey(c => new { c.EntryId, c.LotId });
            e.HasIndex(c => c.LotId).HasDatabaseName("ix_lot_consumptions_lot");
        });
        modelBuilder.Entity<MonthlyAllocation>(e =>
        {
            e.ToTable("monthly_allocations", t => t.HasCheckConstraint("CK_monthly_allocations_amount", Sql("\"Amount\" >= 0")));
            e.HasKey(a => new { a.UserId, a.Period });
            e.Property(a => a.Period).HasMaxLength(7);
            e.Property(a => a.SkipReason).HasMaxLength(50);
            e.HasIndex(a => a.Period).HasDatabaseName("ix_monthly_allocations_period");
        });
        modelBuilder.Entity<PointsBatch>(e =>
        {
            e.ToTable("points_batches");
            e.HasKey(b => b.Id);
            Lower(e.Property(b => b.Kind));
            e.Property(b => b.Reason).HasMaxLength(500);
            e.HasIndex(b => b.CreatedAt).HasDatabaseName("ix_points_batches_created");
        });
        modelBuilder.Entity<Product>(e =>
        {
            e.ToTable("products", t =>
            {
                t.HasCheckConstraint("CK_products_stock", Sql("\"Stock\" >= 0"));
                t.HasCheckConstraint("CK_products_cost", Sql("\"PointsCost\" > 0"));
            });
            e.HasKey(p => p.Id);
            e.Ignore(p => p.Available);
            e.Property(p => p.Name).HasMaxLength(Product.MaxNameLength);
            e.Property(p => p.Description).HasMaxLength(Product.MaxDescriptionLength);
            e.Property(p => p.UsageNotes).HasMaxLength(Product.MaxUsageNotesLength);
            e.Property(p => p.Category).HasMaxLength(Product.MaxCategoryLength);
            e.Property(p => p.CategoryKey).HasMaxLength(Product.MaxCategoryLength);
            e.Property(p => p.ImageKey).HasMaxLength(100);
            e.Property(p => p.ImageContentType).HasMaxLength(20);
            e.Property(p => p.Version).IsConcurrencyToken();
            // The catalogue's sorts (newest, cost, name; ties by id) read these partial indexes in order and stop after
            // one page instead of sorting every active product; the filter matches the query's "IsActive" on both providers.
            e.HasIndex(p => new { p.CategoryKey, p.CreatedAt, p.Id }).IsDescending(false, true, false).HasFilter(IndexFilter(Product.ActiveFilter)).HasDatabaseName("ix_products_active_category");
            e.HasIndex(p => new { p.PointsCost, p.Id }).HasFilter(IndexFilter(Product.ActiveFilter)).HasDatabaseName("ix_products_active_cost");
            e.HasIndex(p => new { p.CreatedAt, p.Id }).IsDescending(true, false).HasFilter(IndexFilter(Product.ActiveFilter)).HasDatabaseName("ix_products_active_created");
            e.HasIndex(p => new { p.Name, p.Id }).HasFilter(IndexFilter(Product.ActiveFilter)).HasDatabaseName("ix_products_active_name");
            e.HasIndex(p => p.Name).HasDatabaseName("ix_products_name");
        });
        modelBuilder.Entity<StockMovement>(e =>
        {
            e.ToTable("stock_movements", t =>
            {
                t.HasCheckConstraint("CK_stock_movements_delta", Sql("\"Delta\" <> 0"));
                t.HasCheckConstraint("CK_stock_movements_stock_after", Sql("\"StockAfter\" >= 0"));
            });
            e.HasKey(m => m.Id);
            Lower(e.Property(m => m.Kind));
            e.Property(m => m.Reason).HasMaxLength(500);
            e.HasIndex(m => new { m.ProductId, m.CreatedAt }).HasDatabaseName("ix_stock_movements_product_created");
        });
        modelBuilder.Entity<Order>(e =>
        {
            e.ToTable("orders", t =>
            {
                t.HasCheckConstraint("CK_orders_quantity", Sql("\"Quantity\" >= 1"));
                t.HasCheckConstraint("CK_orders_total", Sql("\"TotalCost\" = \"UnitCost\" * \"Quantity\""));
            });
            e.HasKey(o => o.Id);
            Lower(e.Property(o => o.Status));
            Lower(e.Property(o => o.CancelledByKind));
            e.Property(o => o.OrderNumber).HasMaxLength(20);
            e.Property(o => o.ProductName).HasMaxLength(Product.MaxNameLength);
            e.Property(o => o.FulfilmentNote).HasMaxLength(500);
            e.Property(o => o.CancelReason).HasMaxLength(500);
            e.HasIndex(o => new { o.UserId, o.PlacedAt }).IsDescending(false, true).HasDatabaseName("ix_orders_user_placed");
            e.HasIndex(o => o.ProductId).HasDatabaseName("ix_orders_product");
            e.HasIndex(o => new { o.Status, o.PlacedAt }).HasDatabaseName("ix_orders_status_placed");
            e.HasIndex(o => o.OrderNumber).IsUnique().HasDatabaseName("ix_orders_number");
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasKey(a => a.Id);
            Lower(e.Property(a => a.ActorKind));
            e.Property(a => a.Action).HasMaxLength(50);
            e.Property(a => a.EntityType).HasMaxLength(50);
            e.Property(a => a.EntityId).HasMaxLength(100);
            e.Property(a => a.Reason).HasMaxLength(500);
            e.Property(a => a.RequestId).HasMaxLength(100);
            e.Property(a => a.Ip).HasMaxLength(64);
            e.Property(a => a.UserAgent).HasMaxLength(300);
            e.HasIndex(a => a.At).HasDatabaseName("ix_audit_entries_at");
            e.HasIndex(a => new { a.EntityType, a.EntityId }).HasDatabaseName("ix_audit_entries_entity");
            e.HasIndex(a => new { a.ActorId, a.At }).HasDatabaseName("ix_audit_entries_actor_at");
        });
    }

    /// <summary>Enums are stored as their lower-case names (<c>grant</c>, <c>placed</c>), as the spec and exports spell them.</summary>
    private static void Lower<TEnum>(PropertyBuilder<TEnum> property) where TEnum : struct, Enum =>
        property.HasConversion(new ValueConverter<TEnum, string>(
            v => v.ToString().ToLowerInvariant(),
            v => Enum.Parse<TEnum>(v, true))).HasMaxLength(20);

    private static void Lower<TEnum>(PropertyBuilder<TEnum?> property) where TEnum : struct, Enum =>
        property.HasConversion(new ValueConverter<TEnum?, string?>(
            v => v == null ? null : v.Value.ToString().ToLowerInvariant(),
            v => v == null ? null : Enum.Parse<TEnum>(v, true))).HasMaxLength(20);
}
