using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;

namespace Quartet.Meals.Data;

public abstract class MealsDb(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Key = "meals";

    public DbSet<MealSettings> Settings => Set<MealSettings>();

    public DbSet<Restaurant> Restaurants => Set<Restaurant>();

    public DbSet<Expense> Expenses => Set<Expense>();

    public DbSet<ExpenseTag> ExpenseTags => Set<ExpenseTag>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<Budget> Budgets => Set<Budget>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    public DbSet<ReceiptUpload> ReceiptUploads => Set<ReceiptUpload>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<ImportRow> ImportRows => Set<ImportRow>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<DataExport> DataExports => Set<DataExport>();

    public DbSet<ExpenseMonthTotal> MonthTotals => Set<ExpenseMonthTotal>();

    public DbSet<ExpenseMonthRestaurant> MonthRestaurants => Set<ExpenseMonthRestaurant>();

    /// <summary>Brings the month totals in line with the tracked expense changes, in the same save (so the same transaction).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await Reports.MonthTotals.TrackAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Expense writes save asynchronously (<see cref="SaveChangesAsync(bool, CancellationToken)"/> keeps the month totals exact).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries<Expense>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            ? throw new InvalidOperationException("Save expense changes with SaveChangesAsync, which keeps the month totals exact.")
            : base.SaveChanges(acceptAllChangesOnSuccess);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        Platform.Mail.OutboxMail.Map(modelBuilder);
        modelBuilder.Entity<MealSettings>(e =>
        {
            e.ToTable("settings");
            e.HasKey(x => x.UserId);
            e.Property(x => x.HomeCurrency).HasMaxLength(3);
            e.Property(x => x.TimeZone).HasMaxLength(64);
        });

        modelBuilder.Entity<Restaurant>(e =>
        {
            e.ToTable("restaurants");
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.NormalizedName).HasMaxLength(100);
            e.Property(x => x.NormalizedCity).HasMaxLength(100);
            e.Property(x => x.AddressLine1).HasMaxLength(200);
            e.Property(x => x.AddressLine2).HasMaxLength(200);
            e.Property(x => x.City).HasMaxLength(100);
            e.Property(x => x.Region).HasMaxLength(100);
            e.Property(x => x.PostalCode).HasMaxLength(20);
            e.Property(x => x.CountryCode).HasMaxLength(2);
            e.Property(x => x.Cuisine).HasMaxLength(50);
            e.Property(x => x.Website).HasMaxLength(500);
            e.Property(x => x.Phone).HasMaxLength(30);
            e.Property(x => x.Notes).HasMaxLength(2000);
            e.Property(x => x.PlaceRef).HasMaxLength(255);
            e.HasIndex(x => new { x.UserId, x.NormalizedName, x.NormalizedCity }).IsUnique().HasDatabaseName("ux_restaurants_user_name_city");
        });

        modelBuilder.Entity<Expense>(e =>
        {
            e.ToTable("expenses");
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.TimeZone).HasMaxLength(64);
            e.Property(x => x.MealType).HasMaxLength(20);
            e.Property(x => x.OrderType).HasMaxLength(20);
            e.Property(x => x.Notes).HasMaxLength(2000);
            e.Property(x => x.Source).HasMaxLength(10);
            e.HasOne<Restaurant>().WithMany().HasForeignKey(x => x.RestaurantId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_expenses_restaurant");
            e.HasMany(x => x.Tags).WithOne().HasForeignKey(x => x.ExpenseId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_expense_tags_expense");
            e.HasIndex(x => new { x.UserId, x.LocalDate, x.Id }).HasDatabaseName("ix_expenses_user_date");
            e.HasIndex(x => new { x.UserId, x.RestaurantId, x.LocalDate }).HasDatabaseName("ix_expenses_user_restaurant");
            e.HasIndex(x => new { x.UserId, x.CategoryId }).HasDatabaseName("ix_expenses_user_category");
            e.HasIndex(x => new { x.UserId, x.Currency, x.AmountMinor, x.LocalDate, x.Id }).HasDatabaseName("ix_expenses_user_currency_amount_date");
            e.HasIndex(x => new { x.UserId, x.ImportId }).HasDatabaseName("ix_expenses_user_import");
            e.HasIndex(x => new { x.UserId, x.Currency, x.LocalDate, x.AmountMinor, x.PartySize, x.CategoryId, x.RestaurantId, x.MealType, x.Id })
                .HasDatabaseName("ix_expenses_user_currency_date_cover");
            e.HasIndex(x => new { x.UserId, x.LocalDate, x.OccurredAt, x.Id }).HasDatabaseName("ix_expenses_user_latest");
            e.ToTable(t =>
            {
                t.HasCheckConstraint("CK_expenses_party_size", Sql("\"PartySize\" BETWEEN 1 AND 50"));
                t.HasCheckConstraint("CK_expenses_amount", Sql("\"AmountMinor\" <> 0"));
            });
        });

        modelBuilder.Entity<ExpenseMonthTotal>(e =>
        {
            e.ToTable("expense_month_totals");
            e.HasKey(x => new { x.UserId, x.Currency, x.Month, x.CategoryKey, x.MealTypeKey });
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.MealTypeKey).HasMaxLength(20);
        });

        modelBuilder.Entity<ExpenseMonthRestaurant>(e =>
        {
            e.ToTable("expense_month_restaurants");
            e.HasKey(x => new { x.UserId, x.Currency, x.Month, x.RestaurantId });
            e.Property(x => x.Currency).HasMaxLength(3);
        });

        modelBuilder.Entity<ExpenseTag>(e =>
        {
            e.ToTable("expense_tags");
            e.HasKey(x => new { x.ExpenseId, x.TagId });
            e.HasOne<Tag>().WithMany().HasForeignKey(x => x.TagId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_expense_tags_tag");
            e.HasIndex(x => x.TagId).HasDatabaseName("ix_expense_tags_tag");
        });

        modelBuilder.Entity<Category>(e =>
        {
            e.ToTable("categories");
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.NormalizedName).HasMaxLength(50);
            e.Property(x => x.Colour).HasMaxLength(7);
            e.HasIndex(x => new { x.UserId, x.NormalizedName }).IsUnique().HasDatabaseName("ux_categories_user_name");
        });

        modelBuilder.Entity<Tag>(e =>
        {
            e.ToTable("tags");
            e.Property(x => x.Name).HasMaxLength(30);
            e.Property(x => x.NormalizedName).HasMaxLength(30);
            e.Property(x => x.Colour).HasMaxLength(7);
            e.HasIndex(x => new { x.UserId, x.NormalizedName }).IsUnique().HasDatabaseName("ux_tags_user_name");
        });

        modelBuilder.Entity<Budget>(e =>
        {
            e.ToTable("budgets");
            e.Property(x => x.Scope).HasMaxLength(40);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.HasIndex(x => new { x.UserId, x.Scope, x.Currency }).IsUnique().HasDatabaseName("ux_budgets_user_scope_currency");
            e.ToTable(t => t.HasCheckConstraint("CK_budgets_limit", Sql("\"LimitMinor\" > 0")));
        });

        modelBuilder.Entity<Receipt>(e =>
        {
            e.ToTable("receipts");
            e.HasKey(x => x.ExpenseId);
            e.Property(x => x.BlobKey).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.OriginalName).HasMaxLength(255);
            e.HasOne<Expense>().WithOne().HasForeignKey<Receipt>(x => x.ExpenseId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_receipts_expense");
            e.HasIndex(x => x.UserId).HasDatabaseName("ix_receipts_user");
            e.HasIndex(x => x.BlobKey).IsUnique().HasDatabaseName("ux_receipts_blob_key");
        });

        modelBuilder.Entity<ReceiptUpload>(e =>
        {
            e.ToTable("receipt_uploads");
            e.HasIndex(x => new { x.UserId, x.At }).HasDatabaseName("ix_receipt_uploads_user_at");
            e.HasIndex(x => x.At).HasDatabaseName("ix_receipt_uploads_at");
        });

        modelBuilder.Entity<ImportBatch>(e =>
        {
            e.ToTable("import_batches");
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.Format).HasMaxLength(10);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.DateOrder).HasMaxLength(3);
            e.Property(x => x.SignConvention).HasMaxLength(20);
            e.Property(x => x.DefaultCurrency).HasMaxLength(3);
            e.HasIndex(x => new { x.UserId, x.CreatedAt }).HasDatabaseName("ix_import_batches_user");
            e.HasIndex(x => new { x.Status, x.LastTouchedAt }).HasDatabaseName("ix_import_batches_status_touched");
        });

        modelBuilder.Entity<ImportRow>(e =>
        {
            e.ToTable("import_rows");
            e.Property(x => x.RestaurantAction).HasMaxLength(10);
            e.Property(x => x.ExpenseAction).HasMaxLength(10);
            e.HasOne<ImportBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_import_rows_batch");
            e.HasIndex(x => new { x.BatchId, x.RowNumber }).IsUnique().HasDatabaseName("ux_import_rows_batch_row");
        });

        modelBuilder.MapIdempotencyRecords();

        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit");
            e.Property(x => x.Action).HasMaxLength(50);
            e.HasIndex(x => x.At).HasDatabaseName("ix_audit_at");
            e.HasIndex(x => x.SubjectUserId).HasDatabaseName("ix_audit_subject");
        });

        modelBuilder.Entity<DataExport>(e =>
        {
            e.ToTable("data_exports");
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.BlobKey).HasMaxLength(200);
            e.HasIndex(x => new { x.UserId, x.Status }).HasDatabaseName("ix_data_exports_user_status");
            e.HasIndex(x => x.BlobKey).HasDatabaseName("ix_data_exports_blob_key");
        });
    }
}
